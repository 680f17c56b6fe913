package org.borderwatch.shapefile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Streams a shapefile (.shp, .shx, .dbf, .prj in WGS 84, .cpg UTF-8) of points, lines or polygons without
 * GDAL: records go straight to disk and only the headers are patched at the end, so five million features
 * cost no heap. It writes what synthetic extracts and test data need (2D shapes in WGS 84, character and
 * integer columns), not every kind of shapefile. Text longer than its column is cut at the column's width.
 */
public final class ShapefileWriter implements AutoCloseable {

    public static final int POINT = 1;
    public static final int POLYLINE = 3;
    public static final int POLYGON = 5;

    /** A .dbf column: character ({@code 'C'}) or numeric ({@code 'N'}, integers), {@code width} bytes wide. */
    public record Field(String name, char type, int width) {}

    private static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
            + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    private final int shapeType;
    private final Field[] fields;
    private final Path shpPath;
    private final Path shxPath;
    private final Path dbfPath;
    private final OutputStream shp;
    private final OutputStream shx;
    private final OutputStream dbf;
    private final byte[] row;
    private long shpBytes = 100;
    private int count;
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;
    private ByteBuffer content = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

    /**
     * Starts {@code NAME.shp} and its companions in {@code dir}.
     *
     * @param shapeType {@link #POINT}, {@link #POLYLINE} or {@link #POLYGON}
     */
    public ShapefileWriter(Path dir, String name, int shapeType, Field... fields) throws IOException {
        Files.createDirectories(dir);
        this.shapeType = shapeType;
        this.fields = fields;
        shpPath = dir.resolve(name + ".shp");
        shxPath = dir.resolve(name + ".shx");
        dbfPath = dir.resolve(name + ".dbf");
        Files.writeString(dir.resolve(name + ".prj"), WGS84_PRJ, StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve(name + ".cpg"), "UTF-8", StandardCharsets.US_ASCII);
        shp = new BufferedOutputStream(Files.newOutputStream(shpPath), 1 << 20);
        shx = new BufferedOutputStream(Files.newOutputStream(shxPath), 1 << 20);
        dbf = new BufferedOutputStream(Files.newOutputStream(dbfPath), 1 << 20);
        shp.write(new byte[100]);
        shx.write(new byte[100]);
        int rowLength = 1;
        for (Field f : fields) rowLength += f.width;
        row = new byte[rowLength];
        dbf.write(new byte[32 + 32 * fields.length + 1]);
    }

    /** A point record. */
    public void point(double x, double y, Object... values) throws IOException {
        content.clear();
        content.putInt(POINT).putDouble(x).putDouble(y);
        include(x, y, x, y);
        record(values);
    }

    /**
     * A line or polygon record of the given parts, each a flat x,y array; polygon rings are written as given
     * (outer rings clockwise, as the format wants).
     */
    public void parts(double[][] parts, Object... values) throws IOException {
        int points = 0;
        double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (double[] p : parts) {
            points += p.length / 2;
            for (int i = 0; i < p.length; i += 2) {
                x0 = Math.min(x0, p[i]);
                x1 = Math.max(x1, p[i]);
                y0 = Math.min(y0, p[i + 1]);
                y1 = Math.max(y1, p[i + 1]);
            }
        }
        int size = 44 + 4 * parts.length + 16 * points;
        if (content.capacity() < size) content = ByteBuffer.allocate(size * 2).order(ByteOrder.LITTLE_ENDIAN);
        content.clear();
        content.putInt(shapeType).putDouble(x0).putDouble(y0).putDouble(x1).putDouble(y1);
        content.putInt(parts.length).putInt(points);
        int start = 0;
        for (double[] p : parts) {
            content.putInt(start);
            start += p.length / 2;
        }
        for (double[] p : parts) for (double v : p) content.putDouble(v);
        include(x0, y0, x1, y1);
        record(values);
    }

    private void include(double x0, double y0, double x1, double y1) {
        minX = Math.min(minX, x0);
        minY = Math.min(minY, y0);
        maxX = Math.max(maxX, x1);
        maxY = Math.max(maxY, y1);
    }

    private void record(Object[] values) throws IOException {
        int length = content.position();
        ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
        head.putInt(++count).putInt(length / 2);
        ByteBuffer index = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
        index.putInt((int) (shpBytes / 2)).putInt(length / 2);
        shx.write(index.array());
        shp.write(head.array());
        shp.write(content.array(), 0, length);
        shpBytes += 8 + length;
        java.util.Arrays.fill(row, (byte) ' ');
        int at = 1;
        for (int i = 0; i < fields.length; i++) {
            Field f = fields[i];
            Object v = values[i];
            if (v != null) {
                byte[] b = (f.type == 'N' ? String.valueOf(v) : v.toString()).getBytes(StandardCharsets.UTF_8);
                int n = Math.min(b.length, f.width);
                // cut text between characters, never inside one
                while (n > 0 && n < b.length && (b[n] & 0xC0) == 0x80) n--;
                // numbers are right-aligned, text left-aligned, as dBASE writes them
                System.arraycopy(b, 0, row, f.type == 'N' ? at + f.width - n : at, n);
            }
            at += f.width;
        }
        dbf.write(row);
    }

    /** Ends the files: patches the headers with the count, the length and the box. */
    @Override
    public void close() throws IOException {
        dbf.write(0x1A);
        shp.close();
        shx.close();
        dbf.close();
        patchMainHeader(shpPath, shpBytes);
        patchMainHeader(shxPath, 100 + 8L * count);
        patchDbfHeader();
    }

    private void patchMainHeader(Path path, long bytes) throws IOException {
        ByteBuffer h = ByteBuffer.allocate(100);
        h.order(ByteOrder.BIG_ENDIAN).putInt(0, 9994).putInt(24, (int) (bytes / 2));
        h.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, shapeType);
        if (count == 0) minX = minY = maxX = maxY = 0;
        h.putDouble(36, minX).putDouble(44, minY).putDouble(52, maxX).putDouble(60, maxY);
        try (FileChannel c = FileChannel.open(path, StandardOpenOption.WRITE)) {
            c.write(h, 0);
        }
    }

    private void patchDbfHeader() throws IOException {
        ByteBuffer h = ByteBuffer.allocate(32 + 32 * fields.length + 1).order(ByteOrder.LITTLE_ENDIAN);
        h.put(0, (byte) 3).put(1, (byte) 126).put(2, (byte) 1).put(3, (byte) 1);
        h.putInt(4, count).putShort(8, (short) (32 + 32 * fields.length + 1)).putShort(10, (short) row.length);
        for (int i = 0; i < fields.length; i++) {
            int at = 32 + 32 * i;
            byte[] name = fields[i].name.getBytes(StandardCharsets.US_ASCII);
            h.put(at, name, 0, Math.min(10, name.length));
            h.put(at + 11, (byte) fields[i].type);
            h.put(at + 16, (byte) fields[i].width);
        }
        h.put(32 + 32 * fields.length, (byte) 0x0D);
        try (FileChannel c = FileChannel.open(dbfPath, StandardOpenOption.WRITE)) {
            c.write(h, 0);
        }
    }
}
