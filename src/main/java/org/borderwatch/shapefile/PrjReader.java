package org.borderwatch.shapefile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.geotools.api.parameter.ParameterNotFoundException;
import org.geotools.api.parameter.ParameterValueGroup;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.ProjectedCRS;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;

/**
 * Reads a .prj into a CRS with GeoTools: the WKT is parsed, and when it matches an EPSG definition
 * the EPSG CRS (longitude first, the order shapefiles store) is used instead, so the CRS carries its
 * code. ESRI WKT has no codes, so the usual CRSs of the region are tried first (WGS 84, ETRS89,
 * Web Mercator, the UTM zone of the projection's central meridian); only when none matches is the
 * whole EPSG database scanned, which takes seconds.
 */
final class PrjReader {
    private static final String WGS84_LONGITUDE_FIRST = "GEOGCS[\"WGS 84\", DATUM[\"World Geodetic System 1984\", "
            + "SPHEROID[\"WGS 84\", 6378137.0, 298.257223563, AUTHORITY[\"EPSG\",\"7030\"]], AUTHORITY[\"EPSG\",\"6326\"]], "
            + "PRIMEM[\"Greenwich\", 0.0, AUTHORITY[\"EPSG\",\"8901\"]], UNIT[\"degree\", 0.017453292519943295], "
            + "AXIS[\"Geodetic longitude\", EAST], AXIS[\"Geodetic latitude\", NORTH], AUTHORITY[\"EPSG\",\"4326\"]]";

    private PrjReader() {}

    /**
     * @throws ShapefileFormatException when the .prj is not WKT GeoTools can parse
     */
    static CoordinateReferenceSystem read(Path prj) throws IOException {
        String wkt = Files.readString(prj, StandardCharsets.ISO_8859_1).trim();
        if (wkt.isEmpty()) throw new ShapefileFormatException(prj, "file is empty; it should hold the CRS as WKT");
        CoordinateReferenceSystem parsed;
        try {
            parsed = CRS.parseWKT(wkt);
        } catch (FactoryException e) {
            throw new ShapefileFormatException(prj, "WKT cannot be parsed: " + e.getMessage());
        }
        if (CRS.equalsIgnoreMetadata(parsed, DefaultGeographicCRS.WGS84)) return wgs84();
        try {
            for (int code : likelyCodes(parsed)) {
                CoordinateReferenceSystem candidate = CRS.decode("EPSG:" + code, true);
                if (CRS.equalsIgnoreMetadata(parsed, candidate)) return candidate;
            }
            Integer code = CRS.lookupEpsgCode(parsed, true);
            return code == null ? parsed : CRS.decode("EPSG:" + code, true);
        } catch (FactoryException e) {
            // The parsed WKT is a complete CRS; only the EPSG code is missing
            return parsed;
        }
    }

    /**
     * EPSG:4326 with longitude first, from its WKT rather than the EPSG database: nearly every .prj
     * of this project is WGS 84, and opening the database costs about a second of CPU.
     */
    private static CoordinateReferenceSystem wgs84() throws ShapefileFormatException {
        try {
            return CRS.parseWKT(WGS84_LONGITUDE_FIRST);
        } catch (FactoryException e) {
            throw new IllegalStateException("the built-in WKT of EPSG:4326 does not parse", e);
        }
    }

    private static List<Integer> likelyCodes(CoordinateReferenceSystem crs) {
        List<Integer> codes = new ArrayList<>(List.of(4326, 4258, 3857, 4269));
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
        }
        return codes;
    }
}
