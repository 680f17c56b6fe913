package org.borderwatch.events.geojson;

/**
 * Finds duplicate ids during a load: an open-addressing table of feature indexes keyed by id, with the
 * ids in a parallel array. Cheaper than a HashMap of a million boxed entries, and dropped after the load.
 */
final class IdTable {

    /** A valid feature of the store takes well over this many bytes, so a byte count bounds the ids to expect. */
    static final int MIN_FEATURE_BYTES = 256;

    private String[] ids;
    private int[] indexes;
    /** Each slot's hash, so a probe compares ints and touches no String but an equal-hashed one. */
    private int[] hashes;

    private int size;

    /** A table sized for the features {@code bytes} of JSON can hold, so a large load does not regrow it over and over. */
    IdTable(long bytes) {
        long expected = Math.max(1 << 11, Math.min(1 << 24, bytes / MIN_FEATURE_BYTES));
        int capacity = Integer.highestOneBit((int) expected) << 1;
        ids = new String[capacity];
        indexes = new int[capacity];
        hashes = new int[capacity];
    }

    /** Records {@code id} for feature {@code index}; returns the index that used it first, or -1 if none did. */
    int putIfAbsent(String id, int index) {
        int mask = ids.length - 1;
        int h = mix(id.hashCode());
        for (int i = h & mask; ; i = (i + 1) & mask) {
            if (ids[i] == null) {
                ids[i] = id;
                indexes[i] = index;
                hashes[i] = h;
                if (++size * 2 > ids.length) grow();
                return -1;
            }
            if (hashes[i] == h && ids[i].equals(id)) return indexes[i];
        }
    }

    /** Whether any id recorded in {@code other} is recorded here too. */
    boolean sharesAnyId(IdTable other) {
        for (String id : other.ids) if (id != null && indexOf(id) >= 0) return true;
        return false;
    }

    /** Records every id of {@code other} with its index; ids already here keep theirs. */
    void addAll(IdTable other) {
        for (int k = 0; k < other.ids.length; k++)
            if (other.ids[k] != null) putIfAbsent(other.ids[k], other.indexes[k]);
    }

    private int indexOf(String id) {
        int mask = ids.length - 1;
        int h = mix(id.hashCode());
        for (int i = h & mask; ; i = (i + 1) & mask) {
            if (ids[i] == null) return -1;
            if (hashes[i] == h && ids[i].equals(id)) return indexes[i];
        }
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldIndexes = indexes;
        int[] oldHashes = hashes;
        ids = new String[oldIds.length * 2];
        indexes = new int[oldIds.length * 2];
        hashes = new int[oldIds.length * 2];
        int mask = ids.length - 1;
        for (int k = 0; k < oldIds.length; k++) {
            if (oldIds[k] == null) continue;
            int i = oldHashes[k] & mask;
            while (ids[i] != null) i = (i + 1) & mask;
            ids[i] = oldIds[k];
            indexes[i] = oldIndexes[k];
            hashes[i] = oldHashes[k];
        }
    }

    /** Spreads String.hashCode, whose low bits barely vary across ids like "syn-0000001", "syn-0000002". */
    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }
}
