package org.borderwatch.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes annotations as JSON: {@code {"annotations": [{"id", "type", ...}, ...]}} with
 * positions as {@code [lon, lat]} like GeoJSON. The same text is embedded in export metadata, so an
 * export can be redone with the annotations it had.
 */
public final class AnnotationJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The annotations read from one text, and the records that were skipped. */
    public record Loaded(List<Annotation> annotations, List<AnnotationProblem> problems) {
        public Loaded {
            annotations = List.copyOf(annotations);
            problems = List.copyOf(problems);
        }
    }

    private AnnotationJson() {}

    /** The JSON text of a list of annotations, as written to the annotations file. */
    public static String write(List<Annotation> annotations) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode items = root.putArray("annotations");
        for (Annotation a : annotations) items.add(toNode(a));
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values failed to serialise", e);
        }
    }

    /**
     * Reads annotations from JSON text; a record with a missing or bad field is skipped and reported.
     *
     * @param source the file name to put in messages
     * @throws AnnotationFileException if the text is not JSON or has no {@code annotations} array
     */
    public static Loaded read(String text, String source) throws AnnotationFileException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AnnotationFileException(
                    source, "not valid JSON (line " + e.getLocation().getLineNr() + ")", e);
        }
        JsonNode items = root == null ? null : root.get("annotations");
        if (items == null || !items.isArray())
            throw new AnnotationFileException(source, "expected an object with an \"annotations\" array", null);
        List<Annotation> read = new ArrayList<>();
        List<AnnotationProblem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String id = item.hasNonNull("id") ? item.get("id").asText() : null;
            try {
                read.add(fromNode(item));
            } catch (FieldException e) {
                problems.add(new AnnotationProblem(source, i + 1, id, e.field, e.getMessage()));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(new AnnotationProblem(source, i + 1, id, null, e.getMessage()));
            }
        }
        return new Loaded(read, problems);
    }

    private static ObjectNode toNode(Annotation a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", a.id());
        if (a instanceof Annotation.Label l) {
            n.put("type", "label");
            putPoint(n, "at", l.at());
        } else if (a instanceof Annotation.Arrow ar) {
            n.put("type", "arrow");
            putPoint(n, "from", ar.from());
            putPoint(n, "to", ar.to());
        } else if (a instanceof Annotation.Circle c) {
            n.put("type", "circle");
            putPoint(n, "center", c.center());
            n.put("radiusKm", c.radiusKm());
        } else if (a instanceof Annotation.Area ar) {
            n.put("type", "area");
            ArrayNode ring = n.putArray("ring");
            for (LonLat p : ar.ring()) ring.addArray().add(p.lon()).add(p.lat());
        } else if (a instanceof Annotation.Distance d) {
            n.put("type", "distance");
            putPoint(n, "from", d.from());
            putPoint(n, "to", d.to());
        }
        if (!a.text().isEmpty()) n.put("text", a.text());
        return n;
    }

    private static void putPoint(ObjectNode n, String field, LonLat p) {
        n.putArray(field).add(p.lon()).add(p.lat());
    }

    private static Annotation fromNode(JsonNode n) throws FieldException {
        if (!n.isObject()) throw new FieldException(null, "expected an object");
        String id = text(n, "id", true);
        String type = text(n, "type", true);
        String text = text(n, "text", false);
        return switch (type) {
            case "label" -> new Annotation.Label(id, point(n, "at"), text);
            case "arrow" -> new Annotation.Arrow(id, point(n, "from"), point(n, "to"), text);
            case "circle" -> new Annotation.Circle(id, point(n, "center"), number(n, "radiusKm"), text);
            case "area" -> new Annotation.Area(id, ring(n), text);
            case "distance" -> new Annotation.Distance(id, point(n, "from"), point(n, "to"), text);
            default ->
                throw new FieldException(
                        "type", "unknown type \"" + type + "\" (expected label, arrow, circle, area or distance)");
        };
    }

    private static String text(JsonNode n, String field, boolean required) throws FieldException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            if (required) throw new FieldException(field, "is missing");
            return "";
        }
        if (!v.isTextual()) throw new FieldException(field, "expected a string, got " + v);
        return v.asText();
    }

    private static double number(JsonNode n, String field) throws FieldException {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) throw new FieldException(field, "expected a number, got " + v);
        return v.asDouble();
    }

    private static LonLat point(JsonNode n, String field) throws FieldException {
        return toPoint(n.get(field), field);
    }

    private static LonLat toPoint(JsonNode v, String field) throws FieldException {
        if (v == null
                || !v.isArray()
                || v.size() != 2
                || !v.get(0).isNumber()
                || !v.get(1).isNumber()) throw new FieldException(field, "expected [lon, lat], got " + v);
        try {
            return new LonLat(v.get(0).asDouble(), v.get(1).asDouble());
        } catch (IllegalArgumentException e) {
            throw new FieldException(field, e.getMessage());
        }
    }

    private static List<LonLat> ring(JsonNode n) throws FieldException {
        JsonNode v = n.get("ring");
        if (v == null || !v.isArray()) throw new FieldException("ring", "expected an array of [lon, lat]");
        List<LonLat> ring = new ArrayList<>(v.size());
        for (JsonNode p : v) ring.add(toPoint(p, "ring"));
        return ring;
    }

    /** A bad field of one record; caught per record so the rest of the file still loads. */
    private static final class FieldException extends Exception {
        private static final long serialVersionUID = 1L;
        final String field;

        FieldException(String field, String message) {
            super(message);
            this.field = field;
        }
    }
}
