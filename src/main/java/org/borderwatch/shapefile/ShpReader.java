package org.borderwatch.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A cursor over the records of a .shp. With a .shx it jumps to each indexed offset (and checks the
 * .shx against the record header); without one it walks record after record. A record that cannot
 * be read is reported by an exception from {@link #next()} or {@link #geometry()}, and the cursor
 * moves on where it can: with an index a bad record is skipped, without one a record whose length
 * lies ends the walk, since the next record cannot be found. Not thread-safe.
 */
final class ShpReader implements AutoCloseable {
    private static final int RECORD_HEADER = 8;

    private final FileWindow window;
    private final ShpHeader header;
    private final ShxIndex index;
    private final PointDecoder points;
    private final MultiPointDecoder multiPoints;
    private final PolyLineDecoder lines;
    private final PolygonDecoder polygons;

    private final List<ShapefileFormatException> warnings = new ArrayList<>();
    private int unlistedWarnings;
    private int current = -1;
    private int[] only;
    private int onlyAt;
    private long nextOffset = ShpHeader.LENGTH;
    private boolean ended;
    private ByteBuffer content;
    private int contentStart;
    private int contentLength;

    /** @param index the .shx, or null to read sequentially */
    ShpReader(Path shp, ShxIndex index, GeometryFactory factory, int bufferSize) throws IOException {
        this.window = new FileWindow(shp, bufferSize);
        try {
            this.header = ShpHeader.read(window);
        } catch (IOException e) {
            window.close();
            throw e;
        }
        this.index = index;
        this.points = new PointDecoder(factory);
        this.multiPoints = new MultiPointDecoder(factory);
        this.lines = new PolyLineDecoder(factory);
        this.polygons = new PolygonDecoder(new RingAssembler(factory));
    }

    /**
     * Makes {@link #next()} visit only these records (0-based, ascending), through the .shx.
     *
     * @throws IllegalStateException when the reader has no .shx to find them by
     */
    void only(int[] records) {
        if (index == null) throw new IllegalStateException(path() + ": records can only be picked through a .shx");
        only = records;
    }

    ShpHeader header() {
        return header;
    }

    Path path() {
        return window.path();
    }

    /** The 1-based number of the current record. */
    int recordNumber() {
        return current + 1;
    }

    /**
     * Moves to the next record.
     *
     * @return false when there are no more records
     * @throws ShapefileFormatException when the record cannot be located; call again to go on
     */
    boolean next() throws ShapefileFormatException {
        content = null;
        if (ended) return false;
        if (only == null) current++;
        else if (onlyAt < only.length) current = only[onlyAt++];
        else return end();
        long offset;
        if (index != null) {
            if (current >= index.count()) return end();
            offset = index.offset(current);
        } else {
            offset = nextOffset;
            if (offset + RECORD_HEADER > window.size()) return end();
        }
        if (offset < ShpHeader.LENGTH || offset + RECORD_HEADER > window.size()) {
            ended = true;
            throw problem("the .shx puts the record at byte " + offset + " but the .shp has " + window.size()
                    + " bytes; the .shp is truncated or the .shx belongs to another file, records " + recordNumber()
                    + " to " + index.count() + " are not read");
        }
        try {
            ByteBuffer b = window.range(offset, RECORD_HEADER, ByteOrder.BIG_ENDIAN);
            long length = (b.getInt(b.position() + 4) & 0xFFFFFFFFL) * 2;
            long remaining = window.size() - offset - RECORD_HEADER;
            long indexed = index == null ? length : index.contentLength(current);
            if (length > remaining) {
                if (index == null) ended = true;
                if (indexed == length || indexed > remaining) {
                    throw problem("record header says " + length + " bytes of content, only " + remaining
                            + " remain in the .shp" + (index == null ? "; later records are not read" : ""));
                }
                warn("the record header says " + length + " bytes of content, past the end of the .shp; the " + indexed
                        + " bytes the .shx gives are read");
                length = indexed;
            } else if (indexed != length) {
                // Real writers get the .shx length wrong by a few bytes; the .shp header fits the file, as GDAL trusts
                // it
                warn("the .shx gives the record " + indexed + " bytes, the .shp record header " + length
                        + "; the .shp is read");
            }
            nextOffset = offset + RECORD_HEADER + length;
            if (length < 4) throw problem("record content is " + length + " bytes, too short for a shape type");
            content = window.range(offset + RECORD_HEADER, (int) length, ByteOrder.LITTLE_ENDIAN);
            contentStart = content.position();
            contentLength = (int) length;
            return true;
        } catch (ShapefileFormatException e) {
            throw e;
        } catch (IOException e) {
            ended = true;
            throw problem("cannot be read: " + e.getMessage());
        }
    }

    private boolean end() {
        ended = true;
        return false;
    }

    /**
     * Whether the current record's box meets {@code box}, read from the record's own box without
     * decoding it. Null shapes meet nothing.
     */
    boolean intersects(Envelope box) throws ShapefileFormatException {
        ShapeType type = recordType();
        ByteBuffer b = content.order(ByteOrder.LITTLE_ENDIAN);
        int at = contentStart + 4;
        if (type.family == ShapeType.Family.NULL) return false;
        if (type.family == ShapeType.Family.POINT) {
            if (contentLength < 20) return true;
            return box.intersects(b.getDouble(at), b.getDouble(at + 8));
        }
        if (contentLength < 36) return true;
        return box.intersects(
                new Envelope(b.getDouble(at), b.getDouble(at + 16), b.getDouble(at + 8), b.getDouble(at + 24)));
    }

    /**
     * The current record's box as {minX, minY, maxX, maxY}, read without decoding the shape; null for a
     * Null shape.
     *
     * @throws ShapefileFormatException when the record is too short to hold its box or of a wrong type
     */
    double[] recordBox() throws ShapefileFormatException {
        ShapeType type = recordType();
        ByteBuffer b = content.order(ByteOrder.LITTLE_ENDIAN);
        int at = contentStart + 4;
        if (type.family == ShapeType.Family.NULL) return null;
        if (type.family == ShapeType.Family.POINT) {
            if (contentLength < 20)
                throw problem("record content is " + contentLength + " bytes, too short for a point");
            double x = b.getDouble(at), y = b.getDouble(at + 8);
            return new double[] {x, y, x, y};
        }
        if (contentLength < 36) throw problem("record content is " + contentLength + " bytes, too short for a box");
        return new double[] {b.getDouble(at), b.getDouble(at + 8), b.getDouble(at + 16), b.getDouble(at + 24)};
    }

    /**
     * Decodes the current record's shape.
     *
     * @return the geometry, or null for a Null shape or a shape without points
     * @throws ShapefileFormatException when the shape is malformed or of a type this file cannot hold
     */
    Geometry geometry() throws ShapefileFormatException {
        ShapeType type = recordType();
        try {
            return switch (type.family) {
                case NULL -> null;
                case POINT -> points.decode(content, contentStart, contentLength, type);
                case MULTIPOINT -> multiPoints.decode(content, contentStart, contentLength, type);
                case POLYLINE -> lines.decode(content, contentStart, contentLength, type);
                case POLYGON -> polygons.decode(content, contentStart, contentLength, type);
                case MULTIPATCH -> throw new ShapeDecodeException("MultiPatch shapes are not supported");
            };
        } catch (ShapeDecodeException e) {
            throw problem(e.getMessage());
        }
    }

    private ShapeType recordType() throws ShapefileFormatException {
        int code = content.order(ByteOrder.LITTLE_ENDIAN).getInt(contentStart);
        ShapeType type = ShapeType.of(code);
        if (type == null) throw problem("shape type " + code + " is not in the shapefile specification");
        if (type != ShapeType.NULL && type.family != header.shapeType().family) {
            throw problem("shape type " + type + " in a " + header.shapeType() + " file");
        }
        return type;
    }

    private void warn(String message) {
        if (warnings.size() < ShapefileFeatureReader.MAX_PROBLEMS) warnings.add(problem(message));
        else unlistedWarnings++;
    }

    /** What was read differently from what the files say, each naming the record; capped, with a count of the rest. */
    List<ShapefileFormatException> warnings() {
        List<ShapefileFormatException> all = new ArrayList<>(warnings);
        if (unlistedWarnings > 0) {
            all.add(new ShapefileFormatException(
                    window.path(),
                    unlistedWarnings + " more warnings; only the first " + ShapefileFeatureReader.MAX_PROBLEMS
                            + " are listed"));
        }
        return List.copyOf(all);
    }

    private ShapefileFormatException problem(String message) {
        return new ShapefileFormatException(window.path(), recordNumber(), null, message);
    }

    @Override
    public void close() throws IOException {
        window.close();
    }
}
