package org.borderwatch.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.events.Utf8Cursor.GiveUp;

/**
 * Reads a feature of the usual shape straight from the file's UTF-8 bytes, several times faster than
 * {@link FeatureReader} on a Jackson parser: no tokens, no String for a repeated value, and values met before
 * (places, precisions, casualties, equipment, actor and tag lists, dates) found by their bytes. It takes only a
 * Point feature whose members are all known and valid and whose strings have no escapes; for anything else it gives
 * up and returns null, and the caller reads that feature with {@link FeatureReader}, so every problem and every
 * unknown member is reported and kept by one code path. Not thread-safe; one per part of a load.
 */
final class Utf8FeatureReader {

    private static final byte[][] FEATURE_MEMBERS = names("type", "geometry", "properties");
    private static final byte[][] GEOMETRY_MEMBERS = names("type", "coordinates");
    private static final byte[][] PROPERTIES = names("id", "kind", "category", "title", "summary", "date", "end",
            "location", "precision", "actors", "tags", "casualties", "equipment", "sources", "confidence", "updated");
    private static final byte[][] PLACE_MEMBERS = names("place", "municipality", "country");
    private static final byte[][] PRECISION_MEMBERS = names("level", "radius_km");
    private static final byte[][] CASUALTY_MEMBERS = names("killed", "injured", "arrested");
    private static final byte[][] EQUIPMENT_MEMBERS = names("type", "model", "count");
    private static final byte[][] SOURCE_MEMBERS = names("publisher", "title", "url", "date");
    private static final byte[][] LEVELS = names("exact", "approximate", "town", "region");
    private static final byte[][] KINDS = names("incident", "deployment", "diplomatic");
    private static final byte[][] CONFIDENCES = names("confirmed", "reported", "claimed", "disputed");
    private static final byte[] FEATURE = "Feature".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] POINT = "Point".getBytes(StandardCharsets.US_ASCII);

    private final Utf8Cursor in = new Utf8Cursor();
    private final ByteKeyTable<String> strings = new ByteKeyTable<>(StringTable.LIMIT);
    private final ByteKeyTable<EventDate> dates = new ByteKeyTable<>(StringTable.LIMIT);
    private final ByteKeyTable<Place> places = new ByteKeyTable<>(StringTable.LIMIT);
    private final ByteKeyTable<Precision> precisions = new ByteKeyTable<>(StringTable.LIMIT);
    private final ByteKeyTable<Casualties> casualtyCounts = new ByteKeyTable<>(StringTable.LIMIT);
    private final ByteKeyTable<List<Equipment>> equipmentLists = new ByteKeyTable<>(StringTable.LIMIT);
    private final ByteKeyTable<List<String>> stringLists = new ByteKeyTable<>(StringTable.LIMIT);
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

    /** The fields of one feature as read; checked as {@link FeatureReader} checks them. */
    private static final class Fields {
        String id, category, title, summary, updated;
        EventKind kind;
        EventDate date, end;
        Place location;
        Precision precision;
        List<String> actors = List.of(), tags = List.of();
        Casualties casualties;
        List<Equipment> equipment = List.of();
        List<Source> sources;
        Confidence confidence;
        double lon, lat;
    }

    private Event feature() throws GiveUp {
        in.expect('{');
        Fields f = new Fields();
        int seen = 0;
        if (!in.hasFirst('}')) throw Utf8Cursor.giveUp();
        do {
            int member = member(FEATURE_MEMBERS);
            seen = once(seen, member);
            switch (member) {
                case 0 -> {
                    in.string();
                    if (!in.stringIs(FEATURE)) throw Utf8Cursor.giveUp();
                }
                case 1 -> point(f);
                default -> properties(f);
            }
        } while (in.hasNext('}'));
        if (seen != 0b111) throw Utf8Cursor.giveUp();
        return event(f);
    }

    private static Event event(Fields f) throws GiveUp {
        if (f.id == null || f.kind == null || f.category == null || !f.kind.categories().contains(f.category) || f.title == null
                || f.date == null || (f.end != null && f.end.day().isBefore(f.date.day())) || f.precision == null
                || f.confidence == null || f.sources == null || f.sources.isEmpty())
            throw Utf8Cursor.giveUp();
        return new Event(f.id, f.kind, f.category, f.title, f.summary, f.date, f.end, f.location, f.lon, f.lat, null,
                f.precision, f.actors, f.casualties, f.equipment, f.sources, f.confidence, f.tags, f.updated, Map.of());
    }

    private void point(Fields f) throws GiveUp {
        in.expect('{');
        int seen = 0;
        if (!in.hasFirst('}')) throw Utf8Cursor.giveUp();
        do {
            int member = member(GEOMETRY_MEMBERS);
            seen = once(seen, member);
            if (member == 0) {
                in.string();
                if (!in.stringIs(POINT)) throw Utf8Cursor.giveUp();
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
        do {
            int member = member(PROPERTIES);
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
                default -> f.updated = shared();
            }
        } while (in.hasNext('}'));
    }

    /** Reads a member name and its colon; gives up on a name not in {@code names}. */
    private int member(byte[][] names) throws GiveUp {
        in.string();
        in.expect(':');
        int length = in.stringEnd - in.stringStart;
        for (int k = 0; k < names.length; k++) {
            if (names[k].length == length && in.stringIs(names[k])) return k;
        }
        throw Utf8Cursor.giveUp();
    }

    /** Marks member {@code k} seen; a member given twice is left to Jackson, which keeps the last. */
    private static int once(int seen, int k) throws GiveUp {
        if ((seen & (1 << k)) != 0) throw Utf8Cursor.giveUp();
        return seen | (1 << k);
    }

    /** Which of {@code names} the string value is. */
    private int choice(byte[][] names) throws GiveUp {
        in.string();
        int length = in.stringEnd - in.stringStart;
        for (int k = 0; k < names.length; k++) {
            if (names[k].length == length && in.stringIs(names[k])) return k;
        }
        throw Utf8Cursor.giveUp();
    }

    private String id() throws GiveUp {
        in.string();
        if (in.stringEnd == in.stringStart) throw Utf8Cursor.giveUp();
        for (int k = in.stringStart; k < in.stringEnd; k++) {
            byte c = in.b[k];
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == ':' || c == '-';
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
        return known(places, () -> {
            in.expect('{');
            String[] parts = new String[3];
            int seen = 0;
            if (in.hasFirst('}')) {
                do {
                    int member = member(PLACE_MEMBERS);
                    seen = once(seen, member);
                    parts[member] = optionalShared();
                } while (in.hasNext('}'));
            }
            return new Place(parts[0], parts[1], parts[2]);
        });
    }

    private Precision precision() throws GiveUp {
        return known(precisions, () -> {
            in.expect('{');
            Precision.Level level = null;
            double radius = 0;
            int seen = 0;
            if (in.hasFirst('}')) {
                do {
                    int member = member(PRECISION_MEMBERS);
                    seen = once(seen, member);
                    if (member == 0) level = Precision.Level.values()[choice(LEVELS)];
                    else radius = in.number();
                } while (in.hasNext('}'));
            }
            if (level == null) throw Utf8Cursor.giveUp();
            try {
                return new Precision(level, radius);
            } catch (IllegalArgumentException e) {
                throw Utf8Cursor.giveUp();
            }
        });
    }

    private List<String> stringList() throws GiveUp {
        return known(stringLists, () -> {
            in.expect('[');
            List<String> out = new ArrayList<>(4);
            if (in.hasFirst(']')) {
                do out.add(shared());
                while (in.hasNext(']'));
            }
            return List.copyOf(out);
        });
    }

    private Casualties casualties() throws GiveUp {
        return known(casualtyCounts, () -> {
            in.expect('{');
            Integer[] counts = new Integer[3];
            int seen = 0;
            int nulls = 0;
            if (in.hasFirst('}')) {
                do {
                    int member = member(CASUALTY_MEMBERS);
                    seen = once(seen, member);
                    if (in.isNull()) nulls |= 1 << member;
                    else counts[member] = in.count();
                } while (in.hasNext('}'));
            }
            return new Casualties(counts[0], counts[1], counts[2], List.of(), stated(nulls));
        });
    }

    /** The names of the casualty counts written as null, as {@link FeatureReader} records them. */
    private static Set<String> stated(int nulls) {
        if (nulls == 0) return Set.of();
        List<String> names = new ArrayList<>(3);
        for (int k = 0; k < 3; k++) {
            if ((nulls & (1 << k)) != 0) names.add(new String(CASUALTY_MEMBERS[k], StandardCharsets.US_ASCII));
        }
        return Set.copyOf(names);
    }

    private List<Equipment> equipment() throws GiveUp {
        return known(equipmentLists, () -> {
            in.expect('[');
            List<Equipment> out = new ArrayList<>(2);
            if (in.hasFirst(']')) {
                do {
                    in.expect('{');
                    String type = null, model = null;
                    Integer count = null;
                    int seen = 0;
                    if (in.hasFirst('}')) {
                        do {
                            int member = member(EQUIPMENT_MEMBERS);
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
        });
    }

    private List<Source> sources() throws GiveUp {
        in.expect('[');
        List<Source> out = new ArrayList<>(2);
        if (in.hasFirst(']')) {
            do {
                in.expect('{');
                String publisher = null, title = null, url = null, date = null;
                int seen = 0;
                if (in.hasFirst('}')) {
                    do {
                        int member = member(SOURCE_MEMBERS);
                        seen = once(seen, member);
                        switch (member) {
                            case 0 -> publisher = optionalShared();
                            case 1 -> title = optionalText();
                            case 2 -> url = text();
                            default -> date = optionalShared();
                        }
                    } while (in.hasNext('}'));
                }
                if (url == null || url.isBlank() || !(url.startsWith("https://") || url.startsWith("http://")))
                    throw Utf8Cursor.giveUp();
                out.add(new Source(publisher, title, url, date));
            } while (in.hasNext(']'));
        }
        return List.copyOf(out);
    }

    private static byte[][] names(String... names) {
        byte[][] out = new byte[names.length][];
        for (int k = 0; k < names.length; k++) out[k] = names[k].getBytes(StandardCharsets.US_ASCII);
        return out;
    }
}
