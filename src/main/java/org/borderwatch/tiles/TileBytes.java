package org.borderwatch.tiles;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** What a tile's bytes are, told from their first bytes (MBTiles files often lack the {@code format} entry). */
enum TileBytes {
    PNG,
    JPEG,
    WEBP,
    GZIP,
    MVT,
    UNKNOWN;

    static TileBytes sniff(byte[] b) {
        if (b.length >= 8
                && (b[0] & 0xFF) == 0x89
                && b[1] == 'P'
                && b[2] == 'N'
                && b[3] == 'G'
                && b[4] == 0x0D
                && b[5] == 0x0A) return PNG;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) return JPEG;
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E')
            return WEBP;
        if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) return GZIP;
        // an uncompressed vector tile starts with field 3 (layers), length-delimited: tag byte 0x1A
        if (b.length >= 2 && b[0] == 0x1A) return MVT;
        return UNKNOWN;
    }

    boolean isVector() {
        return this == GZIP || this == MVT;
    }

    /**
     * Decodes a PNG or JPEG tile into ARGB pixels, the form the tile painter samples.
     *
     * @param where the file or server and the tile, for the message
     * @throws IOException naming {@code where}, when the bytes are not a PNG or JPEG image ImageIO can decode
     */
    static BufferedImage decode(byte[] bytes, String where) throws IOException {
        TileBytes kind = sniff(bytes);
        if (kind != PNG && kind != JPEG)
            throw new IOException(where + ": not a PNG or JPEG tile ("
                    + (kind == UNKNOWN ? bytes.length + " bytes of something else" : kind.describe()) + ")");
        BufferedImage img;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) throw new IOException(where + ": the " + kind + " tile cannot be decoded");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // the header's size is checked before any pixels are allocated: a crafted tile may claim gigapixels
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w != h || w < 16 || w > 4096)
                    throw new IOException(where + ": a tile is square, 16 to 4096 px, this one is " + w + "x" + h);
                img = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (RuntimeException e) {
            // ImageIO's decoders throw unchecked exceptions on some truncated or crafted streams
            throw new IOException(where + ": the " + kind + " tile cannot be decoded: " + e, e);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(where)) throw e;
            throw new IOException(where + ": the " + kind + " tile cannot be decoded: " + e.getMessage(), e);
        }
        if (img.getType() == BufferedImage.TYPE_INT_ARGB) return img;
        BufferedImage argb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = argb.createGraphics();
        g.drawImage(img, 0, 0, null);
        g.dispose();
        return argb;
    }

    String describe() {
        return switch (this) {
            case WEBP -> "WebP, which cannot be decoded yet";
            case GZIP, MVT -> "a vector tile";
            default -> name();
        };
    }
}
