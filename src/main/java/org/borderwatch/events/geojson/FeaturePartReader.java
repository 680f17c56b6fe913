package org.borderwatch.events.geojson;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import org.borderwatch.events.model.Event;

/**
 * Reads one part of a store's features array from the file's bytes: each feature of the usual shape with a
 * {@link Utf8FeatureReader}, any other with the Jackson-based reader the caller passes, on just that feature's
 * bytes. Checks the array's own syntax between features, and that the part ends at the array's level: a part that
 * ends anywhere else, or any syntax the part cannot follow, throws {@link IOException}, and the caller then reads
 * the whole file with Jackson, which reports it with line and column. Not thread-safe; one per part.
 */
final class FeaturePartReader {

    /** Reads one feature with Jackson: {@code wrapped} is {@code [feature]}, whose '[' is at file offset {@code at}. */
    interface Fallback {
        void read(byte[] wrapped, long at, ReadState state, int index) throws IOException;
    }

    /** A feature larger than this is left to the whole-file read. */
    private static final int MAX_BUFFER = 1 << 28;

    private final FileChannel file;
    private final Fallback fallback;
    private final Utf8FeatureReader features = new Utf8FeatureReader();
    private byte[] buf = new byte[1 << 22];
    /** File offset of buf[0]; valid bytes are buf[0, n); the read stops at {@link #end}. */
    private long bufStart;

    private int n;
    private int pos;
    private long end;

    FeaturePartReader(FileChannel file, Fallback fallback) {
        this.file = file;
        this.fallback = fallback;
    }

    /**
     * Reads the part that opens at {@code from} (the array's '[' if {@code opensArray}, else a cut's comma) and ends at
     * the cut {@code to}, or, when {@code to} is negative, at the array's closing bracket, whose offset goes to
     * {@link ReadState#arrayEnd}.
     *
     * @throws IOException if the part is not a run of array elements ending where it should
     */
    void read(long from, boolean opensArray, long to, ReadState s) throws IOException {
        bufStart = from + 1;
        end = to >= 0 ? to : file.size();
        n = 0;
        pos = 0;
        boolean last = to < 0;
        int c = next();
        if (c == ']' && last && opensArray) {
            s.arrayEnd = bufStart + pos;
            return;
        }
        while (true) {
            if (c < 0 || c == ']') throw new IOException(s.file + ": a part holds no feature here");
            element(s);
            c = next();
            if (c == ',') {
                pos++;
                c = next();
                continue;
            }
            if (c < 0 && !last) return;
            if (c == ']' && last) {
                s.arrayEnd = bufStart + pos;
                return;
            }
            throw new IOException(s.file + ": a part does not end at the features array's level");
        }
    }

    private void element(ReadState s) throws IOException {
        int index = s.features++;
        Event e;
        while ((e = features.read(buf, pos, n)) == null && features.truncated() && more()) {
            // the feature goes on past the bytes read so far; read() retries it with more
        }
        if (e != null) {
            int first = s.firstIndexOfId.putIfAbsent(e.id(), index);
            if (first < 0) {
                s.add(e);
                pos = features.end();
                return;
            }
        }
        int elementEnd = skipValue();
        byte[] wrapped = new byte[elementEnd - pos + 2];
        wrapped[0] = '[';
        System.arraycopy(buf, pos, wrapped, 1, elementEnd - pos);
        wrapped[wrapped.length - 1] = ']';
        fallback.read(wrapped, bufStart + pos - 1, s, index);
        pos = elementEnd;
    }

    /** The byte at the next non-space, not consumed, or -1 at the end of the part. */
    private int next() throws IOException {
        while (true) {
            while (pos < n) {
                byte c = buf[pos];
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return c & 0xFF;
                pos++;
            }
            if (!more()) return -1;
        }
    }

    /**
     * The end of the value at {@link #pos}, found by counting brackets outside strings, for handing it to Jackson,
     * which checks it; the buffer is extended as needed.
     */
    private int skipValue() throws IOException {
        int depth = 0;
        boolean inString = false, escaped = false;
        int k = pos;
        while (true) {
            if (k == n) {
                int before = pos;
                if (!more()) throw new IOException("a feature runs past the end of its part");
                k -= before - pos;
            }
            byte c = buf[k++];
            if (inString) {
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') {
                    inString = false;
                    if (depth == 0) return k;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (--depth <= 0) return depth == 0 ? k : k - 1;
            } else if (depth == 0 && (c == ',' || c == ' ' || c == '\n' || c == '\r' || c == '\t')) {
                return k - 1;
            }
        }
    }

    /**
     * Reads more of the part, keeping the bytes from {@link #pos} on (moved to the buffer's start, or into a larger
     * buffer when they fill it). False at the end of the part.
     */
    private boolean more() throws IOException {
        long fileEnd = bufStart + n;
        if (fileEnd >= end) return false;
        int keep = n - pos;
        if (keep == buf.length) {
            if (buf.length >= MAX_BUFFER)
                throw new IOException("a feature is larger than " + (MAX_BUFFER >> 20) + " MB");
            buf = Arrays.copyOfRange(buf, pos, pos + buf.length * 2);
        } else {
            System.arraycopy(buf, pos, buf, 0, keep);
        }
        bufStart += pos;
        pos = 0;
        n = keep;
        ByteBuffer into = ByteBuffer.wrap(buf, n, (int) Math.min(buf.length - n, end - fileEnd));
        int read = file.read(into, fileEnd);
        if (read <= 0) return false;
        n += read;
        return true;
    }
}
