package org.borderwatch.shapefile;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A movable window of bytes over a file: asks for a byte range, gets a buffer positioned on it.
 * Sequential reads refill the window one large block at a time, so memory stays at the window size
 * whatever the file size; a range larger than the window grows it, but never past the file's end.
 * Not thread-safe.
 */
final class FileWindow implements AutoCloseable {
    static final int DEFAULT_CAPACITY = 1 << 20;

    private final Path path;
    private final FileChannel channel;
    private final long size;
    private ByteBuffer buffer;
    private long start = -1;
    private int limit;

    FileWindow(Path path, int capacity) throws IOException {
        this.path = path;
        this.channel = FileChannel.open(path, StandardOpenOption.READ);
        this.size = channel.size();
        this.buffer = ByteBuffer.allocate(capacity);
    }

    Path path() {
        return path;
    }

    long size() {
        return size;
    }

    /**
     * Returns the window with bytes [offset, offset + length) readable from its position, in the
     * given byte order. The buffer is valid until the next call.
     *
     * @throws EOFException when the file ends before offset + length
     */
    ByteBuffer range(long offset, int length, ByteOrder order) throws IOException {
        if (offset < 0 || length < 0 || offset + length > size) {
            throw new EOFException("needs bytes " + offset + ".." + (offset + length) + " but the file has " + size);
        }
        if (start < 0 || offset < start || offset + length > start + limit) fill(offset, length);
        buffer.limit(limit).position((int) (offset - start));
        return buffer.order(order);
    }

    private void fill(long offset, int length) throws IOException {
        if (length > buffer.capacity()) buffer = ByteBuffer.allocate(length);
        buffer.clear();
        int want = (int) Math.min(buffer.capacity(), size - offset);
        buffer.limit(want);
        long at = offset;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) throw new EOFException("file ended at byte " + at + " while reading " + path.getFileName());
            at += n;
        }
        start = offset;
        limit = want;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
