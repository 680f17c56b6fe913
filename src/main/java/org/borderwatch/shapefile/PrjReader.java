package org.borderwatch.shapefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geotools.api.parameter.ParameterNotFoundException;
import org.geotools.api.parameter.ParameterValueGroup;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.ReferenceIdentifier;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.ProjectedCRS;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;

/**
 * Reads a .prj into a CRS with GeoTools: the WKT is parsed, and when it matches an EPSG definition
 * the EPSG CRS (longitude first, the order shapefiles store) is used instead, so the CRS carries its
 * code. ESRI WKT has no codes, so the usual CRSs of the region are tried (WGS 84, ETRS89, Web Mercator,
 * the UTM zones of the projection's central meridian, the Balkans zones of MGI, LAEA Europe), then a code
 * the WKT names itself (AUTHORITY). Any other CRS is used as parsed, without a code: GDAL would find more codes, but a
 * scan of the whole EPSG database takes seconds per file, so a .prj could stall opening a layer for as long.
 */
final class PrjReader {
    private static final String WGS84_LONGITUDE_FIRST = "GEOGCS[\"WGS 84\", DATUM[\"World Geodetic System 1984\", "
            + "SPHEROID[\"WGS 84\", 6378137.0, 298.257223563, AUTHORITY[\"EPSG\",\"7030\"]], AUTHORITY[\"EPSG\",\"6326\"]], "
            + "PRIMEM[\"Greenwich\", 0.0, AUTHORITY[\"EPSG\",\"8901\"]], UNIT[\"degree\", 0.017453292519943295], "
            + "AXIS[\"Geodetic longitude\", EAST], AXIS[\"Geodetic latitude\", NORTH], AUTHORITY[\"EPSG\",\"4326\"]]";

    /**
     * The CRS (or the reason for refusing it) of the WKT texts read last: the layers of one maps folder nearly all
     * share one .prj, and identifying it can take a scan of the EPSG database.
     */
    private static final Map<String, Object> RECENT = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > 64;
        }
    };

    private PrjReader() {}

    /**
     * @throws ShapefileFormatException when the .prj is not WKT GeoTools can parse
     */
    static CoordinateReferenceSystem read(Path prj) throws IOException {
        String wkt = Files.readString(prj, StandardCharsets.ISO_8859_1).trim();
        if (wkt.isEmpty()) throw new ShapefileFormatException(prj, "file is empty; it should hold the CRS as WKT");
        Object known;
        synchronized (RECENT) {
            known = RECENT.get(wkt);
        }
        if (known == null) {
            try {
                known = identify(wkt);
            } catch (FactoryException e) {
                known = "WKT cannot be parsed: " + e.getMessage();
            } catch (RuntimeException e) {
                // GeoTools' WKT parser lets arithmetic on absurd values escape unchecked (a unit of 0 divides by zero)
                known = "WKT cannot be parsed: " + e.getMessage();
            }
            synchronized (RECENT) {
                RECENT.put(wkt, known);
            }
        }
        if (known instanceof CoordinateReferenceSystem crs) return crs;
        throw new ShapefileFormatException(prj, (String) known);
    }

    private static CoordinateReferenceSystem identify(String wkt) throws FactoryException {
        CoordinateReferenceSystem parsed = CRS.parseWKT(wkt);
        if (CRS.equalsIgnoreMetadata(parsed, DefaultGeographicCRS.WGS84)) return wgs84();
        try {
            for (int code : likelyCodes(parsed)) {
                CoordinateReferenceSystem candidate = CRS.decode("EPSG:" + code, true);
                if (CRS.equalsIgnoreMetadata(parsed, candidate)) return candidate;
            }
            // only the code the WKT names: GeoTools' own lookup also searches the database by name, for seconds
            for (ReferenceIdentifier id : parsed.getIdentifiers()) {
                if (!"EPSG".equalsIgnoreCase(id.getCodeSpace())) continue;
                CoordinateReferenceSystem named = CRS.decode("EPSG:" + id.getCode(), true);
                if (CRS.equalsIgnoreMetadata(parsed, named)) return named;
            }
            return parsed;
        } catch (FactoryException e) {
            // The parsed WKT is a complete CRS; only the EPSG code is missing
            return parsed;
        }
    }

    /**
     * EPSG:4326 with longitude first, from its WKT rather than the EPSG database: nearly every .prj
     * of this project is WGS 84, and opening the database costs about a second of CPU.
     */
    private static CoordinateReferenceSystem wgs84() {
        try {
            return CRS.parseWKT(WGS84_LONGITUDE_FIRST);
        } catch (FactoryException e) {
            throw new IllegalStateException("the built-in WKT of EPSG:4326 does not parse", e);
        }
    }

    /**
     * Decodes every code {@link #read} tries for any CRS, so that GeoTools caches them: the first decode of each
     * queries the EPSG database, which took seconds on a loaded machine and was charged to whichever .prj came first.
     */
    static void decodeLikelyCodes() throws FactoryException {
        for (int code : GEOGRAPHIC_CODES) CRS.decode("EPSG:" + code, true);
        for (int code : REGIONAL_PROJECTED_CODES) CRS.decode("EPSG:" + code, true);
    }

    private static final List<Integer> GEOGRAPHIC_CODES = List.of(4326, 4258, 3857, 4269);
    // ETRS89 / LAEA Europe, MGI / Balkans zones 5-8, MGI 1901 / Balkans zones 5-8
    private static final List<Integer> REGIONAL_PROJECTED_CODES =
            List.of(3035, 31275, 31276, 31277, 31278, 3907, 3908, 3909, 3910);

    private static List<Integer> likelyCodes(CoordinateReferenceSystem crs) {
        List<Integer> codes = new ArrayList<>(GEOGRAPHIC_CODES);
        if (crs instanceof ProjectedCRS projected) {
            ParameterValueGroup p = projected.getConversionFromBase().getParameterValues();
            try {
                double meridian = p.parameter("central_meridian").doubleValue();
                int zone = (int) Math.round((meridian + 183) / 6);
                if (zone >= 1 && zone <= 60) {
                    codes.addAll(List.of(32600 + zone, 32700 + zone, 25800 + zone));
                }
            } catch (ParameterNotFoundException e) {
                // Not a transverse Mercator: no UTM zone to guess
            }
            codes.addAll(REGIONAL_PROJECTED_CODES);
        }
        return codes;
    }
}
