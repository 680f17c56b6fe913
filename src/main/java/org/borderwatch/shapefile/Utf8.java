package org.borderwatch.shapefile;

/** Checks bytes for well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, nothing past U+10FFFF). */
final class Utf8 {
    private Utf8() {}

    static boolean isValid(byte[] a, int from, int to) {
        int i = from;
        while (i < to) {
            int b = a[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int n;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + n >= to) return false;
            int cp = b & (0x3F >> n);
            for (int k = 1; k <= n; k++) {
                int c = a[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) return false;
                cp = cp << 6 | c & 0x3F;
            }
            if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) return false;
            i += n + 1;
        }
        return true;
    }
}
