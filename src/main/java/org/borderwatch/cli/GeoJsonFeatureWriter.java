package org.borderwatch.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.geotools.api.data.SimpleFeatureReader;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.api.feature.type.GeometryDescriptor;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Streams features as a GeoJSON FeatureCollection laid out like {@code ogr2ogr -f GeoJSON}: one
 * feature per line, properties in column order, Z kept and M dropped, null for missing values and
 * geometries. Coordinates are written straight from each coordinate sequence, with no per-point
 * objects. Not thread-safe.
 */
final class GeoJsonFeatureWriter {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    // Fixed text, encoded to UTF-8 once
    private static final SerializedString COLLECTION_START =
            new SerializedString("{\n\"type\": \"FeatureCollection\",\n\"name\": ");
    private static final SerializedString CRS_START =
            new SerializedString(",\n\"crs\": { \"type\": \"name\", \"properties\": { \"name\": ");
    private static final SerializedString CRS_END = new SerializedString(" } }");
    private static final SerializedString FEATURES_START = new SerializedString(",\n\"features\": [\n");
    private static final SerializedString FEATURE_SEPARATOR = new SerializedString(",\n");
    private static final SerializedString COLLECTION_END = new SerializedString("\n]\n}\n");
    private static final SerializedString FEATURE_START =
            new SerializedString("{ \"type\": \"Feature\", \"properties\": { ");
    private static final SerializedString COMMA = new SerializedString(", ");
    private static final SerializedString GEOMETRY_KEY = new SerializedString(" }, \"geometry\": ");
    private static final SerializedString NULL = new SerializedString("null");
    private static final SerializedString OBJECT_END = new SerializedString(" }");
    private static final SerializedString GEOMETRY_START = new SerializedString("{ \"type\": \"");
    private static final SerializedString COORDINATES_KEY = new SerializedString("\", \"coordinates\": ");
    private static final SerializedString ARRAY_START = new SerializedString("[ ");
    private static final SerializedString ARRAY_END = new SerializedString(" ]");

    private GeoJsonFeatureWriter() {}

    /**
     * Writes every feature of the reader; returns how many were written.
     *
     * @param name the collection name (the layer)
     * @param crsUrn the "crs" member's name, or null to leave "crs" out (unknown CRS)
     */
    static long write(SimpleFeatureReader reader, String name, String crsUrn, OutputStream out) throws IOException {
        long count = 0;
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // Values are written between raw text; Jackson would otherwise put a space before each
            g.setRootValueSeparator(null);
            List<AttributeDescriptor> descriptors = reader.getFeatureType().getAttributeDescriptors();
            SerializedString[] keys = new SerializedString[descriptors.size()];
            for (int i = 0; i < keys.length; i++) {
                String quoted = new String(JsonStringEncoder.getInstance()
                        .quoteAsString(descriptors.get(i).getLocalName()));
                keys[i] = new SerializedString("\"" + quoted + "\": ");
            }
            g.writeRaw(COLLECTION_START);
            g.writeString(name);
            if (crsUrn != null) {
                g.writeRaw(CRS_START);
                g.writeString(crsUrn);
                g.writeRaw(CRS_END);
            }
            g.writeRaw(FEATURES_START);
            while (reader.hasNext()) {
                SimpleFeature f = reader.next();
                if (count > 0) g.writeRaw(FEATURE_SEPARATOR);
                writeFeature(g, f, descriptors, keys);
                count++;
            }
            g.writeRaw(COLLECTION_END);
        }
        out.flush();
        return count;
    }

    private static void writeFeature(
            JsonGenerator g, SimpleFeature f, List<AttributeDescriptor> descriptors, SerializedString[] keys)
            throws IOException {
        g.writeRaw(FEATURE_START);
        boolean first = true;
        Geometry geometry = null;
        for (int i = 0; i < descriptors.size(); i++) {
            AttributeDescriptor d = descriptors.get(i);
            Object value = f.getAttribute(i);
            if (d instanceof GeometryDescriptor) {
                geometry = (Geometry) value;
                continue;
            }
            if (!first) g.writeRaw(COMMA);
            first = false;
            g.writeRaw(keys[i]);
            writeValue(g, value);
        }
        g.writeRaw(GEOMETRY_KEY);
        if (geometry == null) g.writeRaw(NULL);
        else writeGeometry(g, geometry);
        g.writeRaw(OBJECT_END);
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value == null) g.writeRaw(NULL);
        else if (value instanceof Integer i) g.writeNumber(i);
        else if (value instanceof Long l) g.writeNumber(l);
        else if (value instanceof Double d) g.writeNumber(d);
        else if (value instanceof Boolean b) g.writeRaw(b ? "true" : "false");
        else g.writeString(value.toString());
    }

    private static void writeGeometry(JsonGenerator g, Geometry geometry) throws IOException {
        g.writeRaw(GEOMETRY_START);
        g.writeRaw(geometry.getGeometryType());
        g.writeRaw(COORDINATES_KEY);
        writeCoordinates(g, geometry);
        g.writeRaw(OBJECT_END);
    }

    private static void writeCoordinates(JsonGenerator g, Geometry geometry) throws IOException {
        if (geometry instanceof Point p) {
            writePoint(g, p.getCoordinateSequence(), 0);
        } else if (geometry instanceof LineString l) {
            writeSequence(g, l.getCoordinateSequence());
        } else if (geometry instanceof Polygon p) {
            g.writeRaw(ARRAY_START);
            writeRing(g, p.getExteriorRing());
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                g.writeRaw(COMMA);
                writeRing(g, p.getInteriorRingN(i));
            }
            g.writeRaw(ARRAY_END);
        } else if (geometry instanceof MultiPoint
                || geometry instanceof MultiLineString
                || geometry instanceof MultiPolygon) {
            g.writeRaw(ARRAY_START);
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                if (i > 0) g.writeRaw(COMMA);
                writeCoordinates(g, geometry.getGeometryN(i));
            }
            g.writeRaw(ARRAY_END);
        } else {
            throw new IllegalArgumentException("GeoJSON output has no form for " + geometry.getGeometryType());
        }
    }

    /** A ring as the file gave it: the shapefile store marks a ring it had to close or pad with its file point count. */
    private static void writeRing(JsonGenerator g, LineString ring) throws IOException {
        CoordinateSequence s = ring.getCoordinateSequence();
        writeSequence(
                g, s, ring.getUserData() instanceof Integer filePoints ? Math.min(filePoints, s.size()) : s.size());
    }

    private static void writeSequence(JsonGenerator g, CoordinateSequence s) throws IOException {
        writeSequence(g, s, s.size());
    }

    private static void writeSequence(JsonGenerator g, CoordinateSequence s, int count) throws IOException {
        g.writeRaw(ARRAY_START);
        for (int i = 0; i < count; i++) {
            if (i > 0) g.writeRaw(COMMA);
            writePoint(g, s, i);
        }
        g.writeRaw(ARRAY_END);
    }

    private static void writePoint(JsonGenerator g, CoordinateSequence s, int i) throws IOException {
        g.writeRaw(ARRAY_START);
        g.writeNumber(s.getX(i));
        g.writeRaw(COMMA);
        g.writeNumber(s.getY(i));
        if (s.hasZ()) {
            g.writeRaw(COMMA);
            g.writeNumber(s.getZ(i));
        }
        g.writeRaw(ARRAY_END);
    }
}
