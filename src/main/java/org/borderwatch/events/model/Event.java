package org.borderwatch.events.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * One incident, deployment or diplomatic event of the store, as read from a GeoJSON feature.
 * Geometry is WGS 84 longitude/latitude; most events are Points, routes and areas are LineStrings
 * and Polygons. {@code extra} holds properties the schema does not know, kept as JSON text so
 * that a save writes them back untouched.
 *
 * <p>A final class with record-style accessors rather than a record: a store holds up to millions
 * of events, so a Point is kept as two doubles and built on demand by {@link #geometry()} (a JTS
 * Point with its sequence costs about 130 bytes). Immutable; equality covers every field.
 */
public final class Event {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final String id;
    private final EventKind kind;
    private final String category;
    private final String title;
    private final String summary;
    private final EventDate date;
    private final EventDate end;
    private final Place location;
    private final double lon;
    private final double lat;
    /** Null for a Point, which {@link #lon} and {@link #lat} describe. */
    private final Geometry shape;

    private final Precision precision;
    private final List<String> actors;
    private final Casualties casualties;
    private final List<Equipment> equipment;
    /** A lone Source, as most events have, or the list: a million one-element lists are 24 MB to keep and copy. */
    private final Object sources;

    private final Confidence confidence;
    private final List<String> tags;
    private final String updated;
    private final Map<String, String> extra;

    /**
     * Makes an event; lists and maps are copied, absent ones become empty.
     *
     * @throws NullPointerException if a required field (id, kind, category, title, date, geometry, precision,
     *     confidence) is null
     * @throws IllegalArgumentException if the event ends before it starts, or the geometry is empty
     */
    public Event(
            String id,
            EventKind kind,
            String category,
            String title,
            String summary,
            EventDate date,
            EventDate end,
            Place location,
            Geometry geometry,
            Precision precision,
            List<String> actors,
            Casualties casualties,
            List<Equipment> equipment,
            List<Source> sources,
            Confidence confidence,
            List<String> tags,
            String updated,
            Map<String, String> extra) {
        this(
                id,
                kind,
                category,
                title,
                summary,
                date,
                end,
                location,
                pointLon(geometry, id),
                pointLat(geometry),
                geometry instanceof Point ? null : geometry,
                precision,
                List.copyOf(nonNull(actors)),
                casualties,
                List.copyOf(nonNull(equipment)),
                List.copyOf(nonNull(sources)),
                confidence,
                List.copyOf(nonNull(tags)),
                updated,
                extra == null ? Map.of() : Map.copyOf(extra));
    }

    /** The loader's constructor: lists are already immutable and shared where equal, a Point is lon/lat. */
    public Event(
            String id,
            EventKind kind,
            String category,
            String title,
            String summary,
            EventDate date,
            EventDate end,
            Place location,
            double lon,
            double lat,
            Geometry shape,
            Precision precision,
            List<String> actors,
            Casualties casualties,
            List<Equipment> equipment,
            List<Source> sources,
            Confidence confidence,
            List<String> tags,
            String updated,
            Map<String, String> extra) {
        this.id = Objects.requireNonNull(id, "event id");
        this.kind = Objects.requireNonNull(kind, () -> "kind of event " + id);
        this.category = Objects.requireNonNull(category, () -> "category of event " + id);
        this.title = Objects.requireNonNull(title, () -> "title of event " + id);
        this.date = Objects.requireNonNull(date, () -> "date of event " + id);
        this.precision = Objects.requireNonNull(precision, () -> "precision of event " + id);
        this.confidence = Objects.requireNonNull(confidence, () -> "confidence of event " + id);
        if (end != null && end.day().isBefore(date.day()))
            throw new IllegalArgumentException("event " + id + " ends (" + end + ") before it starts (" + date + ")");
        this.summary = summary == null ? "" : summary;
        this.end = end;
        this.location = location;
        this.lon = lon;
        this.lat = lat;
        this.shape = shape;
        this.actors = actors;
        this.casualties = casualties == null ? Casualties.NONE_REPORTED : casualties;
        this.equipment = equipment;
        this.sources = sources.size() == 1 ? sources.get(0) : sources;
        this.tags = tags;
        this.updated = updated;
        this.extra = extra;
    }

    private static double pointLon(Geometry geometry, String id) {
        Objects.requireNonNull(geometry, () -> "geometry of event " + id);
        if (geometry.isEmpty()) throw new IllegalArgumentException("event " + id + " has an empty geometry");
        return geometry instanceof Point p ? p.getX() : Double.NaN;
    }

    private static double pointLat(Geometry geometry) {
        return geometry instanceof Point p ? p.getY() : Double.NaN;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    public String id() {
        return id;
    }

    public EventKind kind() {
        return kind;
    }

    public String category() {
        return category;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public EventDate date() {
        return date;
    }

    public EventDate end() {
        return end;
    }

    public Place location() {
        return location;
    }

    public Precision precision() {
        return precision;
    }

    public List<String> actors() {
        return actors;
    }

    public Casualties casualties() {
        return casualties;
    }

    public List<Equipment> equipment() {
        return equipment;
    }

    @SuppressWarnings("unchecked")
    public List<Source> sources() {
        return sources instanceof Source one ? List.of(one) : (List<Source>) sources;
    }

    public Confidence confidence() {
        return confidence;
    }

    public List<String> tags() {
        return tags;
    }

    public String updated() {
        return updated;
    }

    public Map<String, String> extra() {
        return extra;
    }

    /** The event's geometry; for a Point a new JTS Point (SRID 4326) on each call. */
    public Geometry geometry() {
        return shape != null ? shape : WGS84.createPoint(new Coordinate(lon, lat));
    }

    /** True when the geometry is a Point, whose position {@link #lon()} and {@link #lat()} give without a JTS object. */
    public boolean isPoint() {
        return shape == null;
    }

    /** Longitude of a Point event, or of the centre of the bounding box of a line or area. */
    public double lon() {
        return shape == null ? lon : shape.getEnvelopeInternal().centre().x;
    }

    /** Latitude of a Point event, or of the centre of the bounding box of a line or area. */
    public double lat() {
        return shape == null ? lat : shape.getEnvelopeInternal().centre().y;
    }

    /** The last day of the event: its end if it has one, else its date. */
    public LocalDate lastDay() {
        return end == null ? date.day() : end.day();
    }

    /** True if the event's span [date, end] shares at least one day with [from, to] (either bound may be null: open). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (from == null || !lastDay().isBefore(from))
                && (to == null || !date.day().isAfter(to));
    }

    /** A copy with another id, for imports that must avoid a clash. */
    public Event withId(String newId) {
        return new Event(
                newId,
                kind,
                category,
                title,
                summary,
                date,
                end,
                location,
                lon,
                lat,
                shape,
                precision,
                actors,
                casualties,
                equipment,
                sources(),
                confidence,
                tags,
                updated,
                extra);
    }

    /** A copy with another title, as an editor's change makes it. */
    public Event withTitle(String newTitle) {
        return new Event(
                id,
                kind,
                category,
                newTitle,
                summary,
                date,
                end,
                location,
                lon,
                lat,
                shape,
                precision,
                actors,
                casualties,
                equipment,
                sources(),
                confidence,
                tags,
                updated,
                extra);
    }

    /** A copy with other actors, for rows of one event that name its actors one per row. */
    public Event withActors(List<String> newActors) {
        return new Event(
                id,
                kind,
                category,
                title,
                summary,
                date,
                end,
                location,
                lon,
                lat,
                shape,
                precision,
                List.copyOf(newActors),
                casualties,
                equipment,
                sources(),
                confidence,
                tags,
                updated,
                extra);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Event e)) return false;
        return id.equals(e.id)
                && kind == e.kind
                && category.equals(e.category)
                && title.equals(e.title)
                && summary.equals(e.summary)
                && date.equals(e.date)
                && Objects.equals(end, e.end)
                && Objects.equals(location, e.location)
                && Double.compare(lon, e.lon) == 0
                && Double.compare(lat, e.lat) == 0
                && Objects.equals(shape, e.shape)
                && precision.equals(e.precision)
                && actors.equals(e.actors)
                && casualties.equals(e.casualties)
                && equipment.equals(e.equipment)
                && sources.equals(e.sources)
                && confidence == e.confidence
                && tags.equals(e.tags)
                && Objects.equals(updated, e.updated)
                && extra.equals(e.extra);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, kind, category, title, date, lon, lat);
    }

    @Override
    public String toString() {
        return "Event[" + id + ", " + kind.jsonName() + "/" + category + ", " + date + ", \"" + title + "\"]";
    }
}
