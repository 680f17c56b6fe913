package org.borderwatch.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.geotools.api.data.Query;
import org.geotools.api.data.SimpleFeatureReader;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.api.feature.type.GeometryDescriptor;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Compares what the store reads from a shapefile with GDAL's GeoJSON of the same file: feature count
 * and order, attribute names, types and values, geometry type, coordinates to 1e-9 and null geometries.
 */
final class GdalAgreement {
    static final double TOLERANCE = 1e-9;

    private GdalAgreement() {}

    static void assertAgrees(ShapefileDataStore store, Path expectedGeoJson) throws IOException {
        JsonNode expected = new ObjectMapper().readTree(expectedGeoJson.toFile());
        JsonNode features = expected.get("features");
        List<SimpleFeature> actual = new ArrayList<>();
        try (var reader = (SimpleFeatureReader) store.getFeatureReader(
                new Query(store.getTypeNames()[0]), org.geotools.api.data.Transaction.AUTO_COMMIT)) {
            while (reader.hasNext()) actual.add(reader.next());
        }
        String name = expectedGeoJson.getFileName().toString();
        assertThat(actual).as("%s: feature count", name).hasSize(features.size());
        for (int i = 0; i < actual.size(); i++) {
            String where = name + " feature " + i;
            compareProperties(where, features.get(i).get("properties"), actual.get(i));
            compareGeometry(where, features.get(i).get("geometry"), (Geometry)
                    actual.get(i).getDefaultGeometry());
        }
    }

    private static void compareProperties(String where, JsonNode expected, SimpleFeature actual) {
        List<String> names = new ArrayList<>();
        for (AttributeDescriptor d : actual.getFeatureType().getAttributeDescriptors()) {
            if (!(d instanceof GeometryDescriptor)) names.add(d.getLocalName());
        }
        List<String> expectedNames = new ArrayList<>();
        expected.fieldNames().forEachRemaining(expectedNames::add);
        assertThat(names).as("%s: attribute names", where).isEqualTo(expectedNames);
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Object value = actual.getAttribute(e.getKey());
            JsonNode v = e.getValue();
            String what = where + " attribute " + e.getKey();
            if (v.isNull()) {
                assertThat(value).as(what).isNull();
            } else if (v.isIntegralNumber()) {
                assertThat(value).as(what).isInstanceOfAny(Integer.class, Long.class);
                assertThat(((Number) value).longValue()).as(what).isEqualTo(v.longValue());
            } else if (v.isNumber()) {
                assertThat(value).as(what).isInstanceOf(Double.class);
                assertThat((Double) value)
                        .as(what)
                        .isCloseTo(
                                v.doubleValue(),
                                org.assertj.core.api.Assertions.within(Math.abs(v.doubleValue()) * 1e-14 + 1e-14));
            } else if (v.isBoolean()) {
                assertThat(value).as(what).isEqualTo(v.booleanValue());
            } else if (value instanceof LocalDate date) {
                assertThat(date.toString()).as(what).isEqualTo(v.textValue().replace('/', '-'));
            } else {
                assertThat(value).as(what).isEqualTo(v.textValue());
            }
        }
    }

    private static void compareGeometry(String where, JsonNode expected, Geometry actual) {
        if (expected == null || expected.isNull()) {
            assertThat((Object) actual).as("%s: geometry", where).isNull();
            return;
        }
        assertThat((Object) actual).as("%s: geometry", where).isNotNull();
        assertThat(actual.getGeometryType())
                .as("%s: geometry type", where)
                .isEqualTo(expected.get("type").textValue());
        compareCoordinates(where + " coordinates", expected.get("coordinates"), coordinates(actual));
    }

    /** The geometry as GeoJSON-shaped nested lists of double[] points. */
    private static Object coordinates(Geometry g) {
        if (g instanceof Point p) return point(p.getCoordinateSequence(), 0);
        if (g instanceof LineString l) return sequence(l.getCoordinateSequence());
        if (g instanceof Polygon p) {
            List<Object> rings = new ArrayList<>();
            rings.add(ring(p.getExteriorRing()));
            for (int i = 0; i < p.getNumInteriorRing(); i++) rings.add(ring(p.getInteriorRingN(i)));
            return rings;
        }
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) parts.add(coordinates(g.getGeometryN(i)));
        return parts;
    }

    private static List<Object> sequence(CoordinateSequence s) {
        return sequence(s, s.size());
    }

    /** A ring's points as the file gave them (the store marks a ring it closed or padded with the file's count). */
    private static List<Object> ring(LineString ring) {
        CoordinateSequence s = ring.getCoordinateSequence();
        return sequence(s, ring.getUserData() instanceof Integer n ? n : s.size());
    }

    private static List<Object> sequence(CoordinateSequence s, int count) {
        List<Object> points = new ArrayList<>();
        for (int i = 0; i < count; i++) points.add(point(s, i));
        return points;
    }

    private static double[] point(CoordinateSequence s, int i) {
        return s.hasZ() ? new double[] {s.getX(i), s.getY(i), s.getZ(i)} : new double[] {s.getX(i), s.getY(i)};
    }

    private static void compareCoordinates(String where, JsonNode expected, Object actual) {
        if (actual instanceof double[] p) {
            assertThat(expected.size()).as("%s: dimensions", where).isEqualTo(p.length);
            for (int k = 0; k < p.length; k++) {
                assertThat(p[k])
                        .as("%s: ordinate %d", where, k)
                        .isCloseTo(expected.get(k).doubleValue(), org.assertj.core.api.Assertions.within(TOLERANCE));
            }
            return;
        }
        if (!(actual instanceof List<?> list)) {
            fail(where + ": unexpected coordinate structure");
            return;
        }
        assertThat(list.size()).as("%s: number of parts or points", where).isEqualTo(expected.size());
        for (int i = 0; i < list.size(); i++) compareCoordinates(where + "[" + i + "]", expected.get(i), list.get(i));
    }
}
