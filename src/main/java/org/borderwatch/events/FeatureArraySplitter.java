package org.borderwatch.events;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Finds where the "features" array of a FeatureCollection file can be cut so that its parts parse on separate
 * threads: commas between two features, the first at or after each of evenly spaced byte targets. A byte pass
 * that tracks only strings (with escapes) and nesting and validates nothing; each part's JSON parser does that,
 * and a file it cannot make sense of (a BOM, no "features" array, too few features) yields no cut.
 * One per read; {@link #scan} runs on one thread while another follows {@link #scannedTo} and {@link #firstCut}.
 */
final class FeatureArraySplitter {

    /** A comma of the features array at byte {@code offset}, with {@code featuresBefore} features ahead of it. */
    record Cut(long offset, int featuresBefore) {}

    private static final byte[] FEATURES = {'f', 'e', 'a', 't', 'u', 'r', 'e', 's'};

    /**
     * Scanning a byte costs about this fraction of parsing it (measured on a generated store: 0.38 s of CPU to
     * scan 322 MB, where parsing costs about 3.7 s per 580 MB). Part i starts only once the scan has passed its cut, so the
     * cuts are placed for all parts to end together rather than evenly; see {@link #cutOffsets}.
     */
    static final double SCAN_COST = 0.2;

    private final CompletableFuture<Long> firstCut = new CompletableFuture<>();
    private volatile long scannedTo;

    /**
     * The offset of the first cut, or {@link Long#MAX_VALUE} if there is none; completes as soon as the scan
     * finds it, long before the scan ends.
     */
    CompletableFuture<Long> firstCut() {
        return firstCut;
    }

    /** Bytes before this offset hold no cut that {@link #firstCut} has not published yet. */
    long scannedTo() {
        return scannedTo;
    }

    /** Scans {@code file} for up to {@code parts - 1} cuts, in file order. */
    List<Cut> scan(FileChannel file, long size, int parts) throws IOException {
        try {
            List<Cut> cuts = cuts(file, size, parts);
            firstCut.complete(cuts.isEmpty() ? Long.MAX_VALUE : cuts.get(0).offset());
            return cuts;
        } catch (IOException | RuntimeException e) {
            firstCut.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Where to cut a file of {@code size} bytes into {@code parts} parts that end together: with scan cost r,
     * part 0 parses S1 bytes and part i scans to S(i) then parses to S(i+1), so S(i+1) = S(i)(1 - r) + S1, which
     * with S(parts) = size gives S1 = size r / (1 - (1 - r)^parts). Even parts when the scan costs nothing.
     */
    static long[] cutOffsets(long size, int parts) {
        long[] cuts = new long[parts - 1];
        double first = size * SCAN_COST / (1 - Math.pow(1 - SCAN_COST, parts));
        double at = 0;
        for (int i = 0; i < cuts.length; i++) {
            at = at * (1 - SCAN_COST) + first;
            cuts[i] = (long) at;
        }
        return cuts;
    }

    private List<Cut> cuts(FileChannel file, long size, int parts) throws IOException {
        List<Cut> cuts = new ArrayList<>(parts - 1);
        byte[] buf = new byte[1 << 20];
        ByteBuffer wrapped = ByteBuffer.wrap(buf);
        int depth = 0;
        boolean inString = false, escaped = false;
        // before the array: a string at depth 1 spelling "features", then a colon, then the array
        boolean matching = false, keyIsFeatures = false, valueIsFeatures = false, inFeatures = false;
        int matched = 0, commas = 0;
        long[] targets = cutOffsets(size, parts);
        long target = targets[0];
        for (long pos = 0; pos < size; ) {
            if (Thread.currentThread().isInterrupted()) return cuts;
            wrapped.clear();
            int n = file.read(wrapped, pos);
            if (n <= 0) break;
            for (int k = 0; k < n; k++) {
                byte b = buf[k];
                if (inFeatures) {
                    // the bulk of the file, mostly string bytes: skip those in a tight loop, no key to match
                    if (inString) {
                        if (escaped) {
                            escaped = false;
                            continue;
                        }
                        while (b != '"' && b != '\\' && ++k < n) b = buf[k];
                        if (k == n) break;
                        if (b == '\\') escaped = true;
                        else inString = false;
                    } else if (b == '"') {
                        inString = true;
                    } else if (b == '{' || b == '[') {
                        depth++;
                    } else if (b == '}' || b == ']') {
                        if (--depth == 1) return cuts;
                    } else if (b == ',' && depth == 2) {
                        commas++;
                        if (pos + k >= target) {
                            cuts.add(new Cut(pos + k, commas));
                            if (cuts.size() == 1) firstCut.complete(pos + k);
                            if (cuts.size() == parts - 1) return cuts;
                            target = targets[cuts.size()];
                        }
                    }
                    continue;
                }
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
                    case ' ', '\n', '\r', '\t' -> { }
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
                        if (depth == 0 && b != '{') return List.of();
                        depth++;
                        inFeatures = b == '[' && depth == 2 && valueIsFeatures;
                        valueIsFeatures = false;
                    }
                    case '}', ']' -> {
                        if (--depth <= 0) return List.of();
                    }
                    default -> {
                        if (depth == 0) return List.of();
                        valueIsFeatures = false;
                    }
                }
            }
            pos += n;
            if (cuts.isEmpty()) scannedTo = pos;
        }
        // the file ends inside the array: the parts' parsers will say where; a published cut must stay in the list
        return cuts;
    }
}
