package org.borderwatch.bench;

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
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Synthetic events for the marker benchmarks, in the store's format: uniform over the region box
 * of shared/bench (18.5–23.5 E, 41.5–44.5 N) like its events_1m.geojson, from a fixed seed.
 */
final class ClusterBenchEvents {

    static final double MIN_LON = 18.5, MIN_LAT = 41.5, MAX_LON = 23.5, MAX_LAT = 44.5;
    private static final String[] INCIDENTS = {
        "armed_clash",
        "attack",
        "shooting",
        "explosion",
        "arrest",
        "weapons_seizure",
        "protest",
        "roadblock",
        "border_closure",
        "other"
    };
    private static final String[] UNITS = {"armour", "artillery", "infantry", "air_defence", "peacekeeping", "police"};

    private ClusterBenchEvents() {}

    static List<Event> generate(int n) {
        GeometryFactory gf = new GeometryFactory();
        Random r = new Random(20240003);
        List<Source> sources = List.of(new Source("Example", "Synthetic", "https://example.org/", "2023-09-24"));
        EventDate date = EventDate.parse("2023-09-24");
        List<Event> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double lon = MIN_LON + r.nextDouble() * (MAX_LON - MIN_LON);
            double lat = MIN_LAT + r.nextDouble() * (MAX_LAT - MIN_LAT);
            boolean deployment = i % 5 == 0;
            out.add(new Event(
                    "ev-" + i,
                    deployment ? EventKind.DEPLOYMENT : EventKind.INCIDENT,
                    deployment ? UNITS[i % UNITS.length] : INCIDENTS[i % INCIDENTS.length],
                    "Synthetic event " + i,
                    "",
                    date,
                    null,
                    new Place(null, null, null),
                    gf.createPoint(new Coordinate(lon, lat)),
                    i % 3 == 0
                            ? new Precision(Precision.Level.APPROXIMATE, 2)
                            : new Precision(Precision.Level.EXACT, 0),
                    List.of(deployment ? "KFOR" : "Kosovo Police"),
                    new Casualties(i % 7, i % 3, null, List.of()),
                    List.of(),
                    sources,
                    Confidence.REPORTED,
                    List.of(),
                    null,
                    null));
        }
        return out;
    }
}
