package org.borderwatch.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The file as the first part's parser sees it when the features array is parsed in parts: the bytes up to the
 * first cut, then straight on from the array's closing bracket, so the parser reads the collection's other
 * members but none of the features the other parts read. It follows the splitter while it scans, never reading
 * past where a cut might still be found, and waits for the last part to find the bracket. Offsets after the cut
 * are not file offsets; the reader uses none of them unless something is wrong, and then reads the file again.
 */
final class HeadPartStream extends InputStream {

    private final FileChannel file;
    private final long size;
    private final FeatureArraySplitter splitter;
    private final CompletableFuture<Long> arrayEnd;
    private long cut = -1;
    private boolean pastCut;
    private long pos;

    /** {@code arrayEnd}: the file offset of the features array's closing bracket, once the last part has read it. */
    HeadPartStream(FileChannel file, FeatureArraySplitter splitter, CompletableFuture<Long> arrayEnd) throws IOException {
        this.file = file;
        this.size = file.size();
        this.splitter = splitter;
        this.arrayEnd = arrayEnd;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        long limit = pastCut ? size : limit();
        if (!pastCut && pos == cut) {
            pos = await(arrayEnd);
            pastCut = true;
            limit = size;
        }
        if (pos >= limit) return -1;
        int n = file.read(ByteBuffer.wrap(b, off, (int) Math.min(len, limit - pos)), pos);
        if (n <= 0) return -1;
        pos += n;
        return n;
    }

    /** How far the bytes before the cut reach: to the cut once known, else as far as the splitter has looked. */
    private long limit() throws IOException {
        if (cut < 0 && splitter.firstCut().isDone()) cut = await(splitter.firstCut());
        if (cut >= 0) return Math.min(cut, size);
        long safe = splitter.scannedTo();
        if (pos < safe) return safe;
        cut = await(splitter.firstCut());
        return Math.min(cut, size);
    }

    private static long await(CompletableFuture<Long> offset) throws IOException {
        try {
            return offset.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            throw new IOException("a parallel part of the read failed", e);
        }
    }
}
