package org.borderwatch.map.osm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small extracts in Geofabrik's "free" shapefile layout for tests: the layer files named as Geofabrik names
 * them, its fields ({@code osm_id C(12), code N(4), fclass C(28), name C(100)}, roads with {@code ref}, places with
 * {@code population}), its ESRI-style .prj and a UTF-8 .cpg. The features are made up, placed over northern Kosovo
 * (Zvečan, Banjska, the Ibar), so the map they draw can be looked at.
 */
public final class GeofabrikFixture {

    static final String PRJ =
            "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137,298.257223563]],"
                    + "PRIMEM[\"Greenwich\",0],UNIT[\"Degree\",0.017453292519943295]]";

    /** One feature: its points (one point for a point layer, a line or one closed ring) and its field values. */
    record Feature(double[][] points, String... values) {}

    private GeofabrikFixture() {}

    /** The Kosovo extract: roads, a railway, the Ibar, a lake, land use, places and a peak near Zvečan. */
    public static Path kosovo(Path dir) throws IOException {
        Files.createDirectories(dir);
        String[] road = {"osm_id", "code", "fclass", "name", "ref"};
        layer(
                dir,
                "roads",
                3,
                road,
                List.of(
                        new Feature(
                                line(20.70, 42.86, 20.84, 42.90, 20.88, 42.97, 20.86, 43.05),
                                "1001",
                                "5113",
                                "primary",
                                "Ibarska magistrala",
                                "M-22"),
                        new Feature(
                                line(20.84, 42.90, 20.80, 42.93, 20.76, 42.97),
                                "1002",
                                "5114",
                                "secondary",
                                "Put za Banjsku",
                                "R-201"),
                        new Feature(
                                line(20.835, 42.905, 20.845, 42.912, 20.851, 42.915),
                                "1003",
                                "5122",
                                "residential",
                                "Kralja Milana",
                                ""),
                        new Feature(
                                line(20.838, 42.900, 20.842, 42.896, 20.848, 42.894),
                                "1004",
                                "5122",
                                "residential",
                                "Njegoševa",
                                ""),
                        new Feature(line(20.80, 42.93, 20.79, 42.95, 20.77, 42.955), "1005", "7141", "track", "", ""),
                        new Feature(line(20.60, 42.80, 20.70, 42.86), "1006", "5111", "motorway", "", "A-7")));
        layer(
                dir,
                "railways",
                3,
                new String[] {"osm_id", "code", "fclass", "name"},
                List.of(new Feature(
                        line(20.72, 42.84, 20.85, 42.89, 20.89, 42.99, 20.88, 43.06),
                        "2001",
                        "6101",
                        "rail",
                        "Kraljevo – Kosovo Polje")));
        layer(
                dir,
                "waterways",
                3,
                new String[] {"osm_id", "code", "fclass", "name"},
                List.of(
                        new Feature(
                                line(20.68, 42.83, 20.80, 42.87, 20.86, 42.92, 20.90, 42.99, 20.92, 43.08),
                                "3001",
                                "8101",
                                "river",
                                "Ibar"),
                        new Feature(
                                line(20.76, 42.98, 20.79, 42.95, 20.83, 42.92),
                                "3002",
                                "8102",
                                "stream",
                                "Banjska reka")));
        layer(
                dir,
                "water_a",
                5,
                new String[] {"osm_id", "code", "fclass", "name"},
                List.of(new Feature(ring(20.60, 42.90, 20.66, 42.95), "4001", "8200", "reservoir", "Gazivode")));
        layer(
                dir,
                "landuse_a",
                5,
                new String[] {"osm_id", "code", "fclass", "name"},
                List.of(
                        new Feature(ring(20.74, 42.94, 20.80, 42.99), "5001", "7201", "forest", ""),
                        new Feature(ring(20.83, 42.895, 20.855, 42.92), "5002", "7203", "residential", "")));
        layer(
                dir,
                "places",
                1,
                new String[] {"osm_id", "code", "fclass", "population", "name"},
                List.of(
                        new Feature(new double[][] {{20.8406, 42.9075}}, "6001", "1002", "town", "7000", "Zvečan"),
                        new Feature(new double[][] {{20.7808, 42.9733}}, "6002", "1003", "village", "600", "Banjska"),
                        new Feature(new double[][] {{20.8667, 42.8833}}, "6003", "1001", "city", "70000", "Mitrovica"),
                        new Feature(new double[][] {{20.8000, 42.9300}}, "6004", "1004", "hamlet", "40", "Zaseok")));
        layer(
                dir,
                "natural",
                1,
                new String[] {"osm_id", "code", "fclass", "name"},
                List.of(new Feature(new double[][] {{20.77, 42.92}}, "7001", "4111", "peak", "Zvečanska glava")));
        return dir;
    }

    /**
     * The Serbia extract: the Ibar again (the same osm_id: the overlap), a road north of the line, and a place far
     * north of the region that a cut to the region leaves out.
     */
    public static Path serbia(Path dir) throws IOException {
        Files.createDirectories(dir);
        layer(
                dir,
                "roads",
                3,
                new String[] {"osm_id", "code", "fclass", "name", "ref"},
                List.of(
                        new Feature(
                                line(20.86, 43.05, 20.70, 43.20, 20.69, 43.30),
                                "1101",
                                "5113",
                                "primary",
                                "Ibarska magistrala",
                                "M-22"),
                        new Feature(line(20.40, 44.80, 20.50, 44.90), "1102", "5111", "motorway", "", "A-1")));
        layer(
                dir,
                "waterways",
                3,
                new String[] {"osm_id", "code", "fclass", "name"},
                List.of(new Feature(
                        line(20.68, 42.83, 20.80, 42.87, 20.86, 42.92, 20.90, 42.99, 20.92, 43.08),
                        "3001",
                        "8101",
                        "river",
                        "Ibar")));
        layer(
                dir,
                "places",
                1,
                new String[] {"osm_id", "code", "fclass", "population", "name"},
                List.of(
                        new Feature(new double[][] {{20.6900, 43.2900}}, "6101", "1002", "town", "2000", "Raška"),
                        new Feature(
                                new double[][] {{20.4600, 44.8200}}, "6102", "1001", "city", "1200000", "Beograd")));
        return dir;
    }

    /**
     * A zip of the folder's files at its top level, as Geofabrik packs them, with a {@code README} of
     * {@code readmeBytes} bytes that do not compress (so the zip is large enough to be fetched in several reads).
     */
    public static Path zip(Path folder, Path zip, int readmeBytes) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip));
                var files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                out.putNextEntry(new ZipEntry(f.getFileName().toString()));
                Files.copy(f, out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry("README"));
            byte[] noise = new byte[readmeBytes];
            new java.util.Random(14).nextBytes(noise);
            out.write(noise);
            out.closeEntry();
        }
        return zip;
    }

    static double[][] line(double... lonLat) {
        double[][] pts = new double[lonLat.length / 2][];
        for (int i = 0; i < pts.length; i++) pts[i] = new double[] {lonLat[2 * i], lonLat[2 * i + 1]};
        return pts;
    }

    /** A closed box ring, clockwise as a shapefile's outer rings are. */
    static double[][] ring(double w, double s, double e, double n) {
        return new double[][] {{w, s}, {w, n}, {e, n}, {e, s}, {w, s}};
    }

    /** Writes {@code gis_osm_KIND_free_1.{shp,shx,dbf,prj,cpg}}: shape type 1 (point), 3 (line) or 5 (polygon). */
    static void layer(Path dir, String kind, int shapeType, String[] fields, List<Feature> features)
            throws IOException {
        String base = "gis_osm_" + kind + "_free_1";
        List<byte[]> contents = new ArrayList<>();
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Feature f : features) {
            for (double[] p : f.points()) {
                box[0] = Math.min(box[0], p[0]);
                box[1] = Math.min(box[1], p[1]);
                box[2] = Math.max(box[2], p[0]);
                box[3] = Math.max(box[3], p[1]);
            }
            contents.add(shapeType == 1 ? point(f.points()[0]) : parted(shapeType, f.points()));
        }
        ByteArrayOutputStream shp = new ByteArrayOutputStream();
        ByteArrayOutputStream shx = new ByteArrayOutputStream();
        int shpLength = 100;
        for (byte[] c : contents) shpLength += 8 + c.length;
        shp.write(header(shapeType, shpLength, box));
        shx.write(header(shapeType, 100 + 8 * contents.size(), box));
        int offset = 100;
        for (int i = 0; i < contents.size(); i++) {
            byte[] c = contents.get(i);
            shp.write(ByteBuffer.allocate(8).putInt(i + 1).putInt(c.length / 2).array());
            shp.write(c);
            shx.write(ByteBuffer.allocate(8)
                    .putInt(offset / 2)
                    .putInt(c.length / 2)
                    .array());
            offset += 8 + c.length;
        }
        Files.write(dir.resolve(base + ".shp"), shp.toByteArray());
        Files.write(dir.resolve(base + ".shx"), shx.toByteArray());
        Files.write(dir.resolve(base + ".dbf"), dbf(fields, features));
        Files.writeString(dir.resolve(base + ".prj"), PRJ);
        Files.writeString(dir.resolve(base + ".cpg"), "UTF-8");
    }

    private static byte[] header(int type, int lengthBytes, double[] box) {
        ByteBuffer b = ByteBuffer.allocate(100);
        b.putInt(0, 9994).putInt(24, lengthBytes / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, type);
        b.putDouble(36, box[0]).putDouble(44, box[1]).putDouble(52, box[2]).putDouble(60, box[3]);
        return b.array();
    }

    private static byte[] point(double[] p) {
        return ByteBuffer.allocate(20)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(1)
                .putDouble(p[0])
                .putDouble(p[1])
                .array();
    }

    private static byte[] parted(int type, double[][] pts) {
        ByteBuffer b = ByteBuffer.allocate(44 + 4 + 16 * pts.length).order(ByteOrder.LITTLE_ENDIAN);
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : pts) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        b.putInt(type).putDouble(minX).putDouble(minY).putDouble(maxX).putDouble(maxY);
        b.putInt(1).putInt(pts.length).putInt(0);
        for (double[] p : pts) b.putDouble(p[0]).putDouble(p[1]);
        return b.array();
    }

    private static byte[] dbf(String[] fields, List<Feature> features) throws IOException {
        int[] widths = new int[fields.length];
        for (int i = 0; i < fields.length; i++)
            widths[i] = switch (fields[i]) {
                case "osm_id" -> 12;
                case "code" -> 4;
                case "fclass" -> 28;
                case "population" -> 10;
                case "ref" -> 20;
                default -> 100;
            };
        int recordLength = 1;
        for (int w : widths) recordLength += w;
        int headerLength = 32 + 32 * fields.length + 1;
        ByteBuffer h = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
        // Geofabrik's .dbf says language driver 0 and relies on the .cpg for UTF-8
        h.put((byte) 3).put((byte) 124).put((byte) 7).put((byte) 14);
        h.putInt(features.size()).putShort((short) headerLength).putShort((short) recordLength);
        h.position(32);
        for (int i = 0; i < fields.length; i++) {
            byte[] name = new byte[11];
            byte[] n = fields[i].getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(n, 0, name, 0, n.length);
            boolean numeric = fields[i].equals("code") || fields[i].equals("population");
            h.put(name)
                    .put((byte) (numeric ? 'N' : 'C'))
                    .putInt(0)
                    .put((byte) widths[i])
                    .put((byte) 0);
            h.put(new byte[14]);
        }
        h.put((byte) 0x0D);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(h.array());
        for (Feature f : features) {
            out.write(' ');
            for (int i = 0; i < fields.length; i++)
                writePadded(out, f.values()[i], widths[i], i > 0 && isNumeric(fields[i]));
        }
        out.write(0x1A);
        return out.toByteArray();
    }

    private static boolean isNumeric(String field) {
        return field.equals("code") || field.equals("population");
    }

    private static void writePadded(OutputStream out, String value, int width, boolean right) throws IOException {
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        byte[] cell = new byte[width];
        java.util.Arrays.fill(cell, (byte) ' ');
        int n = Math.min(v.length, width);
        System.arraycopy(v, 0, cell, right ? width - n : 0, n);
        out.write(cell);
    }
}
