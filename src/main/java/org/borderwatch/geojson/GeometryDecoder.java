package org.borderwatch.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns an RFC 7946 geometry object into a JTS geometry: the six types and GeometryCollection, positions of two or
 * three numbers (a third is the height; more are ignored, as the RFC allows). Rings must be closed, as the RFC says.
 */
final class GeometryDecoder {
    private final GeometryFactory factory;

    GeometryDecoder(GeometryFactory factory) {
        this.factory = factory;
    }

    /**
     * The geometry of {@code node}; null for a JSON null.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    Geometry decode(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (!node.isObject()) throw new IllegalArgumentException("is not an object");
        String type = node.path("type").asText("");
        if (type.equals("GeometryCollection")) {
            JsonNode parts = array(node, "geometries");
            Geometry[] geometries = new Geometry[parts.size()];
            for (int i = 0; i < geometries.length; i++) {
                geometries[i] = decode(parts.get(i));
                if (geometries[i] == null) throw new IllegalArgumentException("geometries[" + i + "] is null");
            }
            return factory.createGeometryCollection(geometries);
        }
        JsonNode c = array(node, "coordinates");
        return switch (type) {
            case "Point" -> point(c);
            case "LineString" -> line(c);
            case "Polygon" -> polygon(c);
            case "MultiPoint" -> factory.createMultiPoint(each(c, Point[]::new, this::point));
            case "MultiLineString" -> factory.createMultiLineString(each(c, LineString[]::new, this::line));
            case "MultiPolygon" -> factory.createMultiPolygon(each(c, Polygon[]::new, this::polygon));
            default -> throw new IllegalArgumentException("type \"" + type + "\" is not a GeoJSON geometry type");
        };
    }

    private static JsonNode array(JsonNode node, String member) {
        JsonNode a = node.get(member);
        if (a == null || !a.isArray()) throw new IllegalArgumentException("\"" + member + "\" is not an array");
        return a;
    }

    private interface Part<T> {
        T of(JsonNode node);
    }

    private static <T> T[] each(JsonNode array, java.util.function.IntFunction<T[]> make, Part<T> part) {
        T[] out = make.apply(array.size());
        for (int i = 0; i < out.length; i++) out[i] = part.of(array.get(i));
        return out;
    }

    private Point point(JsonNode position) {
        if (position.isArray() && position.isEmpty()) return factory.createPoint();
        return factory.createPoint(coordinate(position));
    }

    private LineString line(JsonNode positions) {
        Coordinate[] cs = coordinates(positions);
        if (cs.length == 1) throw new IllegalArgumentException("a LineString needs at least 2 positions, got 1");
        return factory.createLineString(cs);
    }

    private Polygon polygon(JsonNode rings) {
        if (!rings.isArray()) throw new IllegalArgumentException("a Polygon's rings are not an array");
        if (rings.isEmpty()) return factory.createPolygon();
        LinearRing[] all = new LinearRing[rings.size()];
        for (int i = 0; i < all.length; i++) {
            Coordinate[] cs = coordinates(rings.get(i));
            if (cs.length < 4)
                throw new IllegalArgumentException("ring " + i + " has " + cs.length + " positions, needs at least 4");
            if (!cs[0].equals2D(cs[cs.length - 1]))
                throw new IllegalArgumentException("ring " + i + " is not closed (first and last positions differ)");
            all[i] = factory.createLinearRing(cs);
        }
        LinearRing[] holes = new LinearRing[all.length - 1];
        System.arraycopy(all, 1, holes, 0, holes.length);
        return factory.createPolygon(all[0], holes);
    }

    private static Coordinate[] coordinates(JsonNode positions) {
        if (!positions.isArray()) throw new IllegalArgumentException("positions are not an array");
        Coordinate[] cs = new Coordinate[positions.size()];
        for (int i = 0; i < cs.length; i++) cs[i] = coordinate(positions.get(i));
        return cs;
    }

    private static Coordinate coordinate(JsonNode position) {
        if (!position.isArray() || position.size() < 2)
            throw new IllegalArgumentException(
                    "a position is not an array of 2 or 3 numbers: " + abbreviated(position));
        for (int i = 0; i < Math.min(3, position.size()); i++) {
            if (!position.get(i).isNumber() || !Double.isFinite(position.get(i).asDouble()))
                throw new IllegalArgumentException(
                        "a position holds " + abbreviated(position.get(i)) + " where a number belongs");
        }
        double x = position.get(0).asDouble();
        double y = position.get(1).asDouble();
        return position.size() > 2 ? new Coordinate(x, y, position.get(2).asDouble()) : new Coordinate(x, y);
    }

    private static String abbreviated(JsonNode node) {
        String s = node.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
