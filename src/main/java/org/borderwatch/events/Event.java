package org.borderwatch.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One incident, deployment or diplomatic event of the store, as read from a GeoJSON feature.
 * Geometry is WGS 84 longitude/latitude; most events are Points, routes and areas are LineStrings
 * and Polygons. {@code extra} holds properties the schema does not know, kept verbatim (as JSON
 * text) so that a save writes them back untouched.
 */
public record Event(
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

    public Event {
        Objects.requireNonNull(id, "event id");
        Objects.requireNonNull(kind, () -> "kind of event " + id);
        Objects.requireNonNull(category, () -> "category of event " + id);
        Objects.requireNonNull(title, () -> "title of event " + id);
        Objects.requireNonNull(date, () -> "date of event " + id);
        Objects.requireNonNull(geometry, () -> "geometry of event " + id);
        Objects.requireNonNull(precision, () -> "precision of event " + id);
        Objects.requireNonNull(confidence, () -> "confidence of event " + id);
        if (end != null && end.day().isBefore(date.day()))
            throw new IllegalArgumentException("event " + id + " ends (" + end + ") before it starts (" + date + ")");
        summary = summary == null ? "" : summary;
        actors = actors == null ? List.of() : List.copyOf(actors);
        casualties = casualties == null ? Casualties.NONE_REPORTED : casualties;
        equipment = equipment == null ? List.of() : List.copyOf(equipment);
        sources = sources == null ? List.of() : List.copyOf(sources);
        tags = tags == null ? List.of() : List.copyOf(tags);
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    /** The last day of the event: its end if it has one, else its date. */
    public LocalDate lastDay() {
        return end == null ? date.day() : end.day();
    }

    /** True if the event's span [date, end] shares at least one day with [from, to] (either bound may be null: open). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (from == null || !lastDay().isBefore(from)) && (to == null || !date.day().isAfter(to));
    }
}
