package org.borderwatch.events.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.events.BadRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads one GeoJSON geometry object from a streaming parser: a Point as two doubles, a LineString or
 * Polygon as a JTS geometry. Checks ranges (lon in [-180, 180], lat in [-90, 90]) and ring closure.
 */
final class GeometryReader {

    /** A Point ({@code shape} null) or a line or area. */
    record Read(double lon, double lat, Geometry shape) {}

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    /** Reads the value at the parser's current token (START_OBJECT or VALUE_NULL). */
    Read read(JsonParser p) throws IOException, BadRecord {
        if (p.currentToken() == JsonToken.VALUE_NULL)
            throw new BadRecord(FeatureReader.here(p), "geometry is null; every event needs a position");
        if (p.currentToken() != JsonToken.START_OBJECT)
            throw new BadRecord(
                    FeatureReader.here(p), "geometry must be an object, found " + FeatureReader.describe(p));
        String type = null;
        Object coordinates = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("type")) {
                if (p.currentToken() != JsonToken.VALUE_STRING)
                    throw new BadRecord(FeatureReader.here(p), "geometry type must be a string");
                type = p.getText();
            } else if (name.equals("coordinates")) {
                coordinates = nested(p, 0);
            } else {
                p.skipChildren();
            }
        }
        if (type == null) throw new BadRecord(FeatureReader.here(p) + "/type", "geometry has no type");
        if (coordinates == null)
            throw new BadRecord(FeatureReader.here(p) + "/coordinates", "geometry has no coordinates");
        if (type.equals("Point")) {
            if (coordinates instanceof double[] xy) return new Read(xy[0], xy[1], null);
            throw new BadRecord(
                    FeatureReader.here(p) + "/coordinates", "a Point's coordinates must be one position [lon, lat]");
        }
        // lines and areas are few, so their pointers are built before they are needed
        String pointer = FeatureReader.here(p);
        String at = pointer + "/coordinates";
        switch (type) {
            case "LineString": {
                Coordinate[] line = positions(coordinates, at);
                if (line.length < 2)
                    throw new BadRecord(at, "a LineString needs at least 2 positions, has " + line.length);
                return new Read(Double.NaN, Double.NaN, WGS84.createLineString(line));
            }
            case "Polygon": {
                List<?> rings = list(coordinates, at);
                if (rings.isEmpty()) throw new BadRecord(at, "a Polygon needs at least one ring");
                LinearRing[] built = new LinearRing[rings.size()];
                for (int i = 0; i < built.length; i++) {
                    Coordinate[] ring = positions(rings.get(i), at + "/" + i);
                    if (ring.length < 4)
                        throw new BadRecord(
                                at + "/" + i, "a Polygon ring needs at least 4 positions, has " + ring.length);
                    if (!ring[0].equals2D(ring[ring.length - 1]))
                        throw new BadRecord(
                                at + "/" + i, "Polygon ring is not closed: first and last positions differ");
                    built[i] = WGS84.createLinearRing(ring);
                }
                LinearRing[] holes = new LinearRing[built.length - 1];
                System.arraycopy(built, 1, holes, 0, holes.length);
                return new Read(Double.NaN, Double.NaN, WGS84.createPolygon(built[0], holes));
            }
            default:
                throw new BadRecord(
                        pointer + "/type",
                        "geometry type \"" + type + "\" is not supported; use Point, LineString or Polygon");
        }
    }

    /** Coordinates as double[] (a position) or List (deeper); depth is bounded by the caller's nesting limit. */
    private static Object nested(JsonParser p, int depth) throws IOException, BadRecord {
        if (p.currentToken() != JsonToken.START_ARRAY)
            throw new BadRecord(
                    FeatureReader.here(p), "coordinates must be arrays of numbers, found " + FeatureReader.describe(p));
        if (depth > 3)
            throw new BadRecord(FeatureReader.here(p), "coordinates are nested deeper than a Polygon allows");
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            double[] xyz = new double[3];
            int n = 0;
            for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT)
                    throw new BadRecord(
                            FeatureReader.here(p),
                            "position must hold numbers only, found " + FeatureReader.describe(p));
                if (n == 3) throw new BadRecord(FeatureReader.here(p), "position has more than 3 numbers");
                xyz[n++] = p.getDoubleValue();
            }
            if (n < 2)
                throw new BadRecord(
                        FeatureReader.here(p), "position needs longitude and latitude, has " + n + " number");
            checkRange(xyz[0], xyz[1], p);
            return xyz;
        }
        List<Object> items = new ArrayList<>();
        for (; t != JsonToken.END_ARRAY; t = p.nextToken()) items.add(nested(p, depth + 1));
        return items;
    }

    /** Called at the END_ARRAY of a position, where the parser's path is the position's. */
    private static void checkRange(double lon, double lat, JsonParser p) throws BadRecord {
        if (!(lon >= -180 && lon <= 180))
            throw new BadRecord(FeatureReader.here(p) + "/0", "longitude " + lon + " is outside [-180, 180]");
        if (!(lat >= -90 && lat <= 90))
            throw new BadRecord(FeatureReader.here(p) + "/1", "latitude " + lat + " is outside [-90, 90]");
    }

    private static double[] position(Object coordinates, String pointer) throws BadRecord {
        if (coordinates instanceof double[] xy) return xy;
        throw new BadRecord(pointer, "a Point's coordinates must be one position [lon, lat]");
    }

    private static List<?> list(Object coordinates, String pointer) throws BadRecord {
        if (coordinates instanceof List<?> l) return l;
        throw new BadRecord(pointer, "expected an array of positions, found a single position");
    }

    private static Coordinate[] positions(Object coordinates, String pointer) throws BadRecord {
        List<?> items = list(coordinates, pointer);
        Coordinate[] out = new Coordinate[items.size()];
        for (int i = 0; i < out.length; i++) {
            double[] xy = position(items.get(i), pointer + "/" + i);
            out[i] = new Coordinate(xy[0], xy[1]);
        }
        return out;
    }
}
