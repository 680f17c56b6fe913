package org.borderwatch.map.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks a catalogue file: first against the JSON Schema (types, required fields, colours, enums),
 * then what a schema cannot say (names unique, scale ranges and steps in order, filters that parse, the
 * layer's file present). Each problem names the file, the layer and the field.
 */
final class CatalogueReader {

    private static final String SCHEMA_RESOURCE = "catalogue.schema.json";
    private static final Pattern LAYER_POINTER = Pattern.compile("^/layers/(\\d+)(/.*)?$");

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonSchema schema;

    CatalogueReader() {
        try (InputStream in = CatalogueReader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null)
                throw new IOException("schema resource " + SCHEMA_RESOURCE + " is missing from the classpath");
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(mapper.readTree(in), config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the layer catalogue schema", e);
        }
    }

    Catalogue read(Path file) throws IOException {
        if (!Files.isRegularFile(file))
            return new Catalogue(file, Catalogue.DEFAULT_BACKGROUND, List.of(), List.of(), Set.of());
        return read(file, Files.readAllBytes(file), file.toAbsolutePath().getParent());
    }

    /** The catalogue in {@code bytes}, called {@code file} in messages, whose sources lie in {@code folder}. */
    Catalogue read(Path file, byte[] bytes, Path folder) {
        JsonNode root;
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            // JSON is UTF-8 (RFC 8259); left to guess, Jackson would take stray zero bytes for UTF-32 and fail outside
            // its own exceptions
            return new Catalogue(
                    file,
                    Catalogue.DEFAULT_BACKGROUND,
                    List.of(),
                    List.of(new CatalogueProblem(file, null, null, "the file is not UTF-8 text")),
                    Set.of());
        }
        try {
            root = mapper.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new Catalogue(
                    file,
                    Catalogue.DEFAULT_BACKGROUND,
                    List.of(),
                    List.of(new CatalogueProblem(
                            file, null, null, "invalid JSON" + where + ": " + e.getOriginalMessage())),
                    Set.of());
        }
        List<CatalogueProblem> problems = new ArrayList<>();
        Map<Integer, List<CatalogueProblem>> byLayer = new LinkedHashMap<>();
        JsonNode layers = root.path("layers");
        boolean badBackground = false;
        for (ValidationMessage m : mostSpecific(schema.validate(root))) {
            String pointer = m.getInstanceLocation().toString();
            Matcher lm = LAYER_POINTER.matcher(pointer);
            if (lm.matches()) {
                int index = Integer.parseInt(lm.group(1));
                byLayer.computeIfAbsent(index, k -> new ArrayList<>())
                        .add(new CatalogueProblem(
                                file, layerName(layers.get(index), index), field(lm.group(2)), m.getError()));
            } else {
                if (pointer.startsWith("/background")) badBackground = true;
                problems.add(new CatalogueProblem(file, null, pointer, m.getError()));
            }
        }
        Color background = badBackground || !root.path("background").isTextual()
                ? Catalogue.DEFAULT_BACKGROUND
                : CatalogueStyle.colour(root.get("background"));
        List<CatalogueLayer> good = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<Path> claimed = new HashSet<>();
        // a 'layers' that is not an array is the schema's problem; its members are not entries
        for (int i = 0; i < (layers.isArray() ? layers.size() : 0); i++) {
            JsonNode entry = layers.get(i);
            if (entry.path("source").isTextual())
                claimed.add(folder.resolve(entry.get("source").asText()).normalize());
            List<CatalogueProblem> found = byLayer.getOrDefault(i, new ArrayList<>());
            if (found.isEmpty()) found.addAll(check(file, folder, entry, layerName(entry, i), names));
            problems.addAll(found);
            if (found.isEmpty()) good.add(new CatalogueLayer(entry, folder));
        }
        // stable: entries of equal order keep their file order
        good.sort(Comparator.comparingInt(CatalogueLayer::order));
        return new Catalogue(file, background, good, problems, claimed);
    }

    /** The checks beyond the schema, for an entry the schema accepted. */
    private List<CatalogueProblem> check(Path file, Path folder, JsonNode entry, String name, Set<String> names) {
        List<CatalogueProblem> found = new ArrayList<>();
        if (!names.add(name)) found.add(new CatalogueProblem(file, name, "/name", "another layer has the same name"));
        checkRange(file, name, entry, "", found);
        String source = entry.get("source").asText();
        boolean shp = source.toLowerCase(Locale.ROOT).endsWith(".shp");
        boolean vector = entry.get("kind").asText().equals("vector");
        if (shp != vector)
            found.add(new CatalogueProblem(
                    file,
                    name,
                    "/source",
                    "a " + entry.get("kind").asText() + " layer cannot be read from " + source
                            + (vector
                                    ? "; vector layers are shapefiles (.shp)"
                                    : "; raster layers are PNG, JPEG or GeoTIFF")));
        else if (!Files.isRegularFile(folder.resolve(source)))
            found.add(new CatalogueProblem(file, name, "/source", source + " is not in " + folder));
        JsonNode rules = entry.path("rules");
        for (int r = 0; r < rules.size(); r++) {
            JsonNode rule = rules.get(r);
            String at = "/rules/" + r;
            checkRange(file, name, rule, at, found);
            if (rule.has("filter"))
                parse(
                        file,
                        name,
                        at + "/filter",
                        () -> CatalogueStyle.filter(rule.get("filter").asText()),
                        found);
            if (rule.path("label").has("priority"))
                parse(
                        file,
                        name,
                        at + "/label/priority",
                        () -> CatalogueStyle.expression(
                                rule.get("label").get("priority").asText()),
                        found);
            checkSteps(file, name, rule, at, found);
            checkLineLabel(file, name, rule.path("label"), at + "/label", found);
        }
        return found;
    }

    private static void checkRange(Path file, String name, JsonNode node, String at, List<CatalogueProblem> found) {
        if (node.has("minScale")
                && node.has("maxScale")
                && node.get("minScale").asDouble() >= node.get("maxScale").asDouble())
            found.add(new CatalogueProblem(
                    file,
                    name,
                    at + "/maxScale",
                    "maxScale " + node.get("maxScale").asText() + " must be larger than minScale "
                            + node.get("minScale").asText()));
    }

    /** Steps by scale must rise, and only the last may leave out 'below'; stops must fall. */
    private static void checkSteps(Path file, String name, JsonNode node, String at, List<CatalogueProblem> found) {
        if (node.isObject() && node.path("stops").isArray()) {
            JsonNode stops = node.get("stops");
            for (int i = 1; i < stops.size(); i++) {
                double before = stops.get(i - 1).get("scale").asDouble();
                double now = stops.get(i).get("scale").asDouble();
                if (now >= before)
                    found.add(new CatalogueProblem(
                            file,
                            name,
                            at + "/stops/" + i + "/scale",
                            "stops must run from the largest scale denominator down: "
                                    + stops.get(i).get("scale").asText() + " after "
                                    + stops.get(i - 1).get("scale").asText()));
            }
            return;
        }
        if (node.isArray()
                && node.size() > 0
                && node.get(0).isObject()
                && node.get(0).has("px")) {
            double last = 0;
            for (int i = 0; i < node.size(); i++) {
                JsonNode step = node.get(i);
                if (!step.has("below")) {
                    if (i != node.size() - 1)
                        found.add(new CatalogueProblem(
                                file, name, at + "/" + i, "only the last step may leave out 'below'"));
                    continue;
                }
                double below = step.get("below").asDouble();
                if (below <= last)
                    found.add(new CatalogueProblem(
                            file, name, at + "/" + i + "/below", "steps must rise: " + below + " after " + last));
                last = below;
            }
            return;
        }
        if (node.isObject())
            node.fields().forEachRemaining(f -> checkSteps(file, name, f.getValue(), at + "/" + f.getKey(), found));
        else if (node.isArray())
            for (int i = 0; i < node.size(); i++) checkSteps(file, name, node.get(i), at + "/" + i, found);
    }

    /** What only a label along a line can use, named where a label of another placement has it. */
    private static void checkLineLabel(
            Path file, String name, JsonNode label, String at, List<CatalogueProblem> found) {
        if (label.isMissingNode() || label.path("placement").asText("point").equals("line")) return;
        for (String field : List.of("follow", "repeat", "maxBend", "shield"))
            if (label.has(field))
                found.add(new CatalogueProblem(
                        file,
                        name,
                        at + "/" + field,
                        "'" + field + "' applies to labels along lines; this label's placement is "
                                + label.path("placement").asText("point")));
    }

    private static void parse(Path file, String name, String at, Runnable parse, List<CatalogueProblem> found) {
        try {
            parse.run();
        } catch (IllegalArgumentException e) {
            found.add(new CatalogueProblem(file, name, at, e.getMessage()));
        }
    }

    private static String layerName(JsonNode entry, int index) {
        JsonNode name = entry == null ? null : entry.get("name");
        return name != null && name.isTextual() && !name.asText().isBlank() ? name.asText() : "layers[" + index + "]";
    }

    private static String field(String rest) {
        return rest == null ? "" : rest;
    }

    /**
     * The messages in pointer order, without those about a value that another message looks inside: a wrong
     * colour in a stroke that may be one object or a list also fails 'oneOf' and 'type' on the stroke itself,
     * and only the colour is news to the reader.
     */
    private static List<ValidationMessage> mostSpecific(Set<ValidationMessage> messages) {
        // the locations that start with a prefix follow it directly in sorted order: one look per message, not a scan
        TreeSet<String> locations = new TreeSet<>();
        for (ValidationMessage m : messages)
            locations.add(m.getInstanceLocation().toString());
        List<ValidationMessage> list = new ArrayList<>();
        for (ValidationMessage m : messages) {
            String at = m.getInstanceLocation().toString() + "/";
            String next = locations.ceiling(at);
            if (next == null || !next.startsWith(at)) list.add(m);
        }
        list.sort(Comparator.comparing(
                        (ValidationMessage m) -> m.getInstanceLocation().toString())
                .thenComparing(ValidationMessage::getError));
        return list;
    }
}
