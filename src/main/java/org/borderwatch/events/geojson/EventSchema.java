package org.borderwatch.events.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.FailFastAssertionException;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.borderwatch.events.RecordProblem;

/**
 * The JSON Schema of the store (data/events.schema.json, draft 2020-12), checked with networknt's validator.
 * A store is checked one feature at a time as it streams past, so a file of any size can be validated.
 * Arrays are checked on their first {@value #CHECKED_ITEMS} items only: a feature whose {@code sources} holds
 * a million wrong items would otherwise cost a million messages; the rest are counted and reported as unchecked.
 */
public final class EventSchema {

    private static final String RESOURCE = "events.schema.json";
    /** Items of one array (or members of one object) checked against the schema; real features hold a few dozen. */
    static final int CHECKED_ITEMS = 1000;
    /**
     * Problems reported in full; past them each feature is checked only up to its first problem, so a file with a
     * fault in every feature is checked in one pass of the cheapest kind.
     */
    public static final int DETAILED_PROBLEMS = 1000;

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonSchema collection;
    private final JsonSchema feature;

    /**
     * Loads the schema from the classpath.
     *
     * @throws UncheckedIOException if the schema resource is missing or unreadable (a broken build)
     */
    public EventSchema() {
        try (InputStream in = EventSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IOException("schema resource " + RESOURCE + " is missing from the classpath");
            JsonNode root = mapper.readTree(in);
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .build();
            collection = factory.getSchema(root, config);
            ObjectNode featureOnly = mapper.createObjectNode();
            featureOnly.put("$schema", root.get("$schema").asText());
            featureOnly.set("$defs", root.get("$defs"));
            featureOnly.put("$ref", "#/$defs/feature");
            feature = factory.getSchema(featureOnly, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the event store schema", e);
        }
    }

    /**
     * Checks one store file against the schema, feature by feature, and returns every violation in file order.
     * A file that is not JSON yields one problem with the line and column.
     *
     * @throws IOException if the file cannot be read
     */
    public List<RecordProblem> check(Path file) throws IOException {
        List<RecordProblem> problems = new ArrayList<>();
        try (JsonParser p = mapper.getFactory().createParser(file.toFile())) {
            try {
                checkCollection(p, file, problems);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                problems.add(RecordProblem.ofFile(
                        file,
                        "invalid JSON at line " + at.getLineNr() + ", column " + at.getColumnNr() + ": "
                                + JsonErrors.describe(e)));
            }
        }
        return problems;
    }

    private void checkCollection(JsonParser p, Path file, List<RecordProblem> problems) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            problems.add(
                    RecordProblem.ofFile(file, "top level is not a JSON object; expected a GeoJSON FeatureCollection"));
            return;
        }
        ObjectNode top = mapper.createObjectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("features") && p.currentToken() == JsonToken.START_ARRAY) {
                top.putArray("features");
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    List<String> unchecked = new ArrayList<>();
                    JsonNode f = readCapped(p, null, unchecked);
                    String id = f.path("properties").path("id").isTextual()
                            ? f.path("properties").path("id").asText()
                            : null;
                    for (String u : unchecked) {
                        int cut = u.indexOf(' ');
                        problems.add(new RecordProblem(
                                file,
                                index,
                                id,
                                "/features/" + index + u.substring(0, cut),
                                u.substring(cut + 1),
                                RecordProblem.Severity.WARNING));
                    }
                    add(
                            problems,
                            validate(f, problems.size() >= DETAILED_PROBLEMS),
                            file,
                            index,
                            id,
                            "/features/" + index);
                    index++;
                }
            } else {
                top.set(name, mapper.readTree(p));
            }
        }
        add(problems, collection.validate(top), file, -1, null, "");
    }

    private java.util.Set<ValidationMessage> validate(JsonNode f, boolean firstOnly) {
        if (!firstOnly) return feature.validate(f);
        try {
            return feature.validate(f, context -> context.getExecutionConfig().setFailFast(true));
        } catch (FailFastAssertionException e) {
            return e.getValidationMessages();
        }
    }

    /**
     * Where a value lies below its feature: the parent's place and this value's member name or item index. The
     * pointer text is made only for a value that is cut, so deep nesting costs a link per level, not a string as
     * long as the path.
     */
    private record Place(Place parent, String member, int item) {
        String pointer() {
            List<Place> path = new ArrayList<>();
            for (Place at = this; at != null; at = at.parent) path.add(at);
            StringBuilder out = new StringBuilder();
            for (int i = path.size() - 1; i >= 0; i--) {
                Place at = path.get(i);
                out.append('/');
                if (at.member != null) out.append(at.member.replace("~", "~0").replace("/", "~1"));
                else out.append(at.item);
            }
            return out.toString();
        }
    }

    /**
     * The value at the parser as a tree, each array cut to its first {@value #CHECKED_ITEMS} items; for each cut
     * array, {@code unchecked} gets "POINTER message". Reading on skips the rest without building it.
     */
    private JsonNode readCapped(JsonParser p, Place at, List<String> unchecked) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            ObjectNode o = mapper.createObjectNode();
            long skipped = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (o.size() < CHECKED_ITEMS) {
                    o.set(name, readCapped(p, new Place(at, name, -1), unchecked));
                } else {
                    p.skipChildren();
                    skipped++;
                }
            }
            if (skipped > 0) {
                unchecked.add(pointer(at) + " object holds "
                        + String.format(java.util.Locale.ROOT, "%,d", CHECKED_ITEMS + skipped)
                        + " members; only the first " + String.format(java.util.Locale.ROOT, "%,d", CHECKED_ITEMS)
                        + " were checked against the schema");
            }
            return o;
        }
        if (t == JsonToken.START_ARRAY) {
            ArrayNode a = mapper.createArrayNode();
            long skipped = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (a.size() < CHECKED_ITEMS) {
                    a.add(readCapped(p, new Place(at, null, a.size()), unchecked));
                } else {
                    p.skipChildren();
                    skipped++;
                }
            }
            if (skipped > 0) {
                unchecked.add(pointer(at) + " array holds "
                        + String.format(java.util.Locale.ROOT, "%,d", CHECKED_ITEMS + skipped)
                        + " items; only the first " + String.format(java.util.Locale.ROOT, "%,d", CHECKED_ITEMS)
                        + " were checked against the schema");
            }
            return a;
        }
        return mapper.readTree(p);
    }

    private static String pointer(Place at) {
        return at == null ? "" : at.pointer();
    }

    private static void add(
            List<RecordProblem> to,
            java.util.Set<ValidationMessage> messages,
            Path file,
            int index,
            String id,
            String base) {
        messages.stream()
                .sorted(Comparator.comparing(m -> m.getInstanceLocation().toString()))
                .forEach(m -> {
                    String pointer = base + m.getInstanceLocation().toString();
                    to.add(new RecordProblem(file, index, id, pointer, m.getError()));
                });
    }
}
