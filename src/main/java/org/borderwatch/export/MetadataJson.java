package org.borderwatch.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.borderwatch.analysis.GroundSafetyZone;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.AnnotationFileException;
import org.borderwatch.map.AnnotationJson;

/**
 * The parameters of an export as one JSON object, stored in the file's metadata (PNG iTXt chunk,
 * SVG {@code <metadata>}, PDF document info) and read back by {@code export --from-metadata}.
 */
final class MetadataJson {
    /** The PNG keyword, SVG element and PDF info key the JSON is stored under. */
    static final String KEY = "BorderWatchExport";

    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private MetadataJson() {}

    static String write(ExportRequest r, ExportFacts facts) {
        ObjectNode n = JSON.createObjectNode();
        n.put("borderwatchExport", VERSION);
        n.put("appVersion", facts.appVersion());
        n.put("exportedAt", facts.exportedAt().toString());
        ObjectNode e = n.putObject("extent");
        e.put("minX", r.extent().minX())
                .put("minY", r.extent().minY())
                .put("maxX", r.extent().maxX())
                .put("maxY", r.extent().maxY())
                .put("inDisplayCrs", r.extent().inDisplayCrs());
        n.put("crs", r.crs());
        n.put("size", r.size().name());
        n.put("widthPx", r.size().widthPx());
        n.put("heightPx", r.size().heightPx());
        n.put("dpi", r.size().dpi());
        n.put("format", r.format().extension());
        n.put("title", facts.title());
        n.put("subtitle", facts.subtitle());
        n.put("titleGiven", r.title() != null);
        n.put("subtitleGiven", r.subtitle() != null);
        if (r.from() != null) n.put("from", r.from().toString());
        if (r.to() != null) n.put("to", r.to().toString());
        ArrayNode kinds = n.putArray("kinds");
        r.kinds().stream().sorted().forEach(k -> kinds.add(k.jsonName()));
        ArrayNode categories = n.putArray("categories");
        new TreeSet<>(r.categories()).forEach(categories::add);
        ArrayNode actors = n.putArray("actors");
        new TreeSet<>(r.actors()).forEach(actors::add);
        ArrayNode confidences = n.putArray("confidences");
        r.confidences().stream().sorted().forEach(c -> confidences.add(c.jsonName()));
        if (!r.text().isEmpty()) n.put("text", r.text());
        ArrayNode layers = n.putArray("layers");
        r.layers().forEach(layers::add);
        ArrayNode selected = n.putArray("selectedIds");
        r.selectedIds().forEach(selected::add);
        n.put("eventsShown", facts.eventsShown());
        if (r.store() != null) n.put("store", r.store());
        if (r.storeSha256() != null) n.put("storeSha256", r.storeSha256());
        if (r.crossings() != null) n.put("crossings", r.crossings());
        n.put("gsz", r.gsz());
        if (!r.inGsz().isEmpty()) {
            ArrayNode inGsz = n.putArray("inGsz");
            r.inGsz().stream().sorted().forEach(m -> inGsz.add(m.csvName()));
        }
        if (r.allUncertainty()) n.put("allUncertainty", true);
        if (r.names() != null) n.put("names", r.names());
        if (r.compares()) {
            ArrayNode compare = n.putArray("compare");
            r.compare().forEach(d -> compare.add(d.toString()));
        }
        try {
            n.set(
                    "annotations",
                    JSON.readTree(AnnotationJson.write(r.annotations())).get("annotations"));
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("annotations written by AnnotationJson failed to parse back", ex);
        }
    }

    private static Set<GroundSafetyZone.Membership> inGsz(JsonNode n) {
        Set<GroundSafetyZone.Membership> kept = EnumSet.noneOf(GroundSafetyZone.Membership.class);
        for (JsonNode m : n.path("inGsz"))
            kept.add(GroundSafetyZone.Membership.valueOf(m.asText().toUpperCase(Locale.ROOT)));
        return kept;
    }

    private static List<java.time.LocalDate> compare(JsonNode n) {
        List<java.time.LocalDate> days = new java.util.ArrayList<>();
        for (JsonNode d : n.path("compare")) days.add(java.time.LocalDate.parse(d.asText()));
        return days;
    }

    /**
     * The request recorded in an export's metadata, writing to {@code out}.
     *
     * @throws ExportException naming {@code source} and the field when the JSON is not BorderWatch's
     */
    static ExportRequest read(String text, Path source, Path out, boolean overwrite) throws ExportException {
        JsonNode n;
        try {
            n = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ExportException(source, "export metadata is not valid JSON", e);
        }
        if (n == null || !n.has("borderwatchExport"))
            throw new ExportException(source, "metadata " + KEY + " is not a BorderWatch export record", null);
        try {
            JsonNode e = required(n, "extent", source);
            Extent extent = new Extent(
                    e.path("minX").asDouble(),
                    e.path("minY").asDouble(),
                    e.path("maxX").asDouble(),
                    e.path("maxY").asDouble(),
                    e.path("inDisplayCrs").asBoolean());
            PageSize size = PageSize.parse(required(n, "size", source).asText());
            Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
            for (JsonNode k : n.path("kinds"))
                kinds.add(EventKind.valueOf(k.asText().toUpperCase(Locale.ROOT)));
            Set<String> categories = new TreeSet<>();
            n.path("categories").forEach(c -> categories.add(c.asText()));
            Set<String> actors = new TreeSet<>(strings(n.path("actors")));
            Set<Confidence> confidences = EnumSet.noneOf(Confidence.class);
            for (JsonNode c : n.path("confidences")) confidences.add(Confidence.fromJson(c.asText()));
            List<String> layers = strings(n.path("layers"));
            List<String> selected = strings(n.path("selectedIds"));
            List<Annotation> annotations = annotations(n.path("annotations"), source);
            return new ExportRequest(
                    extent,
                    n.path("crs").asText(null),
                    size,
                    ExportFormat.ofFile(out),
                    n.path("titleGiven").asBoolean(true) ? n.path("title").asText(null) : null,
                    n.path("subtitleGiven").asBoolean(true) ? n.path("subtitle").asText(null) : null,
                    date(n, "from"),
                    date(n, "to"),
                    kinds,
                    categories,
                    actors,
                    confidences,
                    n.path("text").asText(""),
                    layers,
                    selected,
                    annotations,
                    n.path("store").asText(null),
                    n.path("storeSha256").asText(null),
                    out,
                    overwrite,
                    n.path("crossings").asText(null),
                    n.path("gsz").asBoolean(false),
                    compare(n),
                    inGsz(n),
                    n.path("allUncertainty").asBoolean(false),
                    n.path("names").asText(null));
        } catch (IllegalArgumentException | DateTimeParseException ex) {
            throw new ExportException(source, "export metadata: " + ex.getMessage(), ex);
        }
    }

    private static JsonNode required(JsonNode n, String field, Path source) throws ExportException {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) throw new ExportException(source, "export metadata has no field " + field, null);
        return v;
    }

    private static LocalDate date(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : LocalDate.parse(v.asText());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static List<Annotation> annotations(JsonNode array, Path source) throws ExportException {
        if (array.isMissingNode()) return List.of();
        ObjectNode wrapper = JSON.createObjectNode();
        wrapper.set("annotations", array);
        try {
            AnnotationJson.Loaded loaded = AnnotationJson.read(JSON.writeValueAsString(wrapper), source + " metadata");
            if (!loaded.problems().isEmpty())
                throw new ExportException(
                        source, "annotations in metadata: " + loaded.problems().get(0), null);
            return loaded.annotations();
        } catch (JsonProcessingException | AnnotationFileException e) {
            throw new ExportException(source, "annotations in metadata cannot be read: " + e.getMessage(), e);
        }
    }
}
