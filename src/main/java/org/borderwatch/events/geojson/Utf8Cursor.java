package org.borderwatch.events.geojson;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A position in a buffer of UTF-8 JSON text, with the few steps {@link Utf8FeatureReader} needs: whitespace,
 * punctuation, strings without escapes, numbers, null. Strict where JSON is strict; whatever it does not take (an
 * escape, a control character, ill-formed UTF-8, a number Jackson would read differently) throws {@link GiveUp}, and
 * so does running into the end of the buffer, which {@link #truncated} then tells apart.
 */
final class Utf8Cursor {

    /** Thrown when the text is not of the plain kind this cursor reads; carries no stack trace. */
    static final class GiveUp extends Exception {
        private GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Longer strings are left to Jackson, which enforces its own length limit on them. */
    private static final int MAX_STRING_BYTES = 1 << 20;
    /** Longer numbers are left to Jackson, which enforces its own length limit on them. */
    private static final int MAX_NUMBER_BYTES = 64;

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int k = 1; k < POWERS_OF_TEN.length; k++) POWERS_OF_TEN[k] = POWERS_OF_TEN[k - 1] * 10;
    }

    byte[] b;
    int pos;
    private int limit;
    private boolean truncated;
    /** The bytes of the last string read: [stringStart, stringEnd). */
    int stringStart;

    int stringEnd;
    private boolean stringAscii;

    /** Points the cursor at {@code from} in {@code buf}, whose bytes before {@code limit} are valid. */
    void reset(byte[] buf, int from, int limit) {
        this.b = buf;
        this.pos = from;
        this.limit = limit;
        this.truncated = false;
    }

    /** Whether the last {@link GiveUp} came from reaching the end of the buffer rather than from the text. */
    boolean truncated() {
        return truncated;
    }

    static GiveUp giveUp() {
        return GIVE_UP;
    }

    private GiveUp endOfBuffer() {
        truncated = true;
        return GIVE_UP;
    }

    /** The byte at the cursor after any whitespace, not consumed. */
    byte peek() throws GiveUp {
        while (true) {
            if (pos >= limit) throw endOfBuffer();
            byte c = b[pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return c;
            pos++;
        }
    }

    /** Consumes {@code c}, after any whitespace. */
    void expect(char c) throws GiveUp {
        if (peek() != c) throw GIVE_UP;
        pos++;
    }

    /** After '{' or '[' has been consumed: false (and consumed) if {@code close} follows at once. */
    boolean hasFirst(char close) throws GiveUp {
        if (peek() != close) return true;
        pos++;
        return false;
    }

    /** After a member or element: true at ',' (consumed), false at {@code close} (consumed). */
    boolean hasNext(char close) throws GiveUp {
        byte c = peek();
        pos++;
        if (c == ',') return true;
        if (c == close) return false;
        throw GIVE_UP;
    }

    /** True (and consumed) if the value at the cursor is {@code null}. */
    boolean isNull() throws GiveUp {
        if (peek() != 'n') return false;
        if (pos + 4 > limit) throw endOfBuffer();
        if (b[pos + 1] != 'u' || b[pos + 2] != 'l' || b[pos + 3] != 'l') throw GIVE_UP;
        pos += 4;
        return true;
    }

    /** Reads a string, setting {@link #stringStart} and {@link #stringEnd}; refuses escapes and control characters. */
    void string() throws GiveUp {
        if (peek() != '"') throw GIVE_UP;
        int start = ++pos;
        int end = Math.min(limit, start + MAX_STRING_BYTES);
        boolean ascii = true;
        int k = start;
        // eight bytes at a time while they hold no quote, backslash, control character or non-ASCII byte
        while (k + 8 <= end && !special((long) LONGS.get(b, k))) k += 8;
        for (; k < end; k++) {
            byte c = b[k];
            if (c == '"') break;
            if (c == '\\' || (c >= 0 && c < 0x20)) throw GIVE_UP;
            if (c < 0) ascii = false;
        }
        if (k == end) throw end == limit ? endOfBuffer() : GIVE_UP;
        stringStart = start;
        stringEnd = k;
        stringAscii = ascii;
        pos = k + 1;
    }

    /** Whether any byte of {@code w} is a quote, a backslash, below 0x20 or above 0x7F (bit tricks for a zero byte). */
    private static boolean special(long w) {
        long quote = w ^ 0x2222222222222222L;
        long backslash = w ^ 0x5C5C5C5C5C5C5C5CL;
        long found = ((quote - 0x0101010101010101L) & ~quote)
                | ((backslash - 0x0101010101010101L) & ~backslash)
                | ((w - 0x2020202020202020L) & ~w)
                | w;
        return (found & 0x8080808080808080L) != 0;
    }

    /**
     * Consumes the string {@code name} if it is the next value, comparing words in place without scanning for the
     * string's end first; false, and nothing consumed, if it is not (or too few bytes are left to compare words).
     */
    boolean skipString(Utf8Name name) throws GiveUp {
        if (peek() != '"') return false;
        int start = pos + 1;
        if (start + 16 > limit) return false;
        if (((long) LONGS.get(b, start) & name.firstMask()) != name.first()) return false;
        if (((long) LONGS.get(b, start + 8) & name.secondMask()) != name.second()) return false;
        int length = name.bytes().length;
        if (length >= 16 && !restMatches(name.bytes(), start)) return false;
        stringStart = start;
        stringEnd = start + length;
        pos = start + length + 1;
        return true;
    }

    /** Whether the bytes of a long name after its first 16, and its closing quote, follow at {@code start}. */
    private boolean restMatches(byte[] name, int start) {
        int length = name.length;
        if (start + length + 1 > limit || b[start + length] != '"') return false;
        for (int k = 16; k < length; k++) {
            if (b[start + k] != name[k]) return false;
        }
        return true;
    }

    /** Whether the last string read equals {@code name}, an ASCII constant. */
    boolean stringIs(byte[] name) {
        int length = name.length;
        if (stringEnd - stringStart != length) return false;
        for (int k = 0; k < length; k++) {
            if (b[stringStart + k] != name[k]) return false;
        }
        return true;
    }

    /** The last string read, as a new String; ill-formed UTF-8 gives up, leaving it to Jackson. */
    String text() throws GiveUp {
        int length = stringEnd - stringStart;
        if (stringAscii) return new String(b, stringStart, length, StandardCharsets.ISO_8859_1);
        if (!wellFormed(b, stringStart, stringEnd)) throw GIVE_UP;
        return new String(b, stringStart, length, StandardCharsets.UTF_8);
    }

    /**
     * Reads a number as Jackson's {@code getDoubleValue} gives it: an integer token through a long, a decimal
     * of up to 15 digits without exponent as an exact division (correctly rounded, as Jackson's parser is), any
     * other through {@link Double#parseDouble}.
     */
    double number() throws GiveUp {
        byte first = peek();
        if (first != '-' && (first < '0' || first > '9')) throw GIVE_UP;
        int start = pos;
        boolean negative = b[pos] == '-';
        if (negative) pos++;
        long mantissa = 0;
        int digits = 0;
        int k = pos;
        if (k >= limit) throw endOfBuffer();
        if (b[k] == '0') {
            k++;
            digits = 1;
        } else {
            while (k < limit && b[k] >= '0' && b[k] <= '9') {
                mantissa = mantissa * 10 + (b[k++] - '0');
                digits++;
            }
            if (digits == 0) throw GIVE_UP;
        }
        int fraction = 0;
        boolean exponent = false;
        if (k < limit && b[k] == '.') {
            k++;
            while (k < limit && b[k] >= '0' && b[k] <= '9') {
                mantissa = mantissa * 10 + (b[k++] - '0');
                fraction++;
            }
            if (fraction == 0 && k < limit) throw GIVE_UP;
        }
        if (k < limit && (b[k] == 'e' || b[k] == 'E')) {
            exponent = true;
            k++;
            if (k < limit && (b[k] == '+' || b[k] == '-')) k++;
            int expDigits = 0;
            while (k < limit && b[k] >= '0' && b[k] <= '9') {
                k++;
                expDigits++;
            }
            if (expDigits == 0 && k < limit) throw GIVE_UP;
        }
        // a number may go on in bytes not yet read
        if (k >= limit) throw endOfBuffer();
        if (k - start > MAX_NUMBER_BYTES) throw GIVE_UP;
        pos = k;
        if (fraction == 0 && !exponent) {
            if (digits > 18) return parse(start, k);
            return negative ? -mantissa : mantissa;
        }
        if (exponent || digits + fraction > 15 || fraction >= POWERS_OF_TEN.length) return parse(start, k);
        double value = mantissa / POWERS_OF_TEN[fraction];
        return negative ? -value : value;
    }

    private double parse(int from, int to) {
        return Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }

    /** Reads a whole number of up to 9 digits, no sign, fraction or exponent; anything else gives up. */
    int count() throws GiveUp {
        byte c = peek();
        if (c < '0' || c > '9') throw GIVE_UP;
        int k = pos;
        int n = 0;
        if (c == '0') {
            k++;
        } else {
            while (k < limit && b[k] >= '0' && b[k] <= '9' && k - pos < 9) n = n * 10 + (b[k++] - '0');
        }
        if (k >= limit) throw endOfBuffer();
        c = b[k];
        if ((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E') throw GIVE_UP;
        pos = k;
        return n;
    }

    /**
     * The end of the object or array starting at the cursor (just past its closing bracket), found by counting
     * brackets outside strings; the cursor does not move. For finding a value's bytes, not for checking them.
     */
    int extent() throws GiveUp {
        byte open = peek();
        if (open != '{' && open != '[') throw GIVE_UP;
        int depth = 0;
        int k = pos;
        while (k < limit) {
            byte c = b[k++];
            if (c == '"') {
                // to the closing quote, eight bytes at a time while they hold no quote or backslash
                while (k + 8 <= limit && !quoteOrBackslash((long) LONGS.get(b, k))) k += 8;
                while (k < limit && (c = b[k]) != '"') {
                    if (c == '\\') throw GIVE_UP;
                    k++;
                }
                k++;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return k;
            }
        }
        throw endOfBuffer();
    }

    private static boolean quoteOrBackslash(long w) {
        long quote = w ^ 0x2222222222222222L;
        long backslash = w ^ 0x5C5C5C5C5C5C5C5CL;
        long found = ((quote - 0x0101010101010101L) & ~quote) | ((backslash - 0x0101010101010101L) & ~backslash);
        return (found & 0x8080808080808080L) != 0;
    }

    /**
     * Whether bytes {@code [from, to)} are well-formed UTF-8 (no overlong forms, no surrogates, nothing past
     * U+10FFFF): text Java's decoder turns into exactly the characters Jackson's does.
     */
    static boolean wellFormed(byte[] b, int from, int to) {
        int k = from;
        while (k < to) {
            int c = b[k] & 0xFF;
            if (c < 0x80) {
                k++;
                continue;
            }
            int n;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                n = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                n = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                n = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (k + n >= to) return false;
            int cp = c & (0x3F >> n);
            for (int j = 1; j <= n; j++) {
                int d = b[k + j] & 0xFF;
                if ((d & 0xC0) != 0x80) return false;
                cp = (cp << 6) | (d & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
            k += n + 1;
        }
        return true;
    }
}
