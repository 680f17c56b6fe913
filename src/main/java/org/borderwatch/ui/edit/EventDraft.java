package org.borderwatch.ui.edit;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Equipment;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The event form's contents as typed: text for every field, so that checking them needs no JavaFX and
 * every mistake can be named next to its field. Lists are one entry per line; entries with parts
 * (casualties per side, equipment, sources) separate them with {@code |}. {@link #build} turns a draft
 * into an event by the rules of the store format, or into a message per wrong field.
 */
public record EventDraft(
        String id,
        EventKind kind,
        String category,
        String title,
        String summary,
        String date,
        String end,
        String place,
        String municipality,
        String country,
        String lon,
        String lat,
        Precision.Level level,
        String radiusKm,
        String actors,
        String killed,
        String injured,
        String arrested,
        String bySide,
        String equipment,
        String sources,
        Confidence confidence,
        String tags) {

    /** The form fields a message can belong to. */
    enum Field {
        ID,
        KIND,
        CATEGORY,
        TITLE,
        DATE,
        END,
        LON,
        LAT,
        PRECISION,
        RADIUS,
        KILLED,
        INJURED,
        ARRESTED,
        BY_SIDE,
        EQUIPMENT,
        SOURCES,
        CONFIDENCE
    }

    /** What {@link #build} made: an event, or (event null) what is wrong, by field, in form order. */
    record Outcome(Event event, Map<Field, String> errors) {
        Outcome {
            errors = errors.isEmpty() ? Map.of() : new EnumMap<>(errors);
        }
    }

    static final String SEPARATOR = " | ";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]+");
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    /** A blank draft for a new event at a clicked position, dated {@code today}. */
    public static EventDraft newAt(double lon, double lat, LocalDate today) {
        return new EventDraft(
                "",
                EventKind.INCIDENT,
                EventKind.INCIDENT.categories().get(0),
                "",
                "",
                today.toString(),
                "",
                "",
                "",
                "",
                coordinate(lon),
                coordinate(lat),
                Precision.Level.APPROXIMATE,
                "1",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                Confidence.REPORTED,
                "");
    }

    /** The draft showing {@code e} as it is, for editing. */
    public static EventDraft of(Event e) {
        Place p = e.location() == null ? new Place(null, null, null) : e.location();
        Casualties c = e.casualties();
        List<String> sides = c.bySide().stream()
                .map(s -> join(s.side(), count(s.killed()), count(s.injured()), count(s.arrested())))
                .toList();
        List<String> kit = e.equipment().stream()
                .map(q -> join(q.type(), text(q.model()), count(q.count())))
                .toList();
        List<String> refs = e.sources().stream()
                .map(s -> join(text(s.publisher()), text(s.title()), s.url(), text(s.date())))
                .toList();
        return new EventDraft(
                e.id(),
                e.kind(),
                e.category(),
                e.title(),
                e.summary(),
                e.date().text(),
                e.end() == null ? "" : e.end().text(),
                text(p.place()),
                text(p.municipality()),
                text(p.country()),
                e.isPoint() ? coordinate(e.lon()) : "",
                e.isPoint() ? coordinate(e.lat()) : "",
                e.precision().level(),
                e.precision().radiusKm() > 0 ? number(e.precision().radiusKm()) : "",
                String.join("\n", e.actors()),
                count(c.killed()),
                count(c.injured()),
                count(c.arrested()),
                String.join("\n", sides),
                String.join("\n", kit),
                String.join("\n", refs),
                e.confidence(),
                String.join(", ", e.tags()));
    }

    /**
     * Checks the draft and makes the event.
     *
     * @param base    the event being edited (its id, geometry when not a point, and unknown properties are
     *                kept), or null for a new event
     * @param taken   true for an id already in the store; a new event's id must not be one
     * @param today   written as the event's {@code updated} date
     */
    Outcome build(Event base, Predicate<String> taken, LocalDate today) {
        Map<Field, String> errors = new EnumMap<>(Field.class);
        String eventId = base != null ? base.id() : newId(taken, errors);
        if (kind == null) errors.put(Field.KIND, "choose a kind");
        else if (category == null || !kind.categories().contains(category))
            errors.put(Field.CATEGORY, "choose one of " + String.join(", ", kind.categories()));
        if (title.isBlank()) errors.put(Field.TITLE, "a title is required");
        EventDate start = date(date, Field.DATE, true, errors);
        EventDate last = date(end, Field.END, false, errors);
        if (start != null && last != null && last.day().isBefore(start.day()))
            errors.put(Field.END, "the end is before the start (" + start.day() + ")");
        Geometry geometry = geometry(base, errors);
        Precision precision = precision(errors);
        Integer k = count(killed, Field.KILLED, "killed", errors);
        Integer i = count(injured, Field.INJURED, "injured", errors);
        Integer a = count(arrested, Field.ARRESTED, "arrested", errors);
        List<Casualties.SideCount> sides = sides(errors);
        List<Equipment> kit = equipment(errors);
        List<Source> refs = sources(errors);
        if (confidence == null) errors.put(Field.CONFIDENCE, "choose a confidence");
        if (!errors.isEmpty()) return new Outcome(null, errors);
        // the form has no fields for a date's precision or a range of estimates: keep the edited event's while
        // the day and the killed count they qualify are unchanged
        if (base != null && base.date().day().equals(start.day()))
            start = start.within(base.date().precision());
        Casualties counts =
                base != null && java.util.Objects.equals(base.casualties().killed(), k)
                        ? new Casualties(
                                k,
                                i,
                                a,
                                sides,
                                java.util.Set.of(),
                                base.casualties().killedLow(),
                                base.casualties().killedHigh())
                        : new Casualties(k, i, a, sides);
        Event event = new Event(
                eventId,
                kind,
                category,
                title.strip(),
                summary.strip(),
                start,
                last,
                place(base, geometry),
                geometry,
                precision,
                lines(actors),
                counts,
                kit,
                refs,
                confidence,
                tagList(),
                today.toString(),
                base == null ? Map.of() : base.extra());
        return new Outcome(event, Map.of());
    }

    /**
     * The place in words from the form; the base event's gazetteer id, coordinate source and alternatives are kept
     * while its point stays where it was, and the id and source dropped once the point moves, since they vouch
     * for the old coordinate only.
     */
    private Place place(Event base, Geometry geometry) {
        Place words = new Place(blankToNull(place), blankToNull(municipality), blankToNull(country));
        if (base == null || base.location() == null) return words;
        Place old = base.location();
        boolean unmoved = base.geometry().equalsExact(geometry);
        return new Place(
                words.place(),
                words.municipality(),
                words.country(),
                unmoved ? old.gazetteer() : null,
                unmoved ? old.coordinateSource() : null,
                old.alternatives());
    }

    private String newId(Predicate<String> taken, Map<Field, String> errors) {
        String typed = id.strip();
        if (typed.isEmpty()) {
            String made = slug(date.strip() + "-" + title);
            String unique = made;
            for (int n = 2; taken.test(unique); n++) unique = made + "-" + n;
            if (made.isEmpty()) errors.put(Field.ID, "give an id, or a date and title to make one from");
            return unique;
        }
        if (!ID.matcher(typed).matches()) errors.put(Field.ID, "use only letters, digits and . _ : -");
        else if (taken.test(typed)) errors.put(Field.ID, "another event already has this id");
        return typed;
    }

    private static EventDate date(String text, Field field, boolean required, Map<Field, String> errors) {
        String t = text.strip();
        if (t.isEmpty()) {
            if (required) errors.put(field, "a date is required (2023-09-24)");
            return null;
        }
        try {
            return EventDate.parse(t);
        } catch (IllegalArgumentException e) {
            errors.put(field, "write a date as 2023-09-24 or 2023-09-24T03:00:00+02:00");
            return null;
        }
    }

    private Geometry geometry(Event base, Map<Field, String> errors) {
        if (base != null && !base.isPoint()) return base.geometry();
        Double x = coordinate(lon, Field.LON, 180, errors);
        Double y = coordinate(lat, Field.LAT, 90, errors);
        return x == null || y == null ? null : WGS84.createPoint(new Coordinate(x, y));
    }

    private static Double coordinate(String text, Field field, double limit, Map<Field, String> errors) {
        String name = field == Field.LON ? "longitude" : "latitude";
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v) && Math.abs(v) <= limit) return v;
            errors.put(field, name + " must be between -" + (int) limit + " and " + (int) limit);
        } catch (NumberFormatException e) {
            errors.put(
                    field,
                    text.isBlank()
                            ? "a " + name + " is required"
                            : "write the " + name + " in decimal degrees, e.g. 20.8656");
        }
        return null;
    }

    private Precision precision(Map<Field, String> errors) {
        if (level == null) {
            errors.put(Field.PRECISION, "choose how exactly the place is known");
            return null;
        }
        // a settlement, municipality or region may carry the extent of its area; an approximate place must
        if (level != Precision.Level.APPROXIMATE && radiusKm.isBlank()) return new Precision(level, 0);
        try {
            double r = Double.parseDouble(radiusKm.strip());
            if (r > 0 && Double.isFinite(r)) return new Precision(level, r);
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        errors.put(
                Field.RADIUS,
                level == Precision.Level.APPROXIMATE
                        ? "an approximate place needs a radius in km greater than 0"
                        : "the radius must be a number of km greater than 0, or blank");
        return null;
    }

    private static Integer count(String text, Field field, String what, Map<Field, String> errors) {
        String t = text.strip();
        if (t.isEmpty()) return null;
        try {
            int n = Integer.parseInt(t);
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        errors.put(field, what + " must be a whole number 0 or more, or empty when unknown");
        return null;
    }

    private List<Casualties.SideCount> sides(Map<Field, String> errors) {
        List<Casualties.SideCount> out = new ArrayList<>();
        List<String> rows = lines(bySide);
        for (int n = 0; n < rows.size(); n++) {
            String[] p = parts(rows.get(n), 4);
            String where = "line " + (n + 1) + ": ";
            if (p[0].isEmpty()) {
                errors.put(Field.BY_SIDE, where + "name the side first: side | killed | injured | arrested");
                continue;
            }
            Map<Field, String> bad = new EnumMap<>(Field.class);
            Integer k = count(p[1], Field.BY_SIDE, "killed", bad);
            Integer i = count(p[2], Field.BY_SIDE, "injured", bad);
            Integer a = count(p[3], Field.BY_SIDE, "arrested", bad);
            if (!bad.isEmpty()) errors.put(Field.BY_SIDE, where + bad.get(Field.BY_SIDE));
            else out.add(new Casualties.SideCount(p[0], k, i, a));
        }
        return out;
    }

    private List<Equipment> equipment(Map<Field, String> errors) {
        List<Equipment> out = new ArrayList<>();
        List<String> rows = lines(equipment);
        for (int n = 0; n < rows.size(); n++) {
            String[] p = parts(rows.get(n), 3);
            String where = "line " + (n + 1) + ": ";
            Map<Field, String> bad = new EnumMap<>(Field.class);
            Integer c = count(p[2], Field.EQUIPMENT, "count", bad);
            if (p[0].isEmpty()) errors.put(Field.EQUIPMENT, where + "a type is required: type | model | count");
            else if (!bad.isEmpty()) errors.put(Field.EQUIPMENT, where + bad.get(Field.EQUIPMENT));
            else out.add(new Equipment(p[0], blankToNull(p[1]), c));
        }
        return out;
    }

    /**
     * Sources are "publisher | title | url | date"; the part that starts with http:// or https:// is taken
     * as the url wherever it stands, so a bare url or "publisher | url" also works.
     */
    private List<Source> sources(Map<Field, String> errors) {
        List<Source> out = new ArrayList<>();
        List<String> rows = lines(sources);
        if (rows.isEmpty())
            errors.put(Field.SOURCES, "at least one source is required: publisher | title | url | date");
        for (int n = 0; n < rows.size(); n++) {
            String[] p = parts(rows.get(n), 1);
            String where = "line " + (n + 1) + ": ";
            int u = 0;
            while (u < p.length && !p[u].toLowerCase(Locale.ROOT).matches("https?://.*")) u++;
            if (u == p.length || !isWebAddress(p[u])) {
                errors.put(
                        Field.SOURCES,
                        where
                                + (u == p.length
                                        ? "no http:// or https:// address found"
                                        : "\"" + p[u] + "\" is not a valid web address")
                                + " (publisher | title | url | date)");
                continue;
            }
            String when = u + 1 < p.length ? p[u + 1] : "";
            if (!when.isEmpty() && !isDate(when)) {
                errors.put(
                        Field.SOURCES,
                        where + "write the source's date (after the url) as 2023-09-24, or leave it out");
                continue;
            }
            out.add(new Source(
                    u > 0 ? blankToNull(p[0]) : null, u > 1 ? blankToNull(p[1]) : null, p[u], blankToNull(when)));
        }
        return out;
    }

    private static boolean isWebAddress(String text) {
        if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) return false;
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isDate(String text) {
        try {
            EventDate.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private List<String> tagList() {
        return Arrays.stream(tags.split("[,\\n]"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    /** Non-blank lines, stripped. */
    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The {@code |}-separated parts of a line, stripped, padded with empty strings to {@code n}. */
    private static String[] parts(String line, int n) {
        String[] split = line.split("\\|", -1);
        String[] out = new String[Math.max(n, split.length)];
        for (int i = 0; i < out.length; i++) out[i] = i < split.length ? split[i].strip() : "";
        return out;
    }

    /** Lower-case ASCII letters, digits and dashes: "2023-09-24 Banjska ambush" -> "2023-09-24-banjska-ambush". */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
    }

    private static String join(String... parts) {
        int last = parts.length;
        while (last > 1 && parts[last - 1].isEmpty()) last--;
        return String.join(SEPARATOR, Arrays.copyOf(parts, last));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String count(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.5f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
