package org.borderwatch.events.geojson;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Values keyed by the exact UTF-8 bytes they were read from: an open-addressing table, so a value met again is found
 * by hashing and comparing bytes, with no String or record built. Stops adding at a fixed number of entries, so text
 * that never repeats cannot grow it without bound. Not thread-safe; one per part of a load.
 */
final class ByteKeyTable<T> {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final int limit;
    private byte[][] keys = new byte[256][];
    private Object[] values = new Object[256];
    private int[] hashes = new int[256];
    private int size;

    /** A table that keeps at most {@code limit} entries. */
    ByteKeyTable(int limit) {
        this.limit = limit;
    }

    /** A hash of bytes {@code [from, to)} of {@code b}, for {@link #get} and {@link #put}. */
    static int hash(byte[] b, int from, int to) {
        long h = to - from;
        int k = from;
        for (; k + 8 <= to; k += 8) h = (h ^ (long) LONGS.get(b, k)) * 0x9E3779B97F4A7C15L;
        for (; k < to; k++) h = (h ^ b[k]) * 0x100000001B3L;
        h ^= h >>> 29;
        return (int) (h ^ (h >>> 32));
    }

    /** The value stored for bytes {@code [from, to)} with hash {@code h}, or null. */
    @SuppressWarnings("unchecked")
    T get(byte[] b, int from, int to, int h) {
        int mask = keys.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            byte[] key = keys[i];
            if (key == null) return null;
            if (hashes[i] == h && same(key, b, from, to)) return (T) values[i];
        }
    }

    /** Arrays.equals on ranges, by longs then bytes: for keys this short, its set-up costs more than the compare. */
    private static boolean same(byte[] key, byte[] b, int from, int to) {
        int length = key.length;
        if (to - from != length) return false;
        int k = 0;
        for (; k + 8 <= length; k += 8) {
            if ((long) LONGS.get(key, k) != (long) LONGS.get(b, from + k)) return false;
        }
        for (; k < length; k++) {
            if (key[k] != b[from + k]) return false;
        }
        return true;
    }

    /** Stores {@code value} for bytes {@code [from, to)}, unless the table is full; the bytes are copied. */
    void put(byte[] b, int from, int to, int h, T value) {
        if (size >= limit) return;
        int mask = keys.length - 1;
        int i = h & mask;
        while (keys[i] != null) i = (i + 1) & mask;
        keys[i] = Arrays.copyOfRange(b, from, to);
        values[i] = value;
        hashes[i] = h;
        if (++size * 2 > keys.length) grow();
    }

    private void grow() {
        byte[][] oldKeys = keys;
        Object[] oldValues = values;
        int[] oldHashes = hashes;
        keys = new byte[oldKeys.length * 2][];
        values = new Object[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] == null) continue;
            int i = oldHashes[k] & mask;
            while (keys[i] != null) i = (i + 1) & mask;
            keys[i] = oldKeys[k];
            values[i] = oldValues[k];
            hashes[i] = oldHashes[k];
        }
    }
}
