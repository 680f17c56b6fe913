package org.borderwatch.events.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.events.BadRecord;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.DatePrecision;
import org.borderwatch.events.model.Equipment;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.PlaceAlternative;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;

/**
 * Reads one GeoJSON Feature of the store into an {@link Event}, checking each known property and keeping
 * unknown ones as JSON text. Throws {@link BadRecord} at the first unusable member, naming its JSON pointer.
 * Not thread-safe: one per load.
 */
final class FeatureReader {

    /** How deep an unknown property may nest before the record is refused. */
    static final int MAX_DEPTH = 64;
    /** Members BorderWatch does not know, kept per feature or per properties object; more is not a record but a dump. */
    static final int MAX_UNKNOWN_MEMBERS = 1000;

    /** A feature read: its event, and members of the Feature object besides type/geometry/properties. */
    record Read(Event event, Map<String, String> featureMembers) {}

    private final Interner interner;
    private final JsonFactory json;
    private final GeometryReader geometries = new GeometryReader();
    private final StringTable strings = new StringTable();
    private final Map<String, EventDate> dates = new HashMap<>();
    private String currentId;

    FeatureReader(Interner interner, JsonFactory json) {
        this.interner = interner;
        this.json = json;
    }

    /** The id of the feature being read, once its id member has been read; null before. */
    String currentId() {
        return currentId;
    }

    /**
     * Reads the feature whose START_OBJECT is the current token; leaves the parser on its END_OBJECT.
     * Pointers in problems come from the parser's own path, so none is built unless something is wrong.
     */
    Read read(JsonParser p) throws IOException, BadRecord {
        currentId = null;
        if (p.currentToken() != JsonToken.START_OBJECT)
            throw new BadRecord(here(p), "feature must be an object, found " + describe(p));
        String type = null;
        GeometryReader.Read geometry = null;
        boolean hasGeometry = false;
        EventFields props = null;
        Map<String, String> members = Map.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "type" -> type = string(p);
                case "geometry" -> {
                    geometry = geometries.read(p);
                    hasGeometry = true;
                }
                case "properties" -> props = properties(p);
                default -> {
                    if (members.isEmpty()) members = new LinkedHashMap<>();
                    if (members.size() == MAX_UNKNOWN_MEMBERS) throw tooManyUnknown(p);
                    members.put(name, raw(p));
                }
            }
        }
        if (!"Feature".equals(type))
            throw new BadRecord(
                    here(p) + "/type",
                    type == null ? "feature has no type" : "type is \"" + type + "\", expected \"Feature\"");
        if (!hasGeometry) throw new BadRecord(here(p) + "/geometry", "feature has no geometry");
        if (props == null) throw new BadRecord(here(p) + "/properties", "feature has no properties");
        EventFields.Problem bad = props.problem();
        // pointers to missing members are built only when one is missing
        if (bad != null) throw new BadRecord(here(p) + "/properties/" + bad.member(), bad.message());
        return new Read(props.toEvent(geometry.lon(), geometry.lat(), geometry.shape()), members);
    }

    private EventFields properties(JsonParser p) throws IOException, BadRecord {
        if (p.currentToken() != JsonToken.START_OBJECT)
            throw new BadRecord(here(p), "properties must be an object, found " + describe(p));
        EventFields r = new EventFields();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "id" -> {
                    r.id = string(p);
                    currentId = r.id;
                    if (!isId(r.id))
                        throw new BadRecord(here(p), "id \"" + r.id + "\" may hold only letters, digits and . _ : -");
                }
                case "kind" -> r.kind = parsed(p, () -> EventKind.fromJson(string(p)));
                case "category" -> r.category = shared(p);
                case "title" -> r.title = nonBlank(p);
                case "summary" -> r.summary = string(p);
                case "date" -> r.date = date(p);
                case "end" -> r.end = date(p);
                case "date_precision" -> r.datePrecision = parsed(p, () -> DatePrecision.fromJson(string(p)));
                case "location" -> r.location = place(p);
                case "precision" -> r.precision = precision(p);
                case "actors" -> r.actors = strings(p);
                case "tags" -> r.tags = strings(p);
                case "casualties" -> r.casualties = casualties(p);
                case "equipment" -> r.equipment = equipment(p);
                case "sources" -> r.sources = sources(p);
                case "confidence" -> r.confidence = parsed(p, () -> Confidence.fromJson(string(p)));
                case "updated" -> r.updated = date(p).text();
                default -> {
                    if (r.extra.isEmpty()) r.extra = new LinkedHashMap<>();
                    if (r.extra.size() == MAX_UNKNOWN_MEMBERS) throw tooManyUnknown(p);
                    r.extra.put(name, raw(p));
                }
            }
        }
        if (!r.extra.isEmpty()) r.extra = Collections.unmodifiableMap(r.extra);
        return r;
    }

    private static BadRecord tooManyUnknown(JsonParser p) {
        return new BadRecord(
                here(p),
                "more than " + MAX_UNKNOWN_MEMBERS + " members BorderWatch does not know; the feature is"
                        + " kept in the file but not loaded");
    }

    private interface Parse<T> {
        T get() throws IOException, BadRecord;
    }

    private static <T> T parsed(JsonParser p, Parse<T> parse) throws IOException, BadRecord {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new BadRecord(here(p), e.getMessage());
        }
    }

    /** The JSON pointer of the parser's current value (of the object just closed, at an END_OBJECT). */
    static String here(JsonParser p) {
        return p.getParsingContext().pathAsPointer().toString();
    }

    private static boolean isId(String id) {
        if (id.isEmpty()) return false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '-';
            if (!ok) return false;
        }
        return true;
    }

    /** Dates repeat across a store; each distinct text is parsed once per load. */
    private EventDate date(JsonParser p) throws IOException, BadRecord {
        String text = shared(p);
        EventDate known = dates.get(text);
        if (known != null) return known;
        EventDate d = parsed(p, () -> EventDate.parse(text));
        dates.put(text, d);
        return d;
    }

    private Place place(JsonParser p) throws IOException, BadRecord {
        expect(p, JsonToken.START_OBJECT, "location must be an object");
        String place = null, municipality = null, country = null, gazetteer = null, coordinateSource = null;
        List<PlaceAlternative> alternatives = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "place" -> place = optionalShared(p);
                case "municipality" -> municipality = optionalShared(p);
                case "country" -> country = optionalShared(p);
                case "gazetteer" -> gazetteer = optionalShared(p);
                case "coordinate_source" -> coordinateSource = optionalShared(p);
                case "alternatives" -> alternatives = alternatives(p);
                default ->
                    throw unknown(p, name, "place, municipality, country, gazetteer, coordinate_source, alternatives");
            }
        }
        return interner.share(new Place(place, municipality, country, gazetteer, coordinateSource, alternatives));
    }

    private List<PlaceAlternative> alternatives(JsonParser p) throws IOException, BadRecord {
        expect(p, JsonToken.START_ARRAY, "alternatives must be an array");
        List<PlaceAlternative> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p, JsonToken.START_OBJECT, "each alternative must be an object");
            String place = null, gazetteer = null, coordinateSource = null;
            double[] lonLat = null;
            Precision precision = null;
            List<String> sources = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "place" -> place = optionalShared(p);
                    case "gazetteer" -> gazetteer = optionalShared(p);
                    case "coordinate_source" -> coordinateSource = optionalShared(p);
                    case "coordinates" -> lonLat = lonLat(p);
                    case "precision" -> precision = precision(p);
                    case "sources" -> sources = strings(p);
                    default ->
                        throw unknown(p, name, "place, gazetteer, coordinates, precision, coordinate_source, sources");
                }
            }
            if (lonLat == null) throw new BadRecord(here(p) + "/coordinates", "alternative place has no coordinates");
            if (precision == null) throw new BadRecord(here(p) + "/precision", "alternative place has no precision");
            double[] ll = lonLat;
            Precision pr = precision;
            String pl = place, gz = gazetteer, cs = coordinateSource;
            List<String> src = sources;
            out.add(parsed(p, () -> new PlaceAlternative(pl, gz, ll[0], ll[1], pr, cs, src)));
        }
        return List.copyOf(out);
    }

    /** A [lon, lat] pair. */
    private static double[] lonLat(JsonParser p) throws IOException, BadRecord {
        expect(p, JsonToken.START_ARRAY, "coordinates must be an array [lon, lat]");
        double[] out = new double[2];
        int n = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (!p.currentToken().isNumeric() || n == 2)
                throw new BadRecord(here(p), "coordinates must be two numbers [lon, lat], found " + describe(p));
            out[n++] = p.getDoubleValue();
        }
        if (n != 2) throw new BadRecord(here(p), "coordinates must be two numbers [lon, lat], found " + n);
        return out;
    }

    private Precision precision(JsonParser p) throws IOException, BadRecord {
        expect(p, JsonToken.START_OBJECT, "precision must be an object");
        Precision.Level level = null;
        double radius = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "level" -> {
                    String text = string(p);
                    level = parsed(p, () -> Precision.Level.fromJson(text));
                }
                case "radius_km" -> {
                    if (!p.currentToken().isNumeric())
                        throw new BadRecord(here(p), "radius_km must be a number, found " + describe(p));
                    radius = p.getDoubleValue();
                }
                default -> throw unknown(p, name, "level, radius_km");
            }
        }
        if (level == null) throw new BadRecord(here(p) + "/level", "precision level is missing");
        Precision.Level l = level;
        double r = radius;
        try {
            return interner.share(new Precision(l, r));
        } catch (IllegalArgumentException e) {
            throw new BadRecord(here(p) + "/radius_km", e.getMessage());
        }
    }

    private Casualties casualties(JsonParser p) throws IOException, BadRecord {
        expect(p, JsonToken.START_OBJECT, "casualties must be an object");
        Integer killed = null, injured = null, arrested = null, killedLow = null, killedHigh = null;
        List<Casualties.SideCount> sides = List.of();
        Set<String> nulls = Set.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "killed" -> killed = count(p);
                case "injured" -> injured = count(p);
                case "arrested" -> arrested = count(p);
                case "killed_low" -> killedLow = count(p);
                case "killed_high" -> killedHigh = count(p);
                case "by_side" -> sides = sides(p);
                default -> throw unknown(p, name, "killed, injured, arrested, killed_low, killed_high, by_side");
            }
            if (p.currentToken() == JsonToken.VALUE_NULL) nulls = with(nulls, name);
        }
        Integer low = killedLow, high = killedHigh;
        Set<String> stated = nulls;
        List<Casualties.SideCount> bySide = sides;
        Integer k = killed, i = injured, a = arrested;
        return interner.share(parsed(p, () -> new Casualties(k, i, a, bySide, stated, low, high)));
    }

    private List<Casualties.SideCount> sides(JsonParser p) throws IOException, BadRecord {
        expect(p, JsonToken.START_ARRAY, "by_side must be an array");
        List<Casualties.SideCount> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p, JsonToken.START_OBJECT, "each by_side entry must be an object");
            String side = null;
            Integer killed = null, injured = null, arrested = null;
            Set<String> nulls = Set.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "side" -> side = shared(p);
                    case "killed" -> killed = count(p);
                    case "injured" -> injured = count(p);
                    case "arrested" -> arrested = count(p);
                    default -> throw unknown(p, name, "side, killed, injured, arrested");
                }
                if (p.currentToken() == JsonToken.VALUE_NULL) nulls = with(nulls, name);
            }
            if (side == null) throw new BadRecord(here(p) + "/side", "side is missing");
            out.add(new Casualties.SideCount(side, killed, injured, arrested, nulls));
        }
        return List.copyOf(out);
    }

    private static Set<String> with(Set<String> names, String name) {
        Set<String> more = new java.util.HashSet<>(names);
        more.add(name);
        return more;
    }

    private List<Equipment> equipment(JsonParser p) throws IOException, BadRecord {
        expect(p, JsonToken.START_ARRAY, "equipment must be an array");
        List<Equipment> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p, JsonToken.START_OBJECT, "each equipment entry must be an object");
            String type = null, model = null;
            Integer count = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "type" -> type = shared(p);
                    case "model" -> model = optionalShared(p);
                    case "count" -> count = count(p);
                    default -> throw unknown(p, name, "type, model, count");
                }
            }
            if (type == null || type.isBlank()) throw new BadRecord(here(p) + "/type", "equipment type is missing");
            out.add(interner.share(new Equipment(type, model, count)));
        }
        return interner.share(List.copyOf(out));
    }

    private List<Source> sources(JsonParser p) throws IOException, BadRecord {
        expect(p, JsonToken.START_ARRAY, "sources must be an array");
        List<Source> out = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            expect(p, JsonToken.START_OBJECT, "each source must be an object");
            String publisher = null, title = null, url = null, date = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "publisher" -> publisher = optionalShared(p);
                    case "title" -> title = optionalString(p);
                    case "url" -> url = string(p);
                    case "date" -> date = p.currentToken() == JsonToken.VALUE_NULL ? null : date(p).text();
                    default -> throw unknown(p, name, "publisher, title, url, date");
                }
            }
            if (url == null || url.isBlank()) throw new BadRecord(here(p) + "/url", "source url is missing");
            if (!url.startsWith("https://") && !url.startsWith("http://"))
                throw new BadRecord(here(p) + "/url", "source url \"" + url + "\" is not an http(s) address");
            out.add(new Source(publisher, title, url, date));
        }
        return List.copyOf(out);
    }

    private List<String> strings(JsonParser p) throws IOException, BadRecord {
        expect(p, JsonToken.START_ARRAY, "expected an array of strings");
        List<String> out = new ArrayList<>(4);
        while (p.nextToken() != JsonToken.END_ARRAY) out.add(shared(p));
        return interner.share(List.copyOf(out));
    }

    private static Integer count(JsonParser p) throws IOException, BadRecord {
        if (p.currentToken() == JsonToken.VALUE_NULL) return null;
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT)
            throw new BadRecord(here(p), "count must be a whole number or null, found " + describe(p));
        if (p.getNumberType() != JsonParser.NumberType.INT)
            throw new BadRecord(here(p), "count " + p.getText() + " is too large");
        int n = p.getIntValue();
        if (n < 0) throw new BadRecord(here(p), "count must be 0 or more, found " + n);
        return n;
    }

    private static void expect(JsonParser p, JsonToken token, String message) throws BadRecord {
        if (p.currentToken() != token) throw new BadRecord(here(p), message + ", found " + describe(p));
    }

    /** At the value of an unknown member: its parser path already ends in the member's name. */
    private static BadRecord unknown(JsonParser p, String name, String allowed) {
        return new BadRecord(here(p), "unknown member \"" + name + "\" (allowed: " + allowed + ")");
    }

    private static String string(JsonParser p) throws IOException, BadRecord {
        if (p.currentToken() != JsonToken.VALUE_STRING)
            throw new BadRecord(here(p), "expected a string, found " + describe(p));
        return p.getText();
    }

    private static String nonBlank(JsonParser p) throws IOException, BadRecord {
        String s = string(p);
        if (s.isBlank()) throw new BadRecord(here(p), "must not be blank");
        return s;
    }

    private static String optionalString(JsonParser p) throws IOException, BadRecord {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : string(p);
    }

    /** A string value shared with equal ones met before, read without building a String when one exists. */
    private String shared(JsonParser p) throws IOException, BadRecord {
        if (p.currentToken() != JsonToken.VALUE_STRING)
            throw new BadRecord(here(p), "expected a string, found " + describe(p));
        return strings.share(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    private String optionalShared(JsonParser p) throws IOException, BadRecord {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : shared(p);
    }

    /** The current value as compact JSON text, refusing nesting deeper than {@link #MAX_DEPTH}. */
    private String raw(JsonParser p) throws IOException, BadRecord {
        if (p.currentToken().isScalarValue()) return scalarText(p);
        String member = here(p);
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            int depth = 0;
            JsonToken t = p.currentToken();
            do {
                if (t.isStructStart() && ++depth > MAX_DEPTH) {
                    p.skipChildren();
                    throw new BadRecord(member, "value is nested deeper than " + MAX_DEPTH + " levels");
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
