package org.borderwatch.geopackage;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Decodes a GeoPackage geometry blob (GeoPackage 1.3, clause 2.1.3): "GP", a version byte, a flags byte (bit 0 the
 * byte order of the header, bits 1–3 which envelope follows, bit 4 empty, bit 5 an extension's own geometry type), the
 * srs_id, the envelope, then the geometry as standard (ISO) WKB, which JTS's {@link WKBReader} reads. The envelope is
 * read apart so that rows outside a box are skipped before their WKB is decoded.
 */
final class GeometryBlob {
    private static final int HEADER_BYTES = 8;

    private GeometryBlob() {}

    /** The header of a blob: its envelope (null when it carries none) and where the WKB starts. */
    record Header(boolean empty, int srsId, Envelope envelope, int wkbOffset) {}

    /**
     * Reads the header of {@code blob}.
     *
     * @throws BlobException if it is shorter than its header, lacks the magic, or names an envelope kind or an
     *     extended geometry type this reader does not know
     */
    static Header header(byte[] blob) throws BlobException {
        if (blob.length < HEADER_BYTES)
            throw new BlobException("blob of " + blob.length + " bytes is shorter than the 8-byte header");
        if (blob[0] != 'G' || blob[1] != 'P')
            throw new BlobException(String.format(
                    "blob does not start with the GeoPackage magic \"GP\" (0x%02X 0x%02X)",
                    blob[0] & 0xFF, blob[1] & 0xFF));
        int flags = blob[3] & 0xFF;
        if ((flags & 0x20) != 0)
            throw new BlobException(
                    "geometry of an extension's own type (flags bit 5), which BorderWatch does not read");
        int envelopeKind = (flags >> 1) & 0x07;
        int envelopeDoubles = switch (envelopeKind) {
            case 0 -> 0;
            case 1 -> 4;
            case 2, 3 -> 6;
            case 4 -> 8;
            default -> throw new BlobException("envelope indicator " + envelopeKind + " is not 0 to 4");
        };
        int wkbOffset = HEADER_BYTES + envelopeDoubles * 8;
        if (blob.length < wkbOffset)
            throw new BlobException(
                    "blob of " + blob.length + " bytes ends inside its " + envelopeDoubles * 8 + "-byte envelope");
        ByteBuffer b = ByteBuffer.wrap(blob).order((flags & 1) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int srsId = b.getInt(4);
        Envelope envelope = null;
        if (envelopeDoubles > 0) {
            // minx, maxx, miny, maxy: the order of the standard, not JTS's
            envelope = new Envelope(b.getDouble(8), b.getDouble(16), b.getDouble(24), b.getDouble(32));
        }
        return new Header((flags & 0x10) != 0, srsId, envelope, wkbOffset);
    }

    /**
     * The geometry of {@code blob} whose header is {@code header}; null for an empty geometry whose WKB JTS cannot
     * represent (an empty point is written with NaN coordinates).
     *
     * @throws BlobException if the WKB cannot be read
     */
    static Geometry geometry(byte[] blob, Header header, WKBReader wkb) throws BlobException {
        byte[] body = new byte[blob.length - header.wkbOffset()];
        System.arraycopy(blob, header.wkbOffset(), body, 0, body.length);
        try {
            return wkb.read(body);
        } catch (ParseException e) {
            if (header.empty()) return null;
            throw new BlobException("WKB cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            // JTS refuses some shapes the bytes describe (a ring of 1 to 3 points, say) with an unchecked exception
            throw new BlobException("WKB describes a geometry JTS refuses: " + e.getMessage());
        }
    }

    /** A blob that cannot be read; the caller adds the file, layer and row. */
    static final class BlobException extends Exception {
        private static final long serialVersionUID = 1L;

        BlobException(String message) {
            super(message);
        }
    }
}
