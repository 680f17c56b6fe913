import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Fits Natural Earth admin-1 units to the world-atlas country polygons so that, per country, the units
 * tile the country exactly: no overlap beyond the border, no sliver between unit and border.
 *
 * <p>The admin-1 layer in QGIS's world_map.gpkg was generalized separately from the countries, so its
 * outer edges wander up to a few kilometres from the country edge. Each unit is cut to its country;
 * each remaining gap piece (country minus all cut units) is given to the unit it shares the longest
 * edge with (measured as the area of overlap with a 1e-6° buffer, which is robust to overlay noise),
 * or to the nearest unit if it touches none. Units of one country are also made disjoint, earlier
 * rows winning. The program checks the result (union equals the country, units disjoint) and exits 1
 * otherwise.
 *
 * <p>Usage: {@code java -cp jts-core.jar FitAdminToCountries.java countries.csv admin.csv out.csv}. Both
 * inputs are {@code ogr2ogr -f CSV -lco GEOMETRY=AS_WKT} output; countries.csv needs columns WKT and
 * iso_a2; admin.csv needs WKT, name, gn_name and adm0_a3 (Natural Earth's fields).
 */
public class FitAdminToCountries {
    /** Natural Earth's adm0_a3 codes for the countries whose units are kept, and their ISO codes. */
    private static final Map<String, String> ISO_BY_NE_CODE = Map.of("SRB", "RS", "KOS", "XK");
    private static final Map<String, String> COUNTRY_BY_NE_CODE = Map.of("SRB", "Serbia", "KOS", "Kosovo");
    /**
     * Natural Earth 4.1.0 names the Rasina district (seat Kruševac) "Pomoravski", like the real Pomoravlje
     * district next to it; its own gn_name says "Rasinski Okrug". Keyed by name and gn_name.
     */
    private static final Map<String, String> NAME_FIXES = Map.of("Pomoravski|Rasinski Okrug", "Rasinski");
    /** Relative area mismatch tolerated between a country and the union of its fitted units. */
    private static final double AREA_TOLERANCE = 1e-9;
    private static final double TOUCH_BUFFER_DEG = 1e-6;
    /** Converts the diagnostic stray distance; an upper bound, since a degree of longitude is shorter here. */
    private static final double KM_PER_DEGREE_LATITUDE = 111.2;

    record Unit(String name, String nameAlt, String neCode, Geometry geometry) {}

    public static void main(String[] args) throws IOException, ParseException {
        if (args.length != 3) {
            System.err.println("usage: FitAdminToCountries countries.csv admin.csv out.csv");
            System.exit(2);
        }
        Path countriesCsv = Path.of(args[0]);
        Path adminCsv = Path.of(args[1]);
        List<Unit> units = readUnits(adminCsv);
        StringBuilder out = new StringBuilder("WKT,name,name_alt,country,iso_a2,unit_type\n");
        WKTWriter writer = new WKTWriter(2);
        for (String neCode : List.of("SRB", "KOS")) {
            String iso = ISO_BY_NE_CODE.get(neCode);
            Geometry country = readCountry(countriesCsv, iso);
            List<Unit> own = units.stream().filter(u -> u.neCode().equals(neCode)).toList();
            if (own.isEmpty()) fail(adminCsv + ": no unit with adm0_a3 = " + neCode);
            List<MultiPolygon> fitted = fit(iso, country, own);
            check(countriesCsv, iso, country, own, fitted);
            for (int i = 0; i < own.size(); i++) {
                Unit u = own.get(i);
                String type = neCode.equals("KOS") ? "municipality" : u.name().equals("Grad Beograd") ? "city" : "district";
                out.append('"').append(writer.write(fitted.get(i))).append("\",")
                        .append(csv(u.name())).append(',').append(csv(u.nameAlt())).append(',')
                        .append(COUNTRY_BY_NE_CODE.get(neCode)).append(',').append(iso).append(',').append(type).append('\n');
            }
            System.err.printf(Locale.ROOT, "admin1 %s: %d units fitted to the country polygon%n", iso, own.size());
        }
        Files.writeString(Path.of(args[2]), out, StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[2].replaceAll("\\.csv$", ".csvt")), "WKT,String,String,String,String,String\n");
    }

    /** Cuts each unit to the country, makes units disjoint, then hands every gap piece to a neighbour. */
    static List<MultiPolygon> fit(String iso, Geometry country, List<Unit> units) {
        List<Geometry> cut = new ArrayList<>();
        Geometry taken = country.getFactory().createPolygon();
        for (Unit u : units) {
            Geometry piece = OverlayNGRobust.overlay(u.geometry(), country, OverlayNG.INTERSECTION);
            piece = OverlayNGRobust.overlay(piece, taken, OverlayNG.DIFFERENCE);
            cut.add(polygonal(piece));
            taken = OverlayNGRobust.overlay(taken, piece, OverlayNG.UNION);
        }
        Geometry gaps = polygonal(OverlayNGRobust.overlay(country, taken, OverlayNG.DIFFERENCE));
        Geometry source = OverlayNGRobust.union(country.getFactory().buildGeometry(units.stream().map(Unit::geometry).toList()));
        double cutAway = OverlayNGRobust.overlay(source, country, OverlayNG.DIFFERENCE).getArea();
        double strayKm = DiscreteHausdorffDistance.distance(source.getBoundary(), country.getBoundary()) * KM_PER_DEGREE_LATITUDE;
        System.err.printf(Locale.ROOT, "admin1 %s: source units reach %.2f%% beyond the country, leave %d gaps (%.2f%% of it), stray up to %.1f km%n",
                iso, 100 * cutAway / country.getArea(), gaps.getNumGeometries(), 100 * gaps.getArea() / country.getArea(), strayKm);
        List<List<Geometry>> additions = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) additions.add(new ArrayList<>());
        for (int g = 0; g < gaps.getNumGeometries(); g++) {
            Geometry gap = gaps.getGeometryN(g);
            additions.get(neighbourFor(gap, cut)).add(gap);
        }
        List<MultiPolygon> fitted = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            List<Geometry> parts = new ArrayList<>(additions.get(i));
            parts.add(cut.get(i));
            fitted.add(polygonal(OverlayNGRobust.union(country.getFactory().buildGeometry(parts))));
        }
        return fitted;
    }

    /** The unit sharing the most edge with the gap, or the nearest one if none touches it. */
    private static int neighbourFor(Geometry gap, List<Geometry> units) {
        Geometry halo = gap.buffer(TOUCH_BUFFER_DEG);
        int best = -1;
        double bestArea = 0;
        for (int i = 0; i < units.size(); i++) {
            double area = OverlayNGRobust.overlay(halo, units.get(i), OverlayNG.INTERSECTION).getArea();
            if (area > bestArea) { bestArea = area; best = i; }
        }
        if (best >= 0) return best;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < units.size(); i++) {
            double d = gap.distance(units.get(i));
            if (d < bestDistance) { bestDistance = d; best = i; }
        }
        return best;
    }

    private static void check(Path csv, String iso, Geometry country, List<Unit> units, List<MultiPolygon> fitted) {
        Geometry union = OverlayNGRobust.union(country.getFactory().buildGeometry(fitted));
        double mismatch = OverlayNGRobust.overlay(union, country, OverlayNG.SYMDIFFERENCE).getArea() / country.getArea();
        if (mismatch > AREA_TOLERANCE)
            fail(String.format(Locale.ROOT, "%s, %s: fitted units differ from the country by %.3g of its area", csv, iso, mismatch));
        for (int i = 0; i < fitted.size(); i++) {
            if (!fitted.get(i).isValid()) fail(csv + ", " + iso + ", unit " + units.get(i).name() + ": fitted geometry is invalid");
            for (int j = i + 1; j < fitted.size(); j++) {
                double overlap = OverlayNGRobust.overlay(fitted.get(i), fitted.get(j), OverlayNG.INTERSECTION).getArea();
                if (overlap / country.getArea() > AREA_TOLERANCE)
                    fail(csv + ", " + iso + ": units " + units.get(i).name() + " and " + units.get(j).name() + " overlap");
            }
        }
        System.err.printf(Locale.ROOT, "admin1 %s: union differs from the country by %.2g of its area%n", iso, mismatch);
    }

    private static List<Unit> readUnits(Path csv) throws IOException, ParseException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = CsvRow.parse(lines.get(0));
        int wkt = column(csv, header, "WKT"), name = column(csv, header, "name"),
                gnName = column(csv, header, "gn_name"), neCode = column(csv, header, "adm0_a3");
        List<Unit> units = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> row = CsvRow.parse(lines.get(i));
            String unitName = NAME_FIXES.getOrDefault(row.get(name) + "|" + row.get(gnName), row.get(name));
            units.add(new Unit(unitName, row.get(gnName), row.get(neCode), parse(csv, i, row.get(wkt))));
        }
        return units;
    }

    private static Geometry readCountry(Path csv, String iso) throws IOException, ParseException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = CsvRow.parse(lines.get(0));
        int wkt = column(csv, header, "WKT"), isoColumn = column(csv, header, "iso_a2");
        for (int i = 1; i < lines.size(); i++) {
            List<String> row = CsvRow.parse(lines.get(i));
            if (row.get(isoColumn).equals(iso)) return parse(csv, i, row.get(wkt));
        }
        fail(csv + ": no row with iso_a2 = " + iso);
        return null;
    }

    private static Geometry parse(Path csv, int row, String wkt) throws ParseException {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new ParseException(csv + ", row " + row + ", field WKT: " + e.getMessage());
        }
    }

    private static int column(Path csv, List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) fail(csv + ", header: no column " + name + " in " + header);
        return i;
    }

    /** Keeps the polygons of an overlay result, dropping the points and lines it leaves where polygons only touch. */
    private static MultiPolygon polygonal(Geometry g) {
        List<Polygon> polygons = new ArrayList<>();
        collectPolygons(g, polygons);
        return g.getFactory().createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private static void collectPolygons(Geometry g, List<Polygon> out) {
        if (g instanceof Polygon p) {
            if (!p.isEmpty()) out.add(p);
        } else if (g instanceof GeometryCollection) {
            for (int i = 0; i < g.getNumGeometries(); i++) collectPolygons(g.getGeometryN(i), out);
        }
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private static void fail(String message) {
        System.err.println("FitAdminToCountries: " + message);
        System.exit(1);
    }

    /**
     * One RFC 4180 CSV line as ogr2ogr writes it (quoted fields, doubled quotes; no embedded newlines).
     * Repeated in SharedBoundary.java: the java launcher runs a single source file.
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
