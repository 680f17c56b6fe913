package org.borderwatch.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Events for tests, built in code in the store's format. */
public final class EventFixtures {

    public static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private EventFixtures() {}

    public static Event point(String id, double lon, double lat) {
        return event(
                id,
                EventKind.INCIDENT,
                "attack",
                GEOMETRIES.createPoint(new Coordinate(lon, lat)),
                new Precision(Precision.Level.EXACT, 0),
                Casualties.NONE_REPORTED,
                List.of(),
                Confidence.CONFIRMED);
    }

    public static Event event(
            String id,
            EventKind kind,
            String category,
            Geometry geometry,
            Precision precision,
            Casualties casualties,
            List<String> actors,
            Confidence confidence) {
        return new Event(
                id,
                kind,
                category,
                "Title of " + id,
                "",
                EventDate.parse("2023-09-24"),
                null,
                new Place("Banjska", "Zvečan", "Kosovo"),
                geometry,
                precision,
                actors,
                casualties,
                List.of(),
                List.of(new Source("Reuters", "Headline", "https://example.org/" + id, "2023-09-24")),
                confidence,
                List.of(),
                null,
                null);
    }

    /** {@code n} exact point incidents spread uniformly over the lon/lat box, from a fixed seed. */
    public static List<Event> uniform(int n, long seed, double minLon, double minLat, double maxLon, double maxLat) {
        Random r = new Random(seed);
        List<Event> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++)
            events.add(point(
                    "e" + i, minLon + r.nextDouble() * (maxLon - minLon), minLat + r.nextDouble() * (maxLat - minLat)));
        return events;
    }
}
