package org.borderwatch.events.geojson;

import java.util.List;
import java.util.Map;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.DatePrecision;
import org.borderwatch.events.model.Equipment;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;
import org.locationtech.jts.geom.Geometry;

/**
 * The members of one feature's properties as a reader found them, and the one check of what an event
 * needs. The Jackson reader and the byte reader both fill one and make the event through it, so they
 * cannot disagree on which features are events.
 */
class EventFields {
    /** The member that is missing or wrong, under {@code /properties}, and what is wrong with it. */
    record Problem(String member, String message) {}

    String id, category, title, summary, updated;
    EventKind kind;
    EventDate date, end;
    /** The store's date_precision; null is a date known to the day. */
    DatePrecision datePrecision;

    Place location;
    Precision precision;
    List<String> actors, tags;
    Casualties casualties;
    List<Equipment> equipment;
    List<Source> sources;
    Confidence confidence;
    /** Members the schema does not know, as their raw JSON text. */
    Map<String, String> extra = Map.of();

    /** Forgets every member, for the next feature. */
    void clear() {
        id = category = title = summary = updated = null;
        kind = null;
        date = end = null;
        datePrecision = null;
        location = null;
        precision = null;
        actors = tags = null;
        casualties = null;
        equipment = null;
        sources = null;
        confidence = null;
        extra = Map.of();
    }

    /** The first member missing or wrong, or null when the members make an event. Allocates only on a problem. */
    Problem problem() {
        if (id == null) return new Problem("id", "id is missing");
        if (kind == null) return new Problem("kind", "kind is missing");
        if (category == null) return new Problem("category", "category is missing");
        if (!kind.categories().contains(category))
            return new Problem(
                    "category",
                    "category \"" + category + "\" is not one of " + kind.jsonName() + " categories "
                            + kind.categories());
        if (title == null) return new Problem("title", "title is missing");
        if (date == null) return new Problem("date", "date is missing");
        if (end != null && end.day().isBefore(date.day()))
            return new Problem("end", "end " + end + " is before date " + date);
        if (precision == null) return new Problem("precision", "precision is missing");
        if (confidence == null) return new Problem("confidence", "confidence is missing");
        if (sources == null || sources.isEmpty())
            return new Problem("sources", "sources are missing; name at least one");
        return null;
    }

    /** The event at {@code lon}, {@code lat} (its anchor) with {@code shape} for a route or area; check {@link #problem} first. */
    Event toEvent(double lon, double lat, Geometry shape) {
        EventDate known = datePrecision == null ? date : date.within(datePrecision);
        return new Event(
                id,
                kind,
                category,
                title,
                summary,
                known,
                end,
                location,
                lon,
                lat,
                shape,
                precision,
                actors == null ? List.of() : actors,
                casualties,
                equipment == null ? List.of() : equipment,
                sources,
                confidence,
                tags == null ? List.of() : tags,
                updated,
                extra);
    }
}
