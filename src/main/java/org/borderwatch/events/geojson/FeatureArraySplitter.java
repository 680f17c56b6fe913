package org.borderwatch.events.geojson;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * Finds where the "features" array of a FeatureCollection file opens and where it can be cut so that its parts parse
 * on separate threads. A cut is a comma ending a line, followed by <code>{"type":"Feature"</code> (spaces allowed): a line
 * break never sits inside a JSON string, so the comma is one between two objects, and such an object is a feature.
 * The cuts are only likely, not proven: each part's reader proves its own end by finding the array's level there
 * (see {@link FeaturePartReader}), and part 0 starts where the array opens, so every cut is checked. Finding a cut
 * costs a few kilobytes of reading near a byte target, not a pass over the file; a file with no line breaks between
 * features gets no cuts and is read as one part.
 */
final class FeatureArraySplitter {

    /** Where the features array's '[' is, and the offsets of the commas where parts begin, in file order. */
    record Layout(long arrayStart, long[] cuts) {}

    /** How far past each target to look for a cut. */
    private static final int WINDOW = 4 << 20;

    private static final byte[] FEATURES = {'f', 'e', 'a', 't', 'u', 'r', 'e', 's'};
    private static final byte[][] FEATURE_START = {
        {'{'}, {'"', 't', 'y', 'p', 'e', '"'}, {':'}, {'"', 'F', 'e', 'a', 't', 'u', 'r', 'e', '"'}
    };

    private FeatureArraySplitter() {}

    /**
     * The layout of {@code file} for {@code parts} parts of about equal size, or null when the file does not start
     * with an object holding a "features" array (a BOM, another top level, no such member).
     */
    static Layout scan(FileChannel file, long size, int parts) throws IOException {
        long start = arrayStart(file, size);
        if (start < 0) return null;
        long[] cuts = new long[parts - 1];
        int n = 0;
        for (int k = 1; k < parts; k++) {
            long target = start + (size - start) * k / parts;
            if (n > 0 && target <= cuts[n - 1]) continue;
            long cut = cutAfter(file, Math.max(target, start + 1), size);
            if (cut >= 0) cuts[n++] = cut;
        }
        return new Layout(start, Arrays.copyOf(cuts, n));
    }

    /** The offset of the '[' opening the top-level "features" array, or -1; tracks only strings and nesting. */
    private static long arrayStart(FileChannel file, long size) throws IOException {
        byte[] buf = new byte[1 << 16];
        ByteBuffer wrapped = ByteBuffer.wrap(buf);
        int depth = 0;
        boolean inString = false, escaped = false;
        // a string at depth 1 spelling "features", then a colon, then the array
        boolean matching = false, keyIsFeatures = false, valueIsFeatures = false;
        int matched = 0;
        for (long pos = 0; pos < size; ) {
            wrapped.clear();
            int n = file.read(wrapped, pos);
            if (n <= 0) break;
            for (int k = 0; k < n; k++) {
                byte b = buf[k];
                if (inString) {
                    if (escaped) {
                        escaped = false;
                        matching = false;
                    } else if (b == '\\') {
                        escaped = true;
                        matching = false;
                    } else if (b == '"') {
                        inString = false;
                        keyIsFeatures = matching && matched == FEATURES.length;
                    } else if (matching) {
                        matching = matched < FEATURES.length && b == FEATURES[matched++];
                    }
                    continue;
                }
                switch (b) {
                    case ' ', '\n', '\r', '\t' -> {}
                    case '"' -> {
                        inString = true;
                        matching = depth == 1;
                        matched = 0;
                        valueIsFeatures = false;
                    }
                    case ':' -> {
                        valueIsFeatures = keyIsFeatures;
                        keyIsFeatures = false;
                    }
                    case '{', '[' -> {
                        if (depth == 0 && b != '{') return -1;
                        if (b == '[' && depth == 1 && valueIsFeatures) return pos + k;
                        depth++;
                        valueIsFeatures = false;
                    }
                    case '}', ']' -> {
                        if (--depth <= 0) return -1;
                    }
                    default -> {
                        if (depth == 0) return -1;
                        valueIsFeatures = false;
                    }
                }
            }
            pos += n;
        }
        return -1;
    }

    /** The first likely cut at or after {@code target} and within {@link #WINDOW} of it, or -1. */
    private static long cutAfter(FileChannel file, long target, long size) throws IOException {
        int length = (int) Math.min(WINDOW, size - target);
        if (length <= 0) return -1;
        ByteBuffer window = ByteBuffer.allocate(length);
        while (window.hasRemaining() && file.read(window, target + window.position()) > 0) {
            // positional reads may return short counts; loop until the window is in
        }
        byte[] b = window.array();
        int n = window.position();
        for (int k = 0; k < n; k++) {
            if (b[k] != '\n') continue;
            int comma = k - 1;
            while (comma >= 0 && isSpace(b[comma])) comma--;
            if (comma < 0 || b[comma] != ',') continue;
            if (startsFeature(b, k + 1, n)) return target + comma;
        }
        return -1;
    }

    /** Whether {@code b} from {@code from} holds <code>{"type":"Feature"</code>, with or without whitespace between the tokens. */
    private static boolean startsFeature(byte[] b, int from, int n) {
        int k = from;
        for (byte[] token : FEATURE_START) {
            while (k < n && isSpace(b[k])) k++;
            if (k + token.length > n || !Arrays.equals(b, k, k + token.length, token, 0, token.length)) return false;
            k += token.length;
        }
        return true;
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
}
