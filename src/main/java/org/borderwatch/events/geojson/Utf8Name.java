package org.borderwatch.events.geojson;

import java.nio.charset.StandardCharsets;

/**
 * A member name or keyword as the bytes {@code name"}, held also as up to two little-endian words with masks, so
 * that {@link Utf8Cursor#skipString} can recognise it with one or two word compares. Names are ASCII; one longer
 * than 15 bytes (coordinate_source) has its first 16 bytes in the words and the rest compared byte by byte.
 */
record Utf8Name(byte[] bytes, long first, long firstMask, long second, long secondMask) {

    static Utf8Name of(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
        byte[] quoted = new byte[Math.max(16, bytes.length + 1)];
        System.arraycopy(bytes, 0, quoted, 0, bytes.length);
        quoted[bytes.length] = '"';
        int n = Math.min(16, bytes.length + 1);
        return new Utf8Name(bytes, word(quoted, 0), mask(Math.min(8, n)), word(quoted, 8), mask(Math.max(0, n - 8)));
    }

    private static long word(byte[] b, int from) {
        long w = 0;
        for (int k = 7; k >= 0; k--) w = (w << 8) | (b[from + k] & 0xFF);
        return w;
    }

    /** The low {@code bytes} bytes of a word. */
    private static long mask(int bytes) {
        return bytes >= 8 ? -1L : (1L << (8 * bytes)) - 1;
    }
}
