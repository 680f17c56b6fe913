package org.borderwatch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.borderwatch.shapefile.ShapefileWriter;
import org.borderwatch.shapefile.ShapefileWriter.Field;

/**
 * Writes a synthetic OpenStreetMap extract in Geofabrik's "free" shapefile layout (gis_osm_roads_free_1,
 * gis_osm_railways_free_1, gis_osm_waterways_free_1, gis_osm_water_a_free_1, gis_osm_landuse_a_free_1,
 * gis_osm_places_free_1 with their columns) over northern Kosovo and southern Serbia (EPSG:4326), the same
 * bytes for the same size on every machine. Features cluster around the places as settlements do, so some
 * views are dense and some empty. Sizes: {@code dense} is issue 13's set (508,200 road and river lines,
 * 207,900 polygons, 50,050 places, 770,000 features), {@code kosovo} 1,000,000 features, {@code serbia}
 * 5,000,000, or a number of features.
 * <pre>
 * mvn -B -o -Pbench -DskipTests package
 * java -cp "target/classes:target/lib/*" org.borderwatch.bench.SyntheticExtract target/extracts dense kosovo serbia
 * </pre>
 * Each size goes to a folder of its name (or {@code features-N}) under the first argument.
 */
public final class SyntheticExtract {

    static final double MIN_LON = 19.8;
    static final double MAX_LON = 22.2;
    static final double MIN_LAT = 42.2;
    static final double MAX_LAT = 43.8;

    private static final String[] ROAD_CLASSES = {
        "motorway",
        "trunk",
        "primary",
        "secondary",
        "tertiary",
        "unclassified",
        "residential",
        "service",
        "track",
        "footway",
        "path"
    };
    private static final int[] ROAD_CODES = {5111, 5112, 5113, 5114, 5115, 5121, 5122, 5141, 5143, 5153, 5154};
    private static final double[] ROAD_SHARES = {0.005, 0.01, 0.03, 0.05, 0.08, 0.12, 0.35, 0.15, 0.12, 0.045, 0.04};
    private static final String[] LANDUSE = {
        "forest", "farmland", "meadow", "residential", "orchard", "grass", "industrial", "commercial", "cemetery"
    };
    private static final String[] PLACE_CLASSES = {"city", "town", "village", "hamlet", "suburb", "locality"};
    private static final double[] PLACE_SHARES = {0.001, 0.01, 0.35, 0.45, 0.04, 0.149};
    private static final String[] SYLLABLES = {
        "ba", "ni", "ka", "zve", "čan", "ja", "rin", "je", "lep", "sa", "vić", "mi", "tro", "vi", "ca", "dra", "go",
        "ši", "pe", "ć", "ko", "ra", "lu", "že", "ibar", "su", "ho", "do", "ljan", "ri", "ste", "no", "vo", "bre"
    };

    /** The feature counts of one extract, by layer. */
    record Sizes(int roads, int railways, int waterways, int water, int landuse, int places) {
        static Sizes of(String name) {
            return switch (name) {
                case "dense" -> share(770_000);
                case "kosovo" -> share(1_000_000);
                case "serbia" -> share(5_000_000);
                default -> share(Integer.parseInt(name));
            };
        }

        /** Shares of a Geofabrik extract of the Balkans, roughly: mostly roads and landuse. */
        static Sizes share(int total) {
            int roads = (int) Math.round(total * 0.58);
            int rail = (int) Math.round(total * 0.005);
            int waterways = (int) Math.round(total * 0.08);
            int water = (int) Math.round(total * 0.05);
            int landuse = (int) Math.round(total * 0.22);
            return new Sizes(
                    roads, rail, waterways, water, landuse, total - roads - rail - waterways - water - landuse);
        }

        int total() {
            return roads + railways + waterways + water + landuse + places;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticExtract OUT_DIR dense|kosovo|serbia|FEATURES...");
            System.exit(2);
        }
        for (int i = 1; i < args.length; i++) {
            String name = args[i].matches("\\d+") ? "features-" + args[i] : args[i];
            Path dir = Path.of(args[0]).resolve(name);
            Sizes sizes = Sizes.of(args[i]);
            long t0 = System.nanoTime();
            write(dir, sizes, 13L);
            System.out.printf(
                    Locale.ROOT,
                    "%s: %,d features in %s (%.1f s)%n",
                    name,
                    sizes.total(),
                    dir,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Writes the six layers of {@code sizes} into {@code dir}; the same seed gives the same bytes. */
    static void write(Path dir, Sizes sizes, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int towns = Math.max(1, sizes.places());
        double[] townX = new double[towns];
        double[] townY = new double[towns];
        writePlaces(dir, sizes.places(), random.split(), townX, townY);
        writeRoads(dir, sizes.roads(), random.split(), townX, townY);
        writeLines(dir, "gis_osm_railways_free_1", sizes.railways(), random.split(), townX, townY, true);
        writeLines(dir, "gis_osm_waterways_free_1", sizes.waterways(), random.split(), townX, townY, false);
        writeAreas(dir, "gis_osm_water_a_free_1", sizes.water(), random.split(), townX, townY, true);
        writeAreas(dir, "gis_osm_landuse_a_free_1", sizes.landuse(), random.split(), townX, townY, false);
    }

    private static void writePlaces(Path dir, int n, SplittableRandom r, double[] xs, double[] ys) throws IOException {
        try (ShapefileWriter w = new ShapefileWriter(
                dir,
                "gis_osm_places_free_1",
                ShapefileWriter.POINT,
                new Field("osm_id", 'C', 12),
                new Field("code", 'N', 4),
                new Field("fclass", 'C', 28),
                new Field("population", 'N', 10),
                new Field("name", 'C', 100))) {
            for (int i = 0; i < n; i++) {
                // settlements gather in valleys: half of them near an earlier one
                double x, y;
                if (i > 8 && r.nextDouble() < 0.5) {
                    int near = r.nextInt(i);
                    x = clampLon(xs[near] + r.nextGaussian() * 0.03);
                    y = clampLat(ys[near] + r.nextGaussian() * 0.02);
                } else {
                    x = MIN_LON + r.nextDouble() * (MAX_LON - MIN_LON);
                    y = MIN_LAT + r.nextDouble() * (MAX_LAT - MIN_LAT);
                }
                xs[i] = x;
                ys[i] = y;
                int k = pick(r, PLACE_SHARES);
                int population = switch (k) {
                    case 0 -> 50_000 + r.nextInt(200_000);
                    case 1 -> 5_000 + r.nextInt(40_000);
                    case 2 -> 200 + r.nextInt(3_000);
                    default -> r.nextInt(200);
                };
                w.point(x, y, id(1, i), 1001 + k, PLACE_CLASSES[k], population, name(r));
            }
        }
    }

    private static void writeRoads(Path dir, int n, SplittableRandom r, double[] tx, double[] ty) throws IOException {
        try (ShapefileWriter w = new ShapefileWriter(
                dir,
                "gis_osm_roads_free_1",
                ShapefileWriter.POLYLINE,
                new Field("osm_id", 'C', 12),
                new Field("code", 'N', 4),
                new Field("fclass", 'C', 28),
                new Field("name", 'C', 100),
                new Field("ref", 'C', 20),
                new Field("oneway", 'C', 1),
                new Field("maxspeed", 'N', 3),
                new Field("layer", 'N', 20),
                new Field("bridge", 'C', 1),
                new Field("tunnel", 'C', 1))) {
            for (int i = 0; i < n; i++) {
                int k = pick(r, ROAD_SHARES);
                // major roads are long and straight, streets short and near a settlement
                int vertices = k < 4 ? 12 + r.nextInt(30) : 3 + r.nextInt(10);
                double step = k < 4 ? 0.004 : 0.0008;
                double[] line = walk(r, tx, ty, vertices, step, k < 4 ? 0.3 : 0.8);
                String ref =
                        k < 3 ? (k == 0 ? "A" : "M") + (1 + r.nextInt(30)) : k < 5 ? "R" + (100 + r.nextInt(200)) : "";
                String name = k < 7 && r.nextDouble() < 0.6 ? "Ulica " + name(r) : "";
                int speed = k == 0 ? 130 : k < 3 ? 80 : k < 7 ? 50 : 0;
                w.parts(
                        new double[][] {line},
                        id(2, i),
                        ROAD_CODES[k],
                        ROAD_CLASSES[k],
                        name,
                        ref,
                        k == 0 ? "F" : "B",
                        speed,
                        0,
                        r.nextDouble() < 0.01 ? "T" : "F",
                        "F");
            }
        }
    }

    private static void writeLines(
            Path dir, String layer, int n, SplittableRandom r, double[] tx, double[] ty, boolean rail)
            throws IOException {
        try (ShapefileWriter w = new ShapefileWriter(
                dir,
                layer,
                ShapefileWriter.POLYLINE,
                new Field("osm_id", 'C', 12),
                new Field("code", 'N', 4),
                new Field("fclass", 'C', 28),
                new Field("name", 'C', 100),
                rail ? new Field("layer", 'N', 20) : new Field("width", 'N', 3))) {
            for (int i = 0; i < n; i++) {
                String fclass = rail
                        ? (r.nextDouble() < 0.8 ? "rail" : "abandoned")
                        : new String[] {"river", "stream", "canal", "drain"}
                                [pick(r, new double[] {0.1, 0.8, 0.05, 0.05})];
                double[] line = walk(r, tx, ty, 6 + r.nextInt(40), rail ? 0.003 : 0.0015, 0.4);
                int code = rail ? 6101 : 8101 + ("river".equals(fclass) ? 1 : 0);
                String name = "river".equals(fclass) || rail ? name(r) : "";
                w.parts(new double[][] {line}, id(rail ? 3 : 4, i), code, fclass, name, rail ? 0 : 1 + r.nextInt(40));
            }
        }
    }

    private static void writeAreas(
            Path dir, String layer, int n, SplittableRandom r, double[] tx, double[] ty, boolean water)
            throws IOException {
        try (ShapefileWriter w = new ShapefileWriter(
                dir,
                layer,
                ShapefileWriter.POLYGON,
                new Field("osm_id", 'C', 12),
                new Field("code", 'N', 4),
                new Field("fclass", 'C', 28),
                new Field("name", 'C', 100))) {
            for (int i = 0; i < n; i++) {
                int t = r.nextInt(tx.length);
                double cx = clampLon(tx[t] + r.nextGaussian() * 0.05);
                double cy = clampLat(ty[t] + r.nextGaussian() * 0.035);
                double radius = 0.0005 + Math.pow(r.nextDouble(), 4) * (water ? 0.01 : 0.02);
                int sides = 6 + r.nextInt(18);
                double[] ring = new double[2 * (sides + 1)];
                // clockwise from north: an outer ring as the format wants it
                for (int s = 0; s < sides; s++) {
                    double a = -2 * Math.PI * s / sides;
                    double rr = radius * (0.6 + 0.4 * r.nextDouble());
                    ring[2 * s] = cx + Math.sin(a) * rr * 1.36;
                    ring[2 * s + 1] = cy + Math.cos(a) * rr;
                }
                ring[2 * sides] = ring[0];
                ring[2 * sides + 1] = ring[1];
                String fclass =
                        water ? (r.nextDouble() < 0.7 ? "water" : "reservoir") : LANDUSE[r.nextInt(LANDUSE.length)];
                String name = water && r.nextDouble() < 0.3 ? "Jezero " + name(r) : "";
                w.parts(new double[][] {ring}, id(water ? 5 : 6, i), water ? 8200 : 7201, fclass, name);
            }
        }
    }

    /** A wandering line from near a random settlement, each step turning a little. */
    private static double[] walk(SplittableRandom r, double[] tx, double[] ty, int vertices, double step, double turn) {
        int t = r.nextInt(tx.length);
        double x = clampLon(tx[t] + r.nextGaussian() * 0.04);
        double y = clampLat(ty[t] + r.nextGaussian() * 0.03);
        double heading = r.nextDouble() * 2 * Math.PI;
        double[] line = new double[2 * vertices];
        for (int v = 0; v < vertices; v++) {
            line[2 * v] = x;
            line[2 * v + 1] = y;
            heading += (r.nextDouble() - 0.5) * turn;
            double d = step * (0.5 + r.nextDouble());
            x = clampLon(x + Math.cos(heading) * d * 1.36);
            y = clampLat(y + Math.sin(heading) * d);
        }
        return line;
    }

    private static int pick(SplittableRandom r, double[] shares) {
        double u = r.nextDouble();
        for (int k = 0; k < shares.length - 1; k++) {
            u -= shares[k];
            if (u < 0) return k;
        }
        return shares.length - 1;
    }

    private static String name(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        int n = 2 + r.nextInt(2);
        for (int i = 0; i < n; i++) b.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    private static String id(int layer, int i) {
        return Long.toString(layer * 1_000_000_000L + i);
    }

    private static double clampLon(double x) {
        return Math.max(MIN_LON, Math.min(MAX_LON, x));
    }

    private static double clampLat(double y) {
        return Math.max(MIN_LAT, Math.min(MAX_LAT, y));
    }
}
