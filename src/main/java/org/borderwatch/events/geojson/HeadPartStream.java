package org.borderwatch.events.geojson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The file without the contents of its features array: the bytes up to and including the array's '[', then straight
 * on from its ']'. The collection's parser reads the other members through it once the parts have read the features.
 * Offsets after the '[' are not file offsets; the reader uses none of them unless something is wrong, and then reads
 * the file again.
 */
final class HeadPartStream extends InputStream {

    private final FileChannel file;
    private final long size;
    private final long arrayStart;
    private final long arrayEnd;
    private long pos;

    /** {@code arrayStart} and {@code arrayEnd}: the file offsets of the features array's '[' and ']'. */
    HeadPartStream(FileChannel file, long arrayStart, long arrayEnd) throws IOException {
        this.file = file;
        this.size = file.size();
        this.arrayStart = arrayStart;
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
        if (pos == arrayStart + 1) pos = arrayEnd;
        long limit = pos <= arrayStart ? arrayStart + 1 : size;
        if (pos >= limit) return -1;
        int n = file.read(ByteBuffer.wrap(b, off, (int) Math.min(len, limit - pos)), pos);
        if (n <= 0) return -1;
        pos += n;
        return n;
    }
}
