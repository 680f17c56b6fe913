package org.borderwatch.crossings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.events.RecordProblem;
import org.borderwatch.events.model.Source;

/**
 * Reads a crossings file (data/crossings.geojson, format data/crossings.schema.json). Each feature is checked
 * against the schema, then for what a schema cannot say (real dates, intervals in order and not overlapping,
 * unique ids); a feature with any fault is skipped and reported with its index, id and JSON pointer, and the rest
 * load. Reusable and thread-safe once built.
 */
public final class CrossingsReader {

    private static final String SCHEMA = "crossings.schema.json";

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonSchema collection;
    private final JsonSchema feature;

    /**
     * Loads the schema from the classpath.
     *
     * @throws UncheckedIOException if the schema resource is missing (a broken build)
     */
    public CrossingsReader() {
        try (InputStream in = CrossingsReader.class.getResourceAsStream(SCHEMA)) {
            if (in == null) throw new IOException("schema resource " + SCHEMA + " is missing from the classpath");
            JsonNode root = mapper.readTree(in);
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .build();
            ObjectNode top = root.deepCopy();
            // features are checked one at a time against the feature schema, so the collection schema checks the rest
            ((ObjectNode) top.get("properties")).putObject("features").put("type", "array");
            collection = factory.getSchema(top, config);
            ObjectNode featureOnly = mapper.createObjectNode();
            featureOnly.put("$schema", root.get("$schema").asText());
            featureOnly.set("$defs", root.get("$defs"));
            featureOnly.put("$ref", "#/$defs/feature");
            feature = factory.getSchema(featureOnly, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the crossings schema", e);
        }
    }

    /**
     * Reads every crossing of {@code file}; records with faults are skipped and listed.
     *
     * @throws IOException naming the file if it cannot be read, is not JSON or is not a FeatureCollection
     */
    public CrossingsLoad read(Path file) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IOException(
                    file.getFileName() + ": invalid JSON at line "
                            + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(),
                    e);
        }
        if (root == null
                || !root.isObject()
                || !"FeatureCollection".equals(root.path("type").asText())
                || !root.path("features").isArray())
            throw new IOException(file.getFileName() + ": not a GeoJSON FeatureCollection with a features array");
        List<RecordProblem> problems = new ArrayList<>();
        ObjectNode top = root.deepCopy();
        top.remove("features");
        top.putArray("features");
        add(problems, collection.validate(top), file, -1, null, "");
        List<Crossing> crossings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        JsonNode features = root.get("features");
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            JsonNode idNode = f.path("properties").path("id");
            String id = idNode.isTextual() ? idNode.asText() : null;
            String base = "/features/" + i;
            int before = problems.size();
            add(problems, feature.validate(f), file, i, id, base);
            if (problems.size() > before) continue;
            if (!ids.add(id)) {
                problems.add(new RecordProblem(
                        file, i, id, base + "/properties/id", "duplicate id; an earlier crossing has it"));
                continue;
            }
            try {
                crossings.add(crossing(f, base));
            } catch (BadField e) {
                problems.add(new RecordProblem(file, i, id, e.pointer, e.getMessage()));
            }
        }
        return new CrossingsLoad(file, crossings, problems);
    }

    private static Crossing crossing(JsonNode f, String base) throws BadField {
        JsonNode p = f.get("properties");
        String props = base + "/properties";
        JsonNode c = f.get("geometry").get("coordinates");
        JsonNode n = p.get("names");
        List<String> other = new ArrayList<>();
        n.path("other").forEach(o -> other.add(o.asText()));
        CrossingNames names = new CrossingNames(
                n.get("sr_latn").asText(),
                n.get("sr_cyrl").asText(),
                n.get("sq").asText(),
                other);
        JsonNode pos = p.get("position");
        Position position = new Position(
                Position.Level.fromJson(pos.get("level").asText()),
                pos.get("radius_km").asDouble(),
                pos.get("basis").asText(),
                sources(pos.get("sources")));
        List<String> whereParts = new ArrayList<>();
        JsonNode loc = p.path("location");
        for (String key : List.of("road", "kosovo", "serbia"))
            if (loc.path(key).isTextual())
                whereParts.add(
                        key.equals("road")
                                ? loc.get(key).asText() + " road"
                                : (key.equals("kosovo") ? "Kosovo side: " : "Serbia side: ")
                                        + loc.get(key).asText());
        List<StatusInterval> history = new ArrayList<>();
        JsonNode h = p.get("history");
        LocalDate previousUntil = null;
        for (int k = 0; k < h.size(); k++) {
            JsonNode iv = h.get(k);
            String at = props + "/history/" + k;
            LocalDate from = date(iv, "from", at);
            LocalDate until = date(iv, "until", at);
            if (!until.isAfter(from))
                throw new BadField(at + "/until", "until (" + until + ") must be after from (" + from + ")");
            if (previousUntil != null && from.isBefore(previousUntil))
                throw new BadField(
                        at + "/from",
                        "starts (" + from + ") before the previous interval ends (" + previousUntil
                                + "); intervals must be in order and must not overlap");
            previousUntil = until;
            history.add(new StatusInterval(
                    from,
                    until,
                    CrossingStatus.fromJson(iv.get("status").asText()),
                    text(iv, "by"),
                    iv.has("side") ? StatusInterval.Side.fromJson(iv.get("side").asText()) : null,
                    iv.get("summary").asText(),
                    text(iv, "disagreements"),
                    sources(iv.get("sources"))));
        }
        return new Crossing(
                p.get("id").asText(),
                names,
                c.get(0).asDouble(),
                c.get(1).asDouble(),
                position,
                String.join("; ", whereParts),
                history);
    }

    private static LocalDate date(JsonNode interval, String field, String at) throws BadField {
        String text = interval.get(field).asText();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadField(at + "/" + field, "not a real date: \"" + text + "\"");
        }
    }

    private static String text(JsonNode node, String field) {
        return node.path(field).isTextual() ? node.get(field).asText() : null;
    }

    private static List<Source> sources(JsonNode array) {
        List<Source> out = new ArrayList<>();
        for (JsonNode s : array)
            out.add(new Source(s.get("publisher").asText(), null, s.get("url").asText(), text(s, "date")));
        return out;
    }

    private static void add(
            List<RecordProblem> to, Set<ValidationMessage> messages, Path file, int index, String id, String base) {
        messages.stream()
                .sorted(Comparator.comparing(m -> m.getInstanceLocation().toString()))
                .forEach(m -> to.add(new RecordProblem(file, index, id, base + m.getInstanceLocation(), m.getError())));
    }

    /** A field the schema allows but the model cannot take; carries its JSON pointer. */
    private static final class BadField extends Exception {
        private static final long serialVersionUID = 1L;
        final String pointer;

        BadField(String pointer, String message) {
            super(message);
            this.pointer = pointer;
        }
    }
}
