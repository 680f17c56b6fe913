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

    private List<Cut> cuts(FileChannel file, long size, int parts) throws IOException {
        List<Cut> cuts = new ArrayList<>(parts - 1);
        byte[] buf = new byte[1 << 20];
        ByteBuffer wrapped = ByteBuffer.wrap(buf);
        int depth = 0;
        boolean inString = false, escaped = false;
        // a string at depth 1 spelling "features", then a colon, then the array
        boolean matching = false, keyIsFeatures = false, valueIsFeatures = false, inFeatures = false;
        int matched = 0, commas = 0;
        long target = size / parts;
        for (long pos = 0; pos < size; ) {
            if (Thread.currentThread().isInterrupted()) return cuts;
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
                        if (b == '[' && depth == 2 && valueIsFeatures) {
                            if (inFeatures) return List.of(); // a second "features" member: leave it to one parser
                            inFeatures = true;
                        }
                        valueIsFeatures = false;
                    }
                    case '}', ']' -> {
                        depth--;
                        if (inFeatures && depth == 1) return cuts;
                        if (depth <= 0) return List.of();
                    }
                    case ',' -> {
                        valueIsFeatures = false;
                        if (!inFeatures || depth != 2) continue;
                        commas++;
                        if (pos + k >= target) {
                            cuts.add(new Cut(pos + k, commas));
                            if (cuts.size() == 1) firstCut.complete(pos + k);
                            if (cuts.size() == parts - 1) return cuts;
                            target = size * (cuts.size() + 1) / parts;
                        }
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
