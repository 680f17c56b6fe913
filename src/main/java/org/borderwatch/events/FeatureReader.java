package org.borderwatch.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one GeoJSON Feature of the store into an {@link Event}, checking each known property and keeping
 * unknown ones as JSON text. Throws {@link BadRecord} at the first unusable member, naming its JSON pointer.
 * Not thread-safe: one per load.
 */
final class FeatureReader {

    /** How deep an unknown property may nest before the record is refused. */
    static final int MAX_DEPTH = 64;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]+");

    /** A feature read: its event, and members of the Feature object besides type/geometry/properties. */
    record Read(Event event, Map<String, String> featureMembers) {}

    private final Interner interner;
    private final JsonFactory json;
    private final GeometryReader geometries = new GeometryReader();
    private String currentId;

    FeatureReader(Interner interner, JsonFactory json) {
        this.interner = interner;
        this.json = json;
    }

    /** The id of the feature being read, once its id member has been read; null before. */
    String currentId() {
        return currentId;
    }

    /** Reads the feature whose START_OBJECT is the current token; leaves the parser on its END_OBJECT. */
    Read read(JsonParser p, String at) throws IOException, BadRecord {
        currentId = null;
        if (p.currentToken() != JsonToken.START_OBJECT) throw new BadRecord(at, "feature must be an object, found " + describe(p));
        String type = null;
        GeometryReader.Read geometry = null;
        boolean hasGeometry = false;
        Props props = null;
        Map<String, String> members = Map.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "type" -> type = string(p, at + "/type");
                case "geometry" -> {
                    geometry = geometries.read(p, at + "/geometry");
                    hasGeometry = true;
                }
                case "properties" -> props = properties(p, at + "/properties");
                default -> {
                    if (members.isEmpty()) members = new LinkedHashMap<>();
                    members.put(name, raw(p, at + "/" + name));
                }
            }
        }
        if (!"Feature".equals(type))
            throw new BadRecord(at + "/type", type == null ? "feature has no type" : "type is \"" + type + "\", expected \"Feature\"");
        if (!hasGeometry) throw new BadRecord(at + "/geometry", "feature has no geometry");
        if (props == null) throw new BadRecord(at + "/properties", "feature has no properties");
        return new Read(props.build(geometry, at + "/properties"), members);
    }

    /** The fields of the properties object as read; required ones are checked in {@link #build}. */
    private final class Props {
        String id, category, title, summary, updated;
        EventKind kind;
        EventDate date, end;
        Place location;
        Precision precision;
        List<String> actors, tags;
        Casualties casualties;
        List<Equipment> equipment;
        List<Source> sources;
        Confidence confidence;
        Map<String, String> extra = Map.of();

        Event build(GeometryReader.Read g, String at) throws BadRecord {
            if (id == null) throw new BadRecord(at + "/id", "id is missing");
            if (kind == null) throw new BadRecord(at + "/kind", "kind is missing");
            if (category == null) throw new BadRecord(at + "/category", "category is missing");
            if (!kind.categories().contains(category))
                throw new BadRecord(at + "/category", "category \"" + category + "\" is not one of " + kind.jsonName()
                        + " categories " + kind.categories());
            if (title == null) throw new BadRecord(at + "/title", "title is missing");
            if (date == null) throw new BadRecord(at + "/date", "date is missing");
            if (end != null && end.day().isBefore(date.day()))
                throw new BadRecord(at + "/end", "end " + end + " is before date " + date);
            if (precision == null) throw new BadRecord(at + "/precision", "precision is missing");
            if (confidence == null) throw new BadRecord(at + "/confidence", "confidence is missing");
            if (sources == null || sources.isEmpty()) throw new BadRecord(at + "/sources", "sources are missing; name at least one");
            return new Event(id, kind, category, title, summary, date, end, location, g.lon(), g.lat(), g.shape(),
                    precision, actors == null ? List.of() : actors, casualties, equipment == null ? List.of() : equipment,
                    sources, confidence, tags == null ? List.of() : tags, updated, extra);
        }
    }

    private Props properties(JsonParser p, String at) throws IOException, BadRecord {
        if (p.currentToken() != JsonToken.START_OBJECT) throw new BadRecord(at, "properties must be an object, found " + describe(p));
        Props r = new Props();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String here = at + "/" + name;
            p.nextToken();
            switch (name) {
                case "id" -> {
                    r.id = string(p, here);
                    currentId = r.id;
                    if (!ID.matcher(r.id).matches())
                        throw new BadRecord(here, "id \"" + r.id + "\" may hold only letters, digits and . _ : -");
                }
                case "kind" -> r.kind = parsed(() -> EventKind.fromJson(string(p, here)), here);
                case "category" -> r.category = shared(p, here);
                case "title" -> r.title = nonBlank(p, here);
                case "summary" -> r.summary = string(p, here);
                case "date" -> r.date = date(p, here);
                case "end" -> r.end = date(p, here);
                case "location" -> r.location = place(p, here);
                case "precision" -> r.precision = precision(p, here);
                case "actors" -> r.actors = strings(p, here);
                case "tags" -> r.tags = strings(p, here);
                case "casualties" -> r.casualties = casualties(p, here);
                case "equipment" -> r.equipment = equipment(p, here);
                case "sources" -> r.sources = sources(p, here);
                case "confidence" -> r.confidence = parsed(() -> Confidence.fromJson(string(p, here)), here);
                case "updated" -> r.updated = shared(p, here);
                default -> {
                    if (r.extra.isEmpty()) r.extra = new LinkedHashMap<>();
                    r.extra.put(name, raw(p, here));
                }
            }
        }
        if (!r.extra.isEmpty()) r.extra = Collections.unmodifiableMap(r.extra);
        return r;
    }

    private interface Parse<T> {
        T get() throws IOException, BadRecord;
    }

    private static <T> T parsed(Parse<T> parse, String at) throws IOException, BadRecord {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new BadRecord(at, e.getMessage());
        }
    }

    private EventDate date(JsonParser p, String at) throws IOException, BadRecord {
        String text = string(p, at);
        EventDate d = parsed(() -> EventDate.parse(text), at);
        return interner.share(d);
    }

    private Place place(JsonParser p, String at) throws IOException, BadRecord {
        expect(p, JsonToken.START_OBJECT, at, "location must be an object");
        String place = null, municipality = null, country = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "place" -> place = optionalShared(p, at + "/place");
                case "municipality" -> municipality = optionalShared(p, at + "/municipality");
                case "country" -> country = optionalShared(p, at + "/country");
                default -> throw unknown(at, name, "place, municipality, country");
            }
        }
        return interner.share(new Place(place, municipality, country));
    }

    private Precision precision(JsonParser p, String at) throws IOException, BadRecord {
        expect(p, JsonToken.START_OBJECT, at, "precision must be an object");
        Precision.Level level = null;
        double radius = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "level" -> {
                    String text = string(p, at + "/level");
                    level = parsed(() -> Precision.Level.fromJson(text), at + "/level");
                }
                case "radius_km" -> {
                    if (!p.currentToken().isNumeric()) throw new BadRecord(at + "/radius_km", "radius_km must be a number, found " + describe(p));
                    radius = p.getDoubleValue();
                }
                default -> throw unknown(at, name, "level, radius_km");
            }
        }
        if (level == null) throw new BadRecord(at + "/level", "precision level is missing");
        Precision.Level l = level;
        double r = radius;
        return interner.share(parsed(() -> new Precision(l, r), at + "/radius_km"));
    }

    private Casualties casualties(JsonParser p, String at) throws IOException, BadRecord {
        expect(p, JsonToken.START_OBJECT, at, "casualties must be an object");
        Integer killed = null, injured = null, arrested = null;
        List<Casualties.SideCount> sides = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "killed" -> killed = count(p, at + "/killed");
                case "injured" -> injured = count(p, at + "/injured");
                case "arrested" -> arrested = count(p, at + "/arrested");
                case "by_side" -> sides = sides(p, at + "/by_side");
                default -> throw unknown(at, name, "killed, injured, arrested, by_side");
            }
        }
        return interner.share(new Casualties(killed, injured, arrested, sides));
    }

    private List<Casualties.SideCount> sides(JsonParser p, String at) throws IOException, BadRecord {
        expect(p, JsonToken.START_ARRAY, at, "by_side must be an array");
        List<Casualties.SideCount> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String here = at + "/" + out.size();
            expect(p, JsonToken.START_OBJECT, here, "each by_side entry must be an object");
            String side = null;
            Integer killed = null, injured = null, arrested = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "side" -> side = shared(p, here + "/side");
                    case "killed" -> killed = count(p, here + "/killed");
                    case "injured" -> injured = count(p, here + "/injured");
                    case "arrested" -> arrested = count(p, here + "/arrested");
                    default -> throw unknown(here, name, "side, killed, injured, arrested");
                }
            }
            if (side == null) throw new BadRecord(here + "/side", "side is missing");
            out.add(new Casualties.SideCount(side, killed, injured, arrested));
        }
        return List.copyOf(out);
    }

    private List<Equipment> equipment(JsonParser p, String at) throws IOException, BadRecord {
        expect(p, JsonToken.START_ARRAY, at, "equipment must be an array");
        List<Equipment> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String here = at + "/" + out.size();
            expect(p, JsonToken.START_OBJECT, here, "each equipment entry must be an object");
            String type = null, model = null;
            Integer count = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "type" -> type = shared(p, here + "/type");
                    case "model" -> model = optionalShared(p, here + "/model");
                    case "count" -> count = count(p, here + "/count");
                    default -> throw unknown(here, name, "type, model, count");
                }
            }
            if (type == null || type.isBlank()) throw new BadRecord(here + "/type", "equipment type is missing");
            out.add(interner.share(new Equipment(type, model, count)));
        }
        return interner.share(List.copyOf(out));
    }

    private List<Source> sources(JsonParser p, String at) throws IOException, BadRecord {
        expect(p, JsonToken.START_ARRAY, at, "sources must be an array");
        List<Source> out = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String here = at + "/" + out.size();
            expect(p, JsonToken.START_OBJECT, here, "each source must be an object");
            String publisher = null, title = null, url = null, date = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "publisher" -> publisher = optionalShared(p, here + "/publisher");
                    case "title" -> title = optionalString(p, here + "/title");
                    case "url" -> url = string(p, here + "/url");
                    case "date" -> date = optionalShared(p, here + "/date");
                    default -> throw unknown(here, name, "publisher, title, url, date");
                }
            }
            if (url == null || url.isBlank()) throw new BadRecord(here + "/url", "source url is missing");
            if (!url.startsWith("https://") && !url.startsWith("http://"))
                throw new BadRecord(here + "/url", "source url \"" + url + "\" is not an http(s) address");
            out.add(new Source(publisher, title, url, date));
        }
        return List.copyOf(out);
    }

    private List<String> strings(JsonParser p, String at) throws IOException, BadRecord {
        expect(p, JsonToken.START_ARRAY, at, "expected an array of strings");
        List<String> out = new ArrayList<>(4);
        while (p.nextToken() != JsonToken.END_ARRAY) out.add(shared(p, at + "/" + out.size()));
        return interner.share(List.copyOf(out));
    }

    private static Integer count(JsonParser p, String at) throws IOException, BadRecord {
        if (p.currentToken() == JsonToken.VALUE_NULL) return null;
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) throw new BadRecord(at, "count must be a whole number or null, found " + describe(p));
        if (p.getNumberType() != JsonParser.NumberType.INT) throw new BadRecord(at, "count " + p.getText() + " is too large");
        int n = p.getIntValue();
        if (n < 0) throw new BadRecord(at, "count must be 0 or more, found " + n);
        return n;
    }

    private static void expect(JsonParser p, JsonToken token, String at, String message) throws BadRecord {
        if (p.currentToken() != token) throw new BadRecord(at, message + ", found " + describe(p));
    }

    private static BadRecord unknown(String at, String name, String allowed) {
        return new BadRecord(at + "/" + name, "unknown member \"" + name + "\" (allowed: " + allowed + ")");
    }

    private static String string(JsonParser p, String at) throws IOException, BadRecord {
        if (p.currentToken() != JsonToken.VALUE_STRING) throw new BadRecord(at, "expected a string, found " + describe(p));
        return p.getText();
    }

    private static String nonBlank(JsonParser p, String at) throws IOException, BadRecord {
        String s = string(p, at);
        if (s.isBlank()) throw new BadRecord(at, "must not be blank");
        return s;
    }

    private static String optionalString(JsonParser p, String at) throws IOException, BadRecord {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : string(p, at);
    }

    private String shared(JsonParser p, String at) throws IOException, BadRecord {
        return interner.share(string(p, at));
    }

    private String optionalShared(JsonParser p, String at) throws IOException, BadRecord {
        return interner.share(optionalString(p, at));
    }

    /** The current value as compact JSON text, refusing nesting deeper than {@link #MAX_DEPTH}. */
    private String raw(JsonParser p, String at) throws IOException, BadRecord {
        if (p.currentToken().isScalarValue()) return scalarText(p);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            int depth = 0;
            JsonToken t = p.currentToken();
            do {
                if (t.isStructStart() && ++depth > MAX_DEPTH) {
                    p.skipChildren();
                    throw new BadRecord(at, "value is nested deeper than " + MAX_DEPTH + " levels");
                }
                if (t.isStructEnd()) depth--;
                g.copyCurrentEvent(p);
                if (depth == 0) break;
                t = p.nextToken();
            } while (true);
        }
        return out.toString();
    }

    private String scalarText(JsonParser p) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.copyCurrentEvent(p);
        }
        return out.toString();
    }

    /** The current token in words, for messages: {@code a string "x"}, {@code a number 3}, {@code an array}. */
    static String describe(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) return "the end of the file";
        try {
            return switch (t) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case VALUE_STRING -> "a string \"" + abbreviate(p.getText()) + "\"";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number " + p.getText();
                case VALUE_TRUE, VALUE_FALSE -> "a boolean " + p.getText();
                case VALUE_NULL -> "null";
                default -> t.toString();
            };
        } catch (IOException e) {
            return t.toString();
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
