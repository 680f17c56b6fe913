package org.borderwatch.export;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * A PNG stream passed through with text chunks inserted right after its IHDR chunk, for an encoder
 * that writes none of its own. Placed before the image data, they are what every reader, ImageIO
 * included, reports as the image's metadata. {@link #text} makes a tEXt chunk (Latin-1) and
 * {@link #internationalText} an iTXt chunk (UTF-8, zlib-compressed), each with its CRC (PNG spec,
 * sections 5.3 and 11.3.4). Closing this stream does not close the one it writes to.
 */
final class PngTextChunks extends FilterOutputStream {
    /** The 8-byte signature and the IHDR chunk (length, type, 13 bytes of data, CRC). */
    private static final int HEADER_BYTES = 8 + 4 + 4 + 13 + 4;

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] IHDR = {0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final int MAX_KEYWORD_CHARS = 79;

    private final byte[] chunks;
    private final byte[] header = new byte[HEADER_BYTES];
    private int headerLength;
    private boolean inserted;

    /** @param chunks whole chunks, as from {@link #text} and {@link #internationalText}, in the order to write them */
    PngTextChunks(OutputStream out, byte[]... chunks) {
        super(out);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] c : chunks) all.writeBytes(c);
        this.chunks = all.toByteArray();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (!inserted) {
            int n = Math.min(len, HEADER_BYTES - headerLength);
            System.arraycopy(b, off, header, headerLength, n);
            headerLength += n;
            off += n;
            len -= n;
            if (headerLength < HEADER_BYTES) return;
            insertAfterHeader();
        }
        out.write(b, off, len);
    }

    /** @throws IOException if the PNG written so far ended before its IHDR chunk, so no text went in */
    void finish() throws IOException {
        if (!inserted)
            throw new IOException(
                    "the PNG encoder wrote " + headerLength + " bytes, less than a signature and IHDR chunk");
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private void insertAfterHeader() throws IOException {
        if (!Arrays.equals(header, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)
                || !Arrays.equals(header, SIGNATURE.length, SIGNATURE.length + IHDR.length, IHDR, 0, IHDR.length))
            throw new IOException("the PNG encoder's output does not start with a signature and an IHDR chunk");
        out.write(header);
        out.write(chunks);
        inserted = true;
    }

    /**
     * A tEXt chunk. Characters outside Latin-1 become '?', as the chunk cannot hold them; use
     * {@link #internationalText} for text that may have them.
     *
     * @throws IllegalArgumentException if the keyword is not 1–79 printable Latin-1 characters
     */
    static byte[] text(String keyword, String latin1) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(keyword(keyword));
        data.write(0);
        data.writeBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
        return chunk("tEXt", data.toByteArray());
    }

    /**
     * An iTXt chunk with no language tag or translated keyword, its UTF-8 text compressed.
     *
     * @throws IllegalArgumentException if the keyword is not 1–79 printable Latin-1 characters
     */
    static byte[] internationalText(String keyword, String utf8) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(keyword(keyword));
        // null separator, compression flag 1, method 0 (zlib), then empty language tag and translated keyword
        data.writeBytes(new byte[] {0, 1, 0, 0, 0});
        try (DeflaterOutputStream z = new DeflaterOutputStream(data)) {
            z.write(utf8.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("deflating into memory failed", e);
        }
        return chunk("iTXt", data.toByteArray());
    }

    private static byte[] keyword(String keyword) {
        boolean printable = keyword.chars().allMatch(c -> (c >= 32 && c <= 126) || (c >= 161 && c <= 255));
        if (keyword.isEmpty()
                || keyword.length() > MAX_KEYWORD_CHARS
                || !printable
                || keyword.startsWith(" ")
                || keyword.endsWith(" ")
                || keyword.contains("  "))
            throw new IllegalArgumentException("PNG text keyword \"" + keyword + "\" must be 1-" + MAX_KEYWORD_CHARS
                    + " printable Latin-1 characters without leading, trailing or double spaces");
        return keyword.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 + data.length + 4);
        b.putInt(data.length);
        b.put(type.getBytes(StandardCharsets.US_ASCII));
        b.put(data);
        CRC32 crc = new CRC32();
        // the CRC covers the type and the data, not the length
        crc.update(b.array(), 4, 4 + data.length);
        b.putInt((int) crc.getValue());
        return b.array();
    }
}
