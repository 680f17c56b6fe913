package org.borderwatch.events.geojson;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Passes bytes on, checking they are well-formed UTF-8 (RFC 3629: no overlong forms, no encoded surrogates such as
 * {@code ED A0 80}, nothing past U+10FFFF), which Jackson does not fully check. Each byte that cannot start or continue
 * a character is passed on as '?' and its offset kept, so the reader can name the record it lies in; offsets are
 * counted from the start of this stream. Only offsets not yet claimed are held, at most the read-ahead of the parser.
 */
final class Utf8CheckingStream extends InputStream {

    /** A byte that is not UTF-8: its offset and the bytes from there, as hex ("ED A0 80"). */
    record Bad(long offset, String bytes) {
        String describe(long shift) {
            return String.format(Locale.ROOT, "invalid UTF-8 at byte %,d (%s)", offset + shift, bytes);
        }
    }

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    /** Bytes [pos, checked) are checked and can be handed out; [checked, limit) may be the start of a cut character. */
    private int pos;

    private int checked;
    private int limit;
    private long bufStart;
    private boolean eof;
    private final ArrayDeque<Bad> unclaimed = new ArrayDeque<>();
    private Bad firstOutside;

    Utf8CheckingStream(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        while (pos == checked) {
            if (!fill()) return -1;
        }
        int n = Math.min(len, checked - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    private boolean fill() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufStart += pos;
            checked -= pos;
            limit -= pos;
            pos = 0;
        }
        if (!eof) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) eof = true;
            else limit += n;
        }
        check();
        return checked > pos || !eof;
    }

    private void check() {
        int k = checked;
        while (k < limit) {
            int c = buf[k] & 0xFF;
            if (c < 0x80) {
                k++;
                continue;
            }
            int n = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (n > 0 && k + n >= limit && !eof) break;
            if (n > 0 && k + n < limit && wellFormed(k, n)) {
                k += n + 1;
                continue;
            }
            int shown = Math.min(Math.max(n, 0) + 1, limit - k);
            unclaimed.add(new Bad(
                    bufStart + k, HexFormat.ofDelimiter(" ").withUpperCase().formatHex(buf, k, k + shown)));
            buf[k] = '?';
            k++;
        }
        checked = k;
    }

    private boolean wellFormed(int k, int n) {
        int cp = buf[k] & (0x3F >> n);
        for (int j = 1; j <= n; j++) {
            int d = buf[k + j] & 0xFF;
            if ((d & 0xC0) != 0x80) return false;
            cp = cp << 6 | d & 0x3F;
        }
        int min = n == 1 ? 0x80 : n == 2 ? 0x800 : 0x10000;
        return cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
    }

    /**
     * The first bad byte in [from, to), or null; every bad byte before {@code to} is claimed, those before
     * {@code from} as lying outside any record.
     */
    Bad claim(long from, long to) {
        Bad found = null;
        while (!unclaimed.isEmpty() && unclaimed.peekFirst().offset() < to) {
            Bad b = unclaimed.pollFirst();
            if (b.offset() >= from) {
                if (found == null) found = b;
            } else if (firstOutside == null) {
                firstOutside = b;
            }
        }
        return found;
    }

    /** The first bad byte found outside every claimed record, including any not claimed yet; null when none. */
    Bad firstOutside() {
        claim(Long.MAX_VALUE, Long.MAX_VALUE);
        return firstOutside;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
