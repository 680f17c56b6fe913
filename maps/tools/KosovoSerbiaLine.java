import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/**
 * Writes the Kosovo–Serbia line: the stretch of Kosovo's outline that runs along Serbia's.
 *
 * <p>The OpenStreetMap-derived polygons were simplified one country at a time, so Serbia's and Kosovo's
 * outlines share most vertices but not all, and no exact common edge exists. The line is therefore taken
 * from Kosovo's polygon alone: Kosovo borders only Serbia, Montenegro, Albania and North Macedonia, so the
 * line is the longest run of its outer ring's vertices farther than {@code TOLERANCE_M} from the other three
 * (a test against Serbia's outline itself breaks where the two simplifications part, as at Gazivode). It
 * consists of Kosovo's own vertices, so it coincides with the Kosovo polygon exactly. The program refuses
 * to write a line shorter than 250 km or with a vertex more than {@code MAX_FROM_SERBIA_M} from Serbia's
 * outline, and prints its distance to the two crossing points whose positions are published (Jarinje and
 * Brnjak), so a rebuild shows how the line sits against them.
 *
 * <p>Usage: {@code java -cp jts-core.jar KosovoSerbiaLine.java countries.csv boundary.csv}; countries.csv is
 * {@code ogr2ogr -f CSV -lco GEOMETRY=AS_WKT} output with columns WKT and iso_a2.
 */
public class KosovoSerbiaLine {
    private static final double TOLERANCE_M = 60;
    private static final double MAX_FROM_SERBIA_M = 1500;
    private static final double M_PER_DEGREE = 111_195;
    private static final double MIN_LENGTH_KM = 250;
    /** Published crossing points (lon, lat), see maps/README.md. */
    private static final double[][] CROSSINGS = {{20.6917, 43.2186}, {20.5483, 42.9619}};
    private static final String[] CROSSING_NAMES = {"Jarinje", "Brnjak"};

    public static void main(String[] args) throws IOException, ParseException {
        if (args.length != 2) {
            System.err.println("usage: KosovoSerbiaLine countries.csv boundary.csv");
            System.exit(2);
        }
        Geometry serbia = null;
        Geometry kosovo = null;
        List<Geometry> others = new ArrayList<>();
        WKTReader wkt = new WKTReader();
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> header = splitCsv(lines.get(0));
        int geomCol = header.indexOf("WKT");
        int isoCol = header.indexOf("iso_a2");
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = splitCsv(line);
            if (cells.get(isoCol).equals("RS")) serbia = wkt.read(cells.get(geomCol));
            if (cells.get(isoCol).equals("XK")) kosovo = wkt.read(cells.get(geomCol));
            if (List.of("ME", "AL", "MK").contains(cells.get(isoCol))) others.add(wkt.read(cells.get(geomCol)).getBoundary());
        }
        if (serbia == null || kosovo == null) fail(args[0] + ": needs the rows with iso_a2 RS and XK");
        Polygon k = largest(kosovo);
        Geometry serbiaOutline = serbia.getBoundary();
        if (others.size() != 3) fail(args[0] + ": needs the rows with iso_a2 ME, AL and MK");
        Geometry otherOutlines = new GeometryFactory().buildGeometry(others);
        Coordinate[] ring = k.getExteriorRing().getCoordinates();
        int n = ring.length - 1;
        GeometryFactory gf = new GeometryFactory();
        boolean[] near = new boolean[n];
        double cosLat = Math.cos(Math.toRadians(42.6));
        for (int i = 0; i < n; i++) {
            // distance in degrees; longitude degrees are shorter here, so this errs towards a shorter line
            near[i] = otherOutlines.distance(gf.createPoint(ring[i])) * M_PER_DEGREE * cosLat > TOLERANCE_M;
        }
        // the longest run of near vertices, going round the closed ring
        int bestStart = -1;
        int bestLen = 0;
        for (int s = 0; s < n; s++) {
            if (!near[s] || near[(s - 1 + n) % n]) continue;
            int len = 0;
            while (len < n && near[(s + len) % n]) len++;
            if (len > bestLen) {
                bestLen = len;
                bestStart = s;
            }
        }
        if (bestStart < 0) fail("all of Kosovo's outline lies within " + TOLERANCE_M + " m of its other neighbours");
        Coordinate[] run = new Coordinate[bestLen];
        for (int i = 0; i < bestLen; i++) run[i] = ring[(bestStart + i) % n];
        LineString line = gf.createLineString(run);
        double km = lengthKm(run);
        double worst = 0;
        for (Coordinate c : run) worst = Math.max(worst, serbiaOutline.distance(gf.createPoint(c)) * M_PER_DEGREE);
        if (worst > MAX_FROM_SERBIA_M) fail(String.format(Locale.ROOT, "a vertex of the line lies %.0f m from Serbia's outline", worst));
        System.err.printf(Locale.ROOT, "KosovoSerbiaLine: every vertex within %.0f m of Serbia's outline%n", worst);
        if (km < MIN_LENGTH_KM) fail(String.format(Locale.ROOT, "the line is %.1f km long, expected at least %.0f km", km, MIN_LENGTH_KM));
        for (int c = 0; c < CROSSINGS.length; c++) {
            Point p = gf.createPoint(new Coordinate(CROSSINGS[c][0], CROSSINGS[c][1]));
            double m = line.distance(p) * M_PER_DEGREE * Math.cos(Math.toRadians(CROSSINGS[c][1]));
            System.err.printf(Locale.ROOT, "KosovoSerbiaLine: %s crossing is %.0f m or less from the line%n", CROSSING_NAMES[c], m);
        }
        String csv = "WKT,name,country_a,country_b,length_km\n\"" + new WKTWriter().write(line)
                + "\",Kosovo–Serbia boundary,Serbia,Kosovo," + String.format(Locale.ROOT, "%.1f", km) + "\n";
        Files.writeString(Path.of(args[1]), csv, StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[1].replaceAll("\\.csv$", ".csvt")), "WKT,String,String,String,Real(8.1)\n");
        System.err.printf(Locale.ROOT, "KosovoSerbiaLine: %d vertices, %.1f km%n", run.length, km);
    }

    private static Polygon largest(Geometry g) {
        Polygon best = null;
        for (int i = 0; i < g.getNumGeometries(); i++)
            if (g.getGeometryN(i) instanceof Polygon p && (best == null || p.getArea() > best.getArea())) best = p;
        return best;
    }

    /** Great-circle length on a sphere of radius 6,371.0088 km. */
    private static double lengthKm(Coordinate[] cs) {
        double sum = 0;
        for (int i = 1; i < cs.length; i++) {
            double la1 = Math.toRadians(cs[i - 1].y), la2 = Math.toRadians(cs[i].y);
            double dla = la2 - la1, dlo = Math.toRadians(cs[i].x - cs[i - 1].x);
            double h = Math.sin(dla / 2) * Math.sin(dla / 2) + Math.cos(la1) * Math.cos(la2) * Math.sin(dlo / 2) * Math.sin(dlo / 2);
            sum += 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
        }
        return sum;
    }

    private static List<String> splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private static void fail(String message) {
        System.err.println("KosovoSerbiaLine: " + message);
        System.exit(1);
    }
}
