package org.borderwatch.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
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
    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

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
            g.writeRaw("{\n\"type\": \"FeatureCollection\",\n\"name\": ");
            g.writeString(name);
            if (crsUrn != null) {
                g.writeRaw(",\n\"crs\": { \"type\": \"name\", \"properties\": { \"name\": ");
                g.writeString(crsUrn);
                g.writeRaw(" } }");
            }
            g.writeRaw(",\n\"features\": [\n");
            while (reader.hasNext()) {
                SimpleFeature f = reader.next();
                if (count > 0) g.writeRaw(",\n");
                writeFeature(g, f, descriptors);
                count++;
            }
            g.writeRaw("\n]\n}\n");
        }
        out.flush();
        return count;
    }

    private static void writeFeature(JsonGenerator g, SimpleFeature f, List<AttributeDescriptor> descriptors)
            throws IOException {
        g.writeRaw("{ \"type\": \"Feature\", \"properties\": { ");
        boolean first = true;
        Geometry geometry = null;
        for (int i = 0; i < descriptors.size(); i++) {
            AttributeDescriptor d = descriptors.get(i);
            Object value = f.getAttribute(i);
            if (d instanceof GeometryDescriptor) {
                geometry = (Geometry) value;
                continue;
            }
            if (!first) g.writeRaw(", ");
            first = false;
            g.writeRaw('"');
            g.writeRaw(d.getLocalName());
            g.writeRaw("\": ");
            writeValue(g, value);
        }
        g.writeRaw(" }, \"geometry\": ");
        if (geometry == null) g.writeRaw("null");
        else writeGeometry(g, geometry);
        g.writeRaw(" }");
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value == null) g.writeRaw("null");
        else if (value instanceof Integer i) g.writeNumber(i);
        else if (value instanceof Long l) g.writeNumber(l);
        else if (value instanceof Double d) g.writeNumber(d);
        else if (value instanceof Boolean b) g.writeRaw(b ? "true" : "false");
        else g.writeString(value.toString());
    }

    private static void writeGeometry(JsonGenerator g, Geometry geometry) throws IOException {
        g.writeRaw("{ \"type\": \"");
        g.writeRaw(geometry.getGeometryType());
        g.writeRaw("\", \"coordinates\": ");
        writeCoordinates(g, geometry);
        g.writeRaw(" }");
    }

    private static void writeCoordinates(JsonGenerator g, Geometry geometry) throws IOException {
        if (geometry instanceof Point p) {
            writePoint(g, p.getCoordinateSequence(), 0);
        } else if (geometry instanceof LineString l) {
            writeSequence(g, l.getCoordinateSequence());
        } else if (geometry instanceof Polygon p) {
            g.writeRaw("[ ");
            writeSequence(g, p.getExteriorRing().getCoordinateSequence());
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                g.writeRaw(", ");
                writeSequence(g, p.getInteriorRingN(i).getCoordinateSequence());
            }
            g.writeRaw(" ]");
        } else if (geometry instanceof MultiPoint || geometry instanceof MultiLineString
                || geometry instanceof MultiPolygon) {
            g.writeRaw("[ ");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                if (i > 0) g.writeRaw(", ");
                writeCoordinates(g, geometry.getGeometryN(i));
            }
            g.writeRaw(" ]");
        } else {
            throw new IllegalArgumentException("GeoJSON output has no form for " + geometry.getGeometryType());
        }
    }

    private static void writeSequence(JsonGenerator g, CoordinateSequence s) throws IOException {
        g.writeRaw("[ ");
        for (int i = 0; i < s.size(); i++) {
            if (i > 0) g.writeRaw(", ");
            writePoint(g, s, i);
        }
        g.writeRaw(" ]");
    }

    private static void writePoint(JsonGenerator g, CoordinateSequence s, int i) throws IOException {
        g.writeRaw("[ ");
        g.writeNumber(s.getX(i));
        g.writeRaw(", ");
        g.writeNumber(s.getY(i));
        if (s.hasZ()) {
            g.writeRaw(", ");
            g.writeNumber(s.getZ(i));
        }
        g.writeRaw(" ]");
    }
}
