package org.borderwatch.shapefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small shapefiles byte by byte for tests, so each can then be broken in one precise way.
 * Records are given as their content (shape type onwards); the .dbf holds text columns, one width each.
 */
final class CraftedShapefile {
    final int shapeType;
    final List<byte[]> contents = new ArrayList<>();
    final List<String[]> rows = new ArrayList<>();
    final List<Character> deleted = new ArrayList<>();
    String[] fieldNames = {"NAME"};
    char[] fieldTypes = {'C'};
    int[] fieldWidths = {10};
    int[] fieldDecimals = {0};
    Charset charset = StandardCharsets.UTF_8;
    int languageDriver = 0;
    /** What the .cpg says: the charset's name when null; no .cpg at all when {@link #writeCpg} is false. */
    String cpg;

    boolean writeCpg = true;
    boolean writeDbf = true;
    /** A table without fields gives its records no bytes at all, not even the deletion flag. */
    boolean zeroLengthRecords;
    /** Content lengths (bytes) the .shx gives instead of the true ones; null entries keep the true one. */
    Integer[] shxLengths;

    CraftedShapefile(int shapeType) {
        this.shapeType = shapeType;
    }

    CraftedShapefile fields(String[] names, char[] types, int[] widths, int[] decimals) {
        fieldNames = names;
        fieldTypes = types;
        fieldWidths = widths;
        fieldDecimals = decimals;
        return this;
    }

    CraftedShapefile add(byte[] content, String... values) {
        contents.add(content);
        rows.add(values);
        deleted.add(' ');
        return this;
    }

    CraftedShapefile addDeleted(byte[] content, String... values) {
        add(content, values);
        deleted.set(deleted.size() - 1, '*');
        return this;
    }

    static byte[] point(double x, double y) {
        return le(20).putInt(1).putDouble(x).putDouble(y).array();
    }

    static byte[] nullShape() {
        return le(4).putInt(0).array();
    }

    static byte[] pointZ(double x, double y, double z, double m) {
        return le(36).putInt(11)
                .putDouble(x)
                .putDouble(y)
                .putDouble(z)
                .putDouble(m)
                .array();
    }

    /** A MultiPointZ record (type 18) with M values; each point is x, y, z, m. */
    static byte[] multiPointZm(double[]... points) {
        int n = points.length;
        ByteBuffer b = le(40 + 16 * n + 2 * (16 + 8 * n)).putInt(18);
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : points) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        b.putDouble(minX).putDouble(minY).putDouble(maxX).putDouble(maxY).putInt(n);
        for (double[] p : points) b.putDouble(p[0]).putDouble(p[1]);
        for (int k = 2; k <= 3; k++) {
            double min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
            for (double[] p : points) {
                min = Math.min(min, p[k]);
                max = Math.max(max, p[k]);
            }
            b.putDouble(min).putDouble(max);
            for (double[] p : points) b.putDouble(p[k]);
        }
        return b.array();
    }

    /** A Polygon (type 5) or PolyLine (type 3) record; each part is x0, y0, x1, y1, ... */
    static byte[] parts(int type, double[]... parts) {
        int points = 0;
        for (double[] p : parts) points += p.length / 2;
        ByteBuffer b = le(44 + 4 * parts.length + 16 * points).putInt(type);
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : parts) {
            for (int i = 0; i < p.length; i += 2) {
                minX = Math.min(minX, p[i]);
                maxX = Math.max(maxX, p[i]);
                minY = Math.min(minY, p[i + 1]);
                maxY = Math.max(maxY, p[i + 1]);
            }
        }
        b.putDouble(minX)
                .putDouble(minY)
                .putDouble(maxX)
                .putDouble(maxY)
                .putInt(parts.length)
                .putInt(points);
        int start = 0;
        for (double[] p : parts) {
            b.putInt(start);
            start += p.length / 2;
        }
        for (double[] p : parts) {
            for (double v : p) b.putDouble(v);
        }
        return b.array();
    }

    /** A closed square ring, clockwise (an outer ring) or counter-clockwise (a hole). */
    static double[] square(double x, double y, double size, boolean clockwise) {
        return clockwise
                ? new double[] {x, y, x, y + size, x + size, y + size, x + size, y, x, y}
                : new double[] {x, y, x + size, y, x + size, y + size, x, y + size, x, y};
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Writes NAME.shp, .shx, .dbf (and .cpg with the charset name) into dir; returns the .shp. */
    Path write(Path dir, String name) throws IOException {
        ByteArrayOutputStream shp = new ByteArrayOutputStream();
        ByteArrayOutputStream shx = new ByteArrayOutputStream();
        int offset = 100;
        List<int[]> index = new ArrayList<>();
        for (int i = 0; i < contents.size(); i++) {
            byte[] c = contents.get(i);
            shp.writeBytes(
                    ByteBuffer.allocate(8).putInt(i + 1).putInt(c.length / 2).array());
            shp.writeBytes(c);
            int indexed = shxLengths != null && shxLengths[i] != null ? shxLengths[i] : c.length;
            index.add(new int[] {offset / 2, indexed / 2});
            offset += 8 + c.length;
        }
        Path shpPath = dir.resolve(name + ".shp");
        Files.write(shpPath, concat(header(offset), shp.toByteArray()));
        for (int[] e : index)
            shx.writeBytes(ByteBuffer.allocate(8).putInt(e[0]).putInt(e[1]).array());
        Files.write(dir.resolve(name + ".shx"), concat(header(100 + 8 * index.size()), shx.toByteArray()));
        if (writeDbf) Files.write(dir.resolve(name + ".dbf"), dbf());
        if (writeCpg) Files.writeString(dir.resolve(name + ".cpg"), cpg != null ? cpg : charset.name());
        return shpPath;
    }

    private byte[] header(int fileLength) {
        ByteBuffer b = ByteBuffer.allocate(100);
        b.putInt(9994).position(24);
        b.putInt(fileLength / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(shapeType);
        b.putDouble(-180).putDouble(-90).putDouble(180).putDouble(90);
        return b.array();
    }

    byte[] dbf() {
        int recordLength = zeroLengthRecords ? 0 : 1;
        for (int w : fieldWidths) recordLength += w;
        int headerLength = 32 + 32 * fieldNames.length + 1;
        ByteBuffer b = ByteBuffer.allocate(headerLength + recordLength * rows.size() + 1)
                .order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 3)
                .put((byte) 126)
                .put((byte) 1)
                .put((byte) 1)
                .putInt(rows.size())
                .putShort((short) headerLength)
                .putShort((short) recordLength);
        b.put(29, (byte) languageDriver).position(32);
        for (int f = 0; f < fieldNames.length; f++) {
            byte[] n = fieldNames[f].getBytes(StandardCharsets.US_ASCII);
            int at = b.position();
            b.put(n).position(at + 11);
            b.put((byte) fieldTypes[f]).position(at + 16);
            b.put((byte) fieldWidths[f]).put((byte) fieldDecimals[f]).position(at + 32);
        }
        b.put((byte) 0x0D);
        for (int r = 0; r < rows.size() && recordLength > 0; r++) {
            b.put((byte) (char) deleted.get(r));
            for (int f = 0; f < fieldNames.length; f++) {
                byte[] v = rows.get(r)[f].getBytes(charset);
                byte[] cell = new byte[fieldWidths[f]];
                java.util.Arrays.fill(cell, (byte) ' ');
                System.arraycopy(v, 0, cell, 0, Math.min(v.length, cell.length));
                b.put(cell);
            }
        }
        b.put((byte) 0x1A);
        return b.array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
