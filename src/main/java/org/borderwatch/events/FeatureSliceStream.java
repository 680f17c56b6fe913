package org.borderwatch.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The bytes of a file from one cut of the features array to the next, read as a JSON array of their own: the
 * comma at the first cut reads as {@code [} and the comma at the next cut, if any, as {@code ]}. Stream offsets
 * are file offsets minus the first cut's, so positions a parser reports map straight back to the file.
 */
final class FeatureSliceStream extends InputStream {

    private final FileChannel file;
    private final long from;
    private final long end;
    private final boolean closeArray;
    private long pos;

    /**
     * Reads {@code file} from the cut at {@code from} to the cut at {@code to} (inclusive), or to the end of the
     * file when {@code to} is negative: the rest of the features array and whatever follows it, unread.
     */
    FeatureSliceStream(FileChannel file, long from, long to) throws IOException {
        this.file = file;
        this.from = from;
        this.closeArray = to >= 0;
        this.end = to >= 0 ? to + 1 : file.size();
        this.pos = from;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (pos >= end) return -1;
        int n = file.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - pos)), pos);
        if (n <= 0) return -1;
        if (pos == from) b[off] = '[';
        if (closeArray && pos + n == end) b[off + n - 1] = ']';
        pos += n;
        return n;
    }
}
