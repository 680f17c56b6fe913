package org.borderwatch.events.geojson;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.borderwatch.events.geojson.Utf8Cursor.GiveUp;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Equipment;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;

/**
 * Reads a feature of the usual shape straight from the file's UTF-8 bytes, several times faster than
 * {@link FeatureReader} on a Jackson parser: no tokens, no String for a repeated value, and values met before
 * (places, precisions, casualties, equipment, actor and tag lists, dates) found by their bytes. It takes only a
 * Point feature whose members are all known and valid and whose strings have no escapes; for anything else it gives
 * up and returns null, and the caller reads that feature with {@link FeatureReader}, so every problem and every
 * unknown member is reported and kept by one code path. Not thread-safe; one per part of a load.
 *
 * <p>Longer than most classes because it follows {@link FeatureReader}'s schema member for member; kept in one
 * place, the two are compared side by side when the schema changes.
 */
final class Utf8FeatureReader {

    private static final Utf8Name[] FEATURE_MEMBERS = names("type", "geometry", "properties");
    private static final Utf8Name[] GEOMETRY_MEMBERS = names("type", "coordinates");
    private static final Utf8Name[] PROPERTIES = names(
            "id",
            "kind",
            "category",
            "title",
            "summary",
            "date",
            "end",
            "location",
            "precision",
            "actors",
            "tags",
            "casualties",
            "equipment",
            "sources",
            "confidence",
            "updated");
    private static final Utf8Name[] PLACE_MEMBERS =
            names("place", "municipality", "country", "gazetteer", "coordinate_source");
    private static final Utf8Name[] PRECISION_MEMBERS = names("level", "radius_km");
    private static final Utf8Name[] CASUALTY_MEMBERS = names("killed", "injured", "arrested");
    private static final Utf8Name[] EQUIPMENT_MEMBERS = names("type", "model", "count");
    private static final Utf8Name[] SOURCE_MEMBERS = names("publisher", "title", "url", "date");
    private static final Utf8Name[] LEVELS =
            names("exact", "approximate", "settlement", "municipality", "region", "town");
    /** {@link #LEVELS} in order; "town" is the old name of a settlement. */
    private static final Precision.Level[] LEVEL_VALUES = {
        Precision.Level.EXACT,
        Precision.Level.APPROXIMATE,
        Precision.Level.SETTLEMENT,
        Precision.Level.MUNICIPALITY,
        Precision.Level.REGION,
        Precision.Level.SETTLEMENT
    };

    private static final Utf8Name[] KINDS = names("incident", "deployment", "diplomatic");
    private static final Utf8Name[] CONFIDENCES = names("confirmed", "reported", "claimed", "disputed");
    private static final Utf8Name[] FEATURE = names("Feature");
    private static final Utf8Name[] POINT = names("Point");

    private final Utf8Cursor in = new Utf8Cursor();
    private final ByteKeyTable<String> strings = new ByteKeyTable<>(StringTable.LIMIT);
    private final ByteKeyTable<EventDate> dates = new ByteKeyTable<>(StringTable.LIMIT);
    private final ByteKeyTable<Place> places = new ByteKeyTable<>(StringTable.LIMIT);
    private final ByteKeyTable<Precision> precisions = new ByteKeyTable<>(StringTable.LIMIT);
    private final ByteKeyTable<Casualties> casualtyCounts = new ByteKeyTable<>(StringTable.LIMIT);
    private final ByteKeyTable<List<Equipment>> equipmentLists = new ByteKeyTable<>(StringTable.LIMIT);
    private final ByteKeyTable<List<String>> stringLists = new ByteKeyTable<>(StringTable.LIMIT);
    private final Value<Place> placeValue = this::readPlace;
    private final Value<Precision> precisionValue = this::readPrecision;
    private final Value<List<String>> stringListValue = this::readStringList;
    private final Value<Casualties> casualtiesValue = this::readCasualties;
    private final Value<List<Equipment>> equipmentValue = this::readEquipment;
    /** Per kind of object, which member followed which last time; see {@link #member}. */
    private final int[] featureFollows = new int[FEATURE_MEMBERS.length + 1];

    private final int[] geometryFollows = new int[GEOMETRY_MEMBERS.length + 1];
    private final int[] propertiesFollows = new int[PROPERTIES.length + 1];
    private final int[] placeFollows = new int[PLACE_MEMBERS.length + 1];
    private final int[] precisionFollows = new int[PRECISION_MEMBERS.length + 1];
    private final int[] casualtyFollows = new int[CASUALTY_MEMBERS.length + 1];
    private final int[] equipmentFollows = new int[EQUIPMENT_MEMBERS.length + 1];
    private final int[] sourceFollows = new int[SOURCE_MEMBERS.length + 1];
    /** The sources of one feature as read, reused. */
    private final List<Source> sourceScratch = new ArrayList<>(4);
    /** One feature's fields, reused: a load reads a million. */
    private final Fields fields = new Fields();

    private int end;

    /**
     * Reads the feature whose '{' is at {@code from} in {@code buf} (valid up to {@code limit}). Returns its event, with
     * {@link #end()} just past its '}'; or null if this reader does not take it, when {@link #truncated()} tells
     * whether it only ran out of bytes.
     */
    Event read(byte[] buf, int from, int limit) {
        in.reset(buf, from, limit);
        try {
            Event e = feature();
            end = in.pos;
            return e;
        } catch (GiveUp notPlain) {
            return null;
        }
    }

    int end() {
        return end;
    }

    boolean truncated() {
        return in.truncated();
    }

    /** The members of one feature as read, and its point. */
    private static final class Fields extends EventFields {
        double lon, lat;
    }

    private Event feature() throws GiveUp {
        in.expect('{');
        Fields f = fields;
        f.clear();
        int seen = 0;
        if (!in.hasFirst('}')) throw Utf8Cursor.giveUp();
        int member = -1;
        do {
            member = member(FEATURE_MEMBERS, featureFollows, member);
            seen = once(seen, member);
            switch (member) {
                case 0 -> {
                    choice(FEATURE);
                }
                case 1 -> point(f);
                default -> properties(f);
            }
        } while (in.hasNext('}'));
        if (seen != 0b111) throw Utf8Cursor.giveUp();
        return event(f);
    }

    private static Event event(Fields f) throws GiveUp {
        if (f.problem() != null) throw Utf8Cursor.giveUp();
        return f.toEvent(f.lon, f.lat, null);
    }

    private void point(Fields f) throws GiveUp {
        in.expect('{');
        int seen = 0;
        if (!in.hasFirst('}')) throw Utf8Cursor.giveUp();
        int member = -1;
        do {
            member = member(GEOMETRY_MEMBERS, geometryFollows, member);
            seen = once(seen, member);
            if (member == 0) {
                choice(POINT);
            } else {
                in.expect('[');
                f.lon = in.number();
                in.expect(',');
                f.lat = in.number();
                if (in.hasNext(']')) {
                    in.number();
                    in.expect(']');
                }
                if (!(f.lon >= -180 && f.lon <= 180 && f.lat >= -90 && f.lat <= 90)) throw Utf8Cursor.giveUp();
            }
        } while (in.hasNext('}'));
        if (seen != 0b11) throw Utf8Cursor.giveUp();
    }

    private void properties(Fields f) throws GiveUp {
        in.expect('{');
        int seen = 0;
        if (!in.hasFirst('}')) return;
        int member = -1;
        do {
            member = member(PROPERTIES, propertiesFollows, member);
            seen = once(seen, member);
            switch (member) {
                case 0 -> f.id = id();
                case 1 -> f.kind = EventKind.values()[choice(KINDS)];
                case 2 -> f.category = shared();
                case 3 -> {
                    f.title = text();
                    if (f.title.isBlank()) throw Utf8Cursor.giveUp();
                }
                case 4 -> f.summary = text();
                case 5 -> f.date = date();
                case 6 -> f.end = date();
                case 7 -> f.location = place();
                case 8 -> f.precision = precision();
                case 9 -> f.actors = stringList();
                case 10 -> f.tags = stringList();
                case 11 -> f.casualties = casualties();
                case 12 -> f.equipment = equipment();
                case 13 -> f.sources = sources();
                case 14 -> f.confidence = Confidence.values()[choice(CONFIDENCES)];
                default -> f.updated = date().text();
            }
        } while (in.hasNext('}'));
    }

    /**
     * Reads a member name and its colon, returning its position in {@code names}; gives up on another name. Stores
     * write members in one order, so the name that followed {@code previous} last time is tried first, in place;
     * {@code follows} remembers it, at {@code previous + 1}.
     */
    private int member(Utf8Name[] names, int[] follows, int previous) throws GiveUp {
        int guess = follows[previous + 1];
        int k = in.skipString(names[guess]) ? guess : choice(names);
        in.expect(':');
        follows[previous + 1] = k;
        return k;
    }

    /** Marks member {@code k} seen; a member given twice is left to Jackson, which keeps the last. */
    private static int once(int seen, int k) throws GiveUp {
        if ((seen & (1 << k)) != 0) throw Utf8Cursor.giveUp();
        return seen | (1 << k);
    }

    /** Which of {@code names} the string value is. */
    private int choice(Utf8Name[] names) throws GiveUp {
        for (int k = 0; k < names.length; k++) {
            if (in.skipString(names[k])) return k;
        }
        in.string();
        for (int k = 0; k < names.length; k++) {
            if (in.stringIs(names[k].bytes())) return k;
        }
        throw Utf8Cursor.giveUp();
    }

    private String id() throws GiveUp {
        in.string();
        if (in.stringEnd == in.stringStart) throw Utf8Cursor.giveUp();
        for (int k = in.stringStart; k < in.stringEnd; k++) {
            byte c = in.b[k];
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '_'
                    || c == ':'
                    || c == '-';
            if (!ok) throw Utf8Cursor.giveUp();
        }
        return in.text();
    }

    private String text() throws GiveUp {
        in.string();
        return in.text();
    }

    private String optionalText() throws GiveUp {
        return in.isNull() ? null : text();
    }

    /** A string value shared with equal ones met before, found by its bytes. */
    private String shared() throws GiveUp {
        in.string();
        int h = ByteKeyTable.hash(in.b, in.stringStart, in.stringEnd);
        String known = strings.get(in.b, in.stringStart, in.stringEnd, h);
        if (known != null) return known;
        String made = in.text();
        strings.put(in.b, in.stringStart, in.stringEnd, h, made);
        return made;
    }

    private String optionalShared() throws GiveUp {
        return in.isNull() ? null : shared();
    }

    private EventDate date() throws GiveUp {
        in.string();
        int h = ByteKeyTable.hash(in.b, in.stringStart, in.stringEnd);
        EventDate known = dates.get(in.b, in.stringStart, in.stringEnd, h);
        if (known != null) return known;
        EventDate made;
        try {
            made = EventDate.parse(in.text());
        } catch (IllegalArgumentException e) {
            throw Utf8Cursor.giveUp();
        }
        dates.put(in.b, in.stringStart, in.stringEnd, h, made);
        return made;
    }

    /** One way to read a value of an object or array member, for {@link #known}. */
    private interface Value<T> {
        T read() throws GiveUp;
    }

    /**
     * A structured value found by its bytes if the same bytes were read before, else read by {@code value} and
     * remembered. Equal bytes stand for an equal value, already checked.
     */
    private <T> T known(ByteKeyTable<T> table, Value<T> value) throws GiveUp {
        int to = in.extent();
        int from = in.pos;
        int h = ByteKeyTable.hash(in.b, from, to);
        T known = table.get(in.b, from, to, h);
        if (known != null) {
            in.pos = to;
            return known;
        }
        T made = value.read();
        if (in.pos != to) throw Utf8Cursor.giveUp();
        table.put(in.b, from, to, h, made);
        return made;
    }

    private Place place() throws GiveUp {
        return known(places, placeValue);
    }

    private Place readPlace() throws GiveUp {
        in.expect('{');
        String[] parts = new String[PLACE_MEMBERS.length];
        int seen = 0;
        if (in.hasFirst('}')) {
            int member = -1;
            do {
                member = member(PLACE_MEMBERS, placeFollows, member);
                seen = once(seen, member);
                parts[member] = optionalShared();
            } while (in.hasNext('}'));
        }
        return new Place(parts[0], parts[1], parts[2], parts[3], parts[4], List.of());
    }

    private Precision precision() throws GiveUp {
        return known(precisions, precisionValue);
    }

    private Precision readPrecision() throws GiveUp {
        in.expect('{');
        Precision.Level level = null;
        double radius = 0;
        int seen = 0;
        if (in.hasFirst('}')) {
            int member = -1;
            do {
                member = member(PRECISION_MEMBERS, precisionFollows, member);
                seen = once(seen, member);
                if (member == 0) level = LEVEL_VALUES[choice(LEVELS)];
                else radius = in.number();
            } while (in.hasNext('}'));
        }
        if (level == null) throw Utf8Cursor.giveUp();
        try {
            return new Precision(level, radius);
        } catch (IllegalArgumentException e) {
            throw Utf8Cursor.giveUp();
        }
    }

    private List<String> stringList() throws GiveUp {
        return known(stringLists, stringListValue);
    }

    private List<String> readStringList() throws GiveUp {
        in.expect('[');
        List<String> out = new ArrayList<>(4);
        if (in.hasFirst(']')) {
            do out.add(shared());
            while (in.hasNext(']'));
        }
        return List.copyOf(out);
    }

    private Casualties casualties() throws GiveUp {
        return known(casualtyCounts, casualtiesValue);
    }

    private Casualties readCasualties() throws GiveUp {
        in.expect('{');
        Integer[] counts = new Integer[3];
        int seen = 0;
        int nulls = 0;
        if (in.hasFirst('}')) {
            int member = -1;
            do {
                member = member(CASUALTY_MEMBERS, casualtyFollows, member);
                seen = once(seen, member);
                if (in.isNull()) nulls |= 1 << member;
                else counts[member] = in.count();
            } while (in.hasNext('}'));
        }
        return new Casualties(counts[0], counts[1], counts[2], List.of(), stated(nulls));
    }

    /** The names of the casualty counts written as null, as {@link FeatureReader} records them. */
    private static Set<String> stated(int nulls) {
        if (nulls == 0) return Set.of();
        List<String> names = new ArrayList<>(3);
        for (int k = 0; k < 3; k++) {
            if ((nulls & (1 << k)) != 0) names.add(new String(CASUALTY_MEMBERS[k].bytes(), StandardCharsets.US_ASCII));
        }
        return Set.copyOf(names);
    }

    private List<Equipment> equipment() throws GiveUp {
        return known(equipmentLists, equipmentValue);
    }

    private List<Equipment> readEquipment() throws GiveUp {
        in.expect('[');
        List<Equipment> out = new ArrayList<>(2);
        if (in.hasFirst(']')) {
            do {
                in.expect('{');
                String type = null, model = null;
                Integer count = null;
                int seen = 0;
                if (in.hasFirst('}')) {
                    int member = -1;
                    do {
                        member = member(EQUIPMENT_MEMBERS, equipmentFollows, member);
                        seen = once(seen, member);
                        switch (member) {
                            case 0 -> type = shared();
                            case 1 -> model = optionalShared();
                            default -> count = in.isNull() ? null : in.count();
                        }
                    } while (in.hasNext('}'));
                }
                if (type == null || type.isBlank()) throw Utf8Cursor.giveUp();
                out.add(new Equipment(type, model, count));
            } while (in.hasNext(']'));
        }
        return List.copyOf(out);
    }

    private List<Source> sources() throws GiveUp {
        in.expect('[');
        List<Source> out = sourceScratch;
        out.clear();
        if (in.hasFirst(']')) {
            do {
                in.expect('{');
                String publisher = null, title = null, url = null, date = null;
                int seen = 0;
                if (in.hasFirst('}')) {
                    int member = -1;
                    do {
                        member = member(SOURCE_MEMBERS, sourceFollows, member);
                        seen = once(seen, member);
                        switch (member) {
                            case 0 -> publisher = optionalShared();
                            case 1 -> title = optionalText();
                            case 2 -> url = text();
                            default -> date = in.isNull() ? null : date().text();
                        }
                    } while (in.hasNext('}'));
                }
                if (url == null || url.isBlank() || !(url.startsWith("https://") || url.startsWith("http://")))
                    throw Utf8Cursor.giveUp();
                out.add(new Source(publisher, title, url, date));
            } while (in.hasNext(']'));
        }
        // most events name one source: a list of it, with no array copied on the way
        return out.size() == 1 ? List.of(out.get(0)) : List.copyOf(out);
    }

    private static Utf8Name[] names(String... names) {
        Utf8Name[] out = new Utf8Name[names.length];
        for (int k = 0; k < names.length; k++) out[k] = Utf8Name.of(names[k]);
        return out;
    }
}
