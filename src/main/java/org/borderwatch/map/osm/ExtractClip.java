package org.borderwatch.map.osm;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Envelope;

/**
 * An extract cut down to a box (Serbia's to the region's), so the map reads only what it can show. Works on the
 * shapefiles' records as bytes: a record is kept whole when its bounding box meets the box, with its attribute row;
 * nothing is decoded or rewritten, so what is kept is exactly what Geofabrik wrote. The cut extract is written into
 * a temporary folder and renamed into place when every layer is done, so a folder under its final name is whole.
 */
public final class ExtractClip {

    private static final int HEADER = 100;
    private static final int NULL_SHAPE = 0;
    private static final int POINT = 1;

    private ExtractClip() {}

    /**
     * Writes the layers of {@code extract} whose features meet {@code box} (longitude and latitude, as Geofabrik
     * writes) into {@code target}, replacing an older cut there.
     *
     * @throws ExtractException naming the layer file when its records and rows do not match or a record is cut
     * @throws IOException      when a file cannot be read or written
     */
    public static Path clip(OsmExtract extract, Envelope box, Path target) throws IOException, ExtractException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path work = Files.createTempDirectory(parent, target.getFileName() + ".clipping-");
        try {
            for (Map.Entry<String, Path> layer : extract.layers().entrySet()) {
                Path shp = layer.getValue();
                String base = shp.getFileName().toString();
                base = base.substring(0, base.length() - 4);
                clipLayer(extract.folder(), base, box, work);
                for (String ext : new String[] {".prj", ".cpg"}) {
                    Path side = extract.folder().resolve(base + ext);
                    if (Files.isRegularFile(side)) Files.copy(side, work.resolve(base + ext));
                }
            }
            Path old = null;
            if (Files.exists(target)) {
                old = Files.createTempDirectory(parent, target.getFileName() + ".old-");
                Files.delete(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) deleteTree(old);
        } finally {
            deleteTree(work);
        }
        return target;
    }

    private static void clipLayer(Path folder, String base, Envelope box, Path out)
            throws IOException, ExtractException {
        Path shp = folder.resolve(base + ".shp");
        Path dbf = folder.resolve(base + ".dbf");
        try (DataInputStream shpIn = new DataInputStream(new BufferedInputStream(Files.newInputStream(shp), 1 << 16));
                DataInputStream dbfIn =
                        new DataInputStream(new BufferedInputStream(Files.newInputStream(dbf), 1 << 16));
                FileChannel shpOut = FileChannel.open(out.resolve(base + ".shp"), CREATE_NEW, WRITE);
                FileChannel shxOut = FileChannel.open(out.resolve(base + ".shx"), CREATE_NEW, WRITE);
                FileChannel dbfOut = FileChannel.open(out.resolve(base + ".dbf"), CREATE_NEW, WRITE)) {
            byte[] header = shpIn.readNBytes(HEADER);
            if (header.length < HEADER)
                throw new ExtractException(shp.getFileName().toString(), null, "header cut");
            byte[] dbfHead = dbfIn.readNBytes(32);
            if (dbfHead.length < 32)
                throw new ExtractException(dbf.getFileName().toString(), null, "header cut");
            ByteBuffer dh = ByteBuffer.wrap(dbfHead).order(ByteOrder.LITTLE_ENDIAN);
            int rows = dh.getInt(4);
            int headerLength = Short.toUnsignedInt(dh.getShort(8));
            int rowLength = Short.toUnsignedInt(dh.getShort(10));
            byte[] fieldsPart = dbfIn.readNBytes(headerLength - 32);
            shpOut.position(HEADER);
            shxOut.position(HEADER);
            dbfOut.position(headerLength);
            OutputStream shpW = new BufferedOutputStream(Channels.newOutputStream(shpOut), 1 << 16);
            OutputStream shxW = new BufferedOutputStream(Channels.newOutputStream(shxOut), 1 << 16);
            OutputStream dbfW = new BufferedOutputStream(Channels.newOutputStream(dbfOut), 1 << 16);
            Envelope kept = new Envelope();
            int record = 0;
            int written = 0;
            long offsetWords = HEADER / 2;
            byte[] row = new byte[rowLength];
            while (true) {
                int number;
                try {
                    number = shpIn.readInt();
                } catch (EOFException end) {
                    break;
                }
                int words = shpIn.readInt();
                byte[] content = new byte[words * 2];
                try {
                    shpIn.readFully(content);
                } catch (EOFException cut) {
                    throw new ExtractException(
                            shp.getFileName().toString(), null, "record " + number + " is cut short");
                }
                if (record >= rows)
                    throw new ExtractException(
                            dbf.getFileName().toString(),
                            null,
                            "has " + rows + " rows, but " + shp.getFileName() + " has more records");
                dbfIn.readFully(row);
                record++;
                Envelope e = bounds(content);
                if (e == null || !e.intersects(box)) continue;
                kept.expandToInclude(e);
                written++;
                shpW.write(ByteBuffer.allocate(8).putInt(written).putInt(words).array());
                shpW.write(content);
                shxW.write(ByteBuffer.allocate(8)
                        .putInt((int) offsetWords)
                        .putInt(words)
                        .array());
                offsetWords += 4 + words;
                dbfW.write(row);
            }
            dbfW.write(0x1A);
            shpW.flush();
            shxW.flush();
            dbfW.flush();
            shpOut.write(shpHeader(header, offsetWords, kept), 0);
            shxOut.write(shpHeader(header, HEADER / 2 + 4L * written, kept), 0);
            ByteBuffer newDbfHead = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
            newDbfHead.put(dbfHead).put(fieldsPart).putInt(4, written).rewind();
            dbfOut.write(newDbfHead, 0);
        }
    }

    /** The record's box in the file's coordinates, or null for a null shape. */
    private static Envelope bounds(byte[] content) {
        if (content.length < 4) return null;
        ByteBuffer b = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int type = b.getInt(0);
        if (type == NULL_SHAPE) return null;
        // point types (1, 11, 21) carry x and y; every other type starts with its box
        if (type % 10 == POINT && content.length >= 20) {
            double x = b.getDouble(4);
            double y = b.getDouble(12);
            return new Envelope(x, x, y, y);
        }
        if (content.length < 36) return null;
        return new Envelope(b.getDouble(4), b.getDouble(20), b.getDouble(12), b.getDouble(28));
    }

    private static ByteBuffer shpHeader(byte[] original, long lengthWords, Envelope kept) {
        ByteBuffer h = ByteBuffer.wrap(original.clone());
        h.order(ByteOrder.BIG_ENDIAN).putInt(24, (int) lengthWords);
        if (!kept.isNull()) {
            h.order(ByteOrder.LITTLE_ENDIAN);
            h.putDouble(36, kept.getMinX()).putDouble(44, kept.getMinY());
            h.putDouble(52, kept.getMaxX()).putDouble(60, kept.getMaxY());
        }
        h.rewind();
        return h;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
