package org.borderwatch.events.geojson;

import java.util.Arrays;

/**
 * Shares strings read from a parser's character buffer without building a String for values already met:
 * an open-addressing table keyed by the characters. Kinds, categories, actors, places and publishers repeat
 * across a store, so a load makes each once. Stops adding at {@link #LIMIT} entries, so text that never
 * repeats cannot grow it without bound. Not thread-safe; one per load.
 */
final class StringTable {

    static final int LIMIT = 1 << 16;

    private String[] slots = new String[1024];
    /** Each string's characters, compared with a vectorised {@link Arrays#equals}; String.charAt by char is slower. */
    private char[][] keys = new char[1024][];

    private int[] hashes = new int[1024];
    private int size;

    String share(char[] chars, int offset, int length) {
        int h = hash(chars, offset, length);
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            String s = slots[i];
            if (s == null) {
                String made = new String(chars, offset, length);
                if (size < LIMIT) insert(made, Arrays.copyOfRange(chars, offset, offset + length), h, i);
                return made;
            }
            char[] key = keys[i];
            if (hashes[i] == h && Arrays.equals(key, 0, key.length, chars, offset, offset + length)) return s;
        }
    }

    private void insert(String s, char[] key, int h, int slot) {
        slots[slot] = s;
        keys[slot] = key;
        hashes[slot] = h;
        if (++size * 2 > slots.length) grow();
    }

    private void grow() {
        String[] oldSlots = slots;
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        slots = new String[oldSlots.length * 2];
        keys = new char[oldSlots.length * 2][];
        hashes = new int[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int k = 0; k < oldSlots.length; k++) {
            if (oldSlots[k] == null) continue;
            int i = oldHashes[k] & mask;
            while (slots[i] != null) i = (i + 1) & mask;
            slots[i] = oldSlots[k];
            keys[i] = oldKeys[k];
            hashes[i] = oldHashes[k];
        }
    }

    private static int hash(char[] chars, int offset, int length) {
        int h = 0;
        for (int k = 0; k < length; k++) h = 31 * h + chars[offset + k];
        return h * 0x9E3779B9 ^ (h >>> 16);
    }
}
