import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Computes the Kosovo–Serbia boundary line as the edge the two country polygons share, and writes it
 * as a one-row WKT CSV for ogr2ogr.
 *
 * <p>world-atlas stores shared borders once as TopoJSON arcs, so the two polygons carry identical
 * vertices along their common edge. The line is therefore built from exactly those ring segments that
 * occur in both polygons (in either direction), merged into one line: it coincides with both polygons
 * vertex for vertex, with no overlay noise. The program then checks that claim with JTS predicates and
 * exits 1 if any check fails.
 *
 * <p>Usage: {@code java -cp jts-core.jar SharedBoundary.java countries.csv boundary.csv}, where
 * countries.csv is {@code ogr2ogr -f CSV -lco GEOMETRY=AS_WKT} output with an {@code iso_a2} column.
 */
public class SharedBoundary {
    /** Mean Earth radius (IUGG) used for the spherical length attribute. */
    private static final double EARTH_RADIUS_KM = 6371.0088;

    public static void main(String[] args) throws IOException, ParseException {
        if (args.length != 2) {
            System.err.println("usage: SharedBoundary countries.csv boundary.csv");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        Geometry serbia = countryGeometry(input, "RS");
        Geometry kosovo = countryGeometry(input, "XK");

        Set<Segment> serbiaSegments = segments(serbia);
        GeometryFactory factory = serbia.getFactory();
        LineMerger merger = new LineMerger();
        for (Segment s : segments(kosovo)) {
            if (serbiaSegments.contains(s)) {
                merger.add(factory.createLineString(new Coordinate[] {s.a(), s.b()}));
            }
        }
        List<LineString> merged = new ArrayList<>();
        for (Object part : merger.getMergedLineStrings()) merged.add((LineString) part);
        if (merged.isEmpty()) fail(input + ": Serbia and Kosovo share no edge");
        Geometry line = merged.size() == 1 ? merged.get(0) : factory.buildGeometry(merged);

        List<String> problems = new ArrayList<>();
        if (merged.size() != 1) problems.add("shared edge is " + merged.size() + " pieces, expected one line");
        if (!line.coveredBy(serbia.getBoundary())) problems.add("line leaves Serbia's boundary");
        if (!line.coveredBy(kosovo.getBoundary())) problems.add("line leaves Kosovo's boundary");
        if (!line.touches(serbia)) problems.add("line does not touch Serbia (it enters its interior)");
        if (!line.touches(kosovo)) problems.add("line does not touch Kosovo (it enters its interior)");
        Geometry overlayEdge = lineal(serbia.getBoundary().intersection(kosovo.getBoundary()));
        if (!overlayEdge.equalsTopo(line)) problems.add("line differs from the JTS overlay of both boundaries");
        if (!problems.isEmpty()) fail(input + ": " + String.join("; ", problems));

        double lengthKm = lengthKm(line);
        String wkt = new WKTWriter(2).write(line);
        String csv = "WKT,name,country_a,country_b,length_km\n"
                + "\"" + wkt + "\",Kosovo–Serbia boundary,Serbia,Kosovo," + String.format(java.util.Locale.ROOT, "%.1f", lengthKm) + "\n";
        Files.writeString(Path.of(args[1]), csv, StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[1].replaceAll("\\.csv$", ".csvt")), "WKT,String,String,String,Real(8.1)\n");
        System.err.printf(java.util.Locale.ROOT, "boundary_kosovo_serbia: %d vertices, %.1f km, on both polygon boundaries%n",
                line.getNumPoints(), lengthKm);
    }

    /** Reads the polygon of the country with the given ISO code from a WKT CSV. */
    private static Geometry countryGeometry(Path csv, String iso) throws IOException, ParseException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = CsvRow.parse(lines.get(0));
        int wktColumn = header.indexOf("WKT");
        int isoColumn = header.indexOf("iso_a2");
        if (wktColumn < 0 || isoColumn < 0) fail(csv + ", header: needs columns WKT and iso_a2, has " + header);
        for (int i = 1; i < lines.size(); i++) {
            List<String> row = CsvRow.parse(lines.get(i));
            if (row.get(isoColumn).equals(iso)) {
                try {
                    return new WKTReader().read(row.get(wktColumn));
                } catch (ParseException e) {
                    throw new ParseException(csv + ", row " + i + ", field WKT: " + e.getMessage());
                }
            }
        }
        fail(csv + ": no row with iso_a2 = " + iso);
        return null;
    }

    /** Every ring segment of a polygonal geometry, direction-free. */
    private static Set<Segment> segments(Geometry polygonal) {
        Set<Segment> out = new HashSet<>();
        for (int p = 0; p < polygonal.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) polygonal.getGeometryN(p);
            addRing(polygon.getExteriorRing(), out);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) addRing(polygon.getInteriorRingN(h), out);
        }
        return out;
    }

    private static void addRing(LineString ring, Set<Segment> out) {
        Coordinate[] c = ring.getCoordinates();
        for (int i = 1; i < c.length; i++) {
            if (!c[i - 1].equals2D(c[i])) out.add(Segment.of(c[i - 1], c[i]));
        }
    }

    /** Keeps the line parts of an overlay result; touching points carry no edge. */
    private static Geometry lineal(Geometry g) {
        List<Geometry> lines = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i).getDimension() == 1) lines.add(g.getGeometryN(i));
        }
        return g.getFactory().buildGeometry(lines);
    }

    /** Great-circle length on a sphere; enough for a label, not for surveying. */
    private static double lengthKm(Geometry line) {
        double km = 0;
        for (int g = 0; g < line.getNumGeometries(); g++) {
            Coordinate[] c = line.getGeometryN(g).getCoordinates();
            for (int i = 1; i < c.length; i++) {
                double phi1 = Math.toRadians(c[i - 1].y), phi2 = Math.toRadians(c[i].y);
                double dPhi = phi2 - phi1, dLambda = Math.toRadians(c[i].x - c[i - 1].x);
                double h = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
                km += 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
            }
        }
        return km;
    }

    private static void fail(String message) {
        System.err.println("SharedBoundary: " + message);
        System.exit(1);
    }

    /** A segment with its end points in a fixed order, so A→B equals B→A (Coordinate compares x and y). */
    record Segment(Coordinate a, Coordinate b) {
        static Segment of(Coordinate p, Coordinate q) {
            return p.compareTo(q) <= 0 ? new Segment(p, q) : new Segment(q, p);
        }
    }

    /**
     * One RFC 4180 CSV line as ogr2ogr writes it (quoted fields, doubled quotes; no embedded newlines).
     * Repeated in FitAdminToCountries.java: the java launcher runs a single source file.
     */
    static final class CsvRow {
        static List<String> parse(String line) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { field.append('"'); i++; }
                    else if (ch == '"') quoted = false;
                    else field.append(ch);
                } else if (ch == '"') quoted = true;
                else if (ch == ',') { fields.add(field.toString()); field.setLength(0); }
                else field.append(ch);
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
