package org.borderwatch.ui.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.locationtech.jts.geom.GeometryFactory;

/** Events for the exploring tests: a few like the shipped store's, and many generated ones. */
public final class ExploreFixtures {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private ExploreFixtures() {}

    public static Event event(
            String id,
            EventKind kind,
            String category,
            String date,
            String end,
            String title,
            double lon,
            double lat,
            List<String> actors,
            Confidence confidence) {
        return new Event(
                id,
                kind,
                category,
                title,
                "About " + title.toLowerCase(java.util.Locale.ROOT) + ".",
                EventDate.parse(date),
                end == null ? null : EventDate.parse(end),
                new Place("Place " + id, null, "Kosovo"),
                GEOMETRY.createPoint(new Coordinate(lon, lat)),
                new Precision(Precision.Level.SETTLEMENT, 0),
                actors,
                null,
                null,
                List.of(new Source("Publisher " + id, null, "https://example.org/" + id, null)),
                confidence,
                List.of(),
                null,
                Map.of());
    }

    /** The Banjska ambush as the store records it, with every optional field filled. */
    static Event banjska() {
        return new Event(
                "2023-09-24-banjska-ambush",
                EventKind.INCIDENT,
                "attack",
                "Kosovo police patrol ambushed near Banjska",
                "Gunmen blocked the road with trucks and opened fire on a Kosovo Police patrol.",
                EventDate.parse("2023-09-24"),
                null,
                new Place("Banjska", "Zvečan", "Kosovo"),
                GEOMETRY.createPoint(new Coordinate(20.8656, 42.9075)),
                new Precision(Precision.Level.APPROXIMATE, 2.0),
                List.of("Kosovo Police", "Serb armed group"),
                new Casualties(
                        4,
                        1,
                        3,
                        List.of(
                                new Casualties.SideCount("Kosovo Police", 1, 1, null),
                                new Casualties.SideCount("Serb armed group", 3, null, 3))),
                List.of(new Equipment("armoured vehicle", "BOV", null)),
                List.of(
                        new Source(
                                "Reuters",
                                "Kosovo policeman killed in attack",
                                "https://www.reuters.com/banjska",
                                "2023-09-24"),
                        new Source("KoSSev", null, "https://kossev.info/banjska", null)),
                Confidence.CONFIRMED,
                List.of("banjska"),
                "2026-11-25",
                Map.of());
    }

    /** Eight events over December 2022 – October 2023 of every kind, including spans. */
    public static List<Event> small() {
        return List.of(
                event(
                        "2022-12-10-jarinje-closed",
                        EventKind.INCIDENT,
                        "border_closure",
                        "2022-12-10",
                        "2022-12-30",
                        "Jarinje crossing closed",
                        20.7610,
                        43.1460,
                        List.of("Kosovo Police"),
                        Confidence.CONFIRMED),
                event(
                        "2022-12-26-army-alert",
                        EventKind.DEPLOYMENT,
                        "armour",
                        "2022-12-26",
                        "2023-01-05",
                        "Serbian army raised to highest alert",
                        20.6500,
                        43.1200,
                        List.of("Serbian Armed Forces"),
                        Confidence.REPORTED),
                event(
                        "2023-05-29-zvecan-clashes",
                        EventKind.INCIDENT,
                        "armed_clash",
                        "2023-05-29",
                        null,
                        "KFOR troops injured in Zvečan",
                        20.8400,
                        42.9100,
                        List.of("KFOR", "Kosovo Serb protesters"),
                        Confidence.CONFIRMED),
                event(
                        "2023-05-30-kfor-reinforced",
                        EventKind.DEPLOYMENT,
                        "peacekeeping",
                        "2023-05-30",
                        "2023-10-31",
                        "KFOR reinforcements arrive",
                        21.1600,
                        42.6600,
                        List.of("KFOR"),
                        Confidence.CONFIRMED),
                event(
                        "2023-06-14-officers-detained",
                        EventKind.INCIDENT,
                        "arrest",
                        "2023-06-14",
                        "2023-06-26",
                        "Three Kosovo police officers detained",
                        20.7700,
                        43.1600,
                        List.of("Serbian police"),
                        Confidence.DISPUTED),
                banjska(),
                event(
                        "2023-09-29-build-up",
                        EventKind.DEPLOYMENT,
                        "artillery",
                        "2023-09-29",
                        "2023-10-10",
                        "Build-up along the boundary",
                        20.9000,
                        43.2000,
                        List.of("Serbian Armed Forces"),
                        Confidence.CLAIMED),
                event(
                        "2023-10-02-us-demand",
                        EventKind.DIPLOMATIC,
                        "demand",
                        "2023-10-02",
                        null,
                        "United States demands withdrawal",
                        20.9000,
                        42.6000,
                        List.of("United States"),
                        Confidence.CONFIRMED));
    }

    /** {@code n} generated events, one a day from 1 Jan 2020, cycling kinds and confidences. */
    static List<Event> many(int n) {
        List<Event> events = new ArrayList<>(n);
        java.time.LocalDate start = java.time.LocalDate.of(2020, 1, 1);
        for (int i = 0; i < n; i++) {
            EventKind kind = EventKind.values()[i % 3];
            events.add(event(
                    "e" + i,
                    kind,
                    kind == EventKind.DEPLOYMENT ? "police" : "other",
                    start.plusDays(i % 1500).toString(),
                    null,
                    "Event " + i,
                    20 + (i % 100) * 0.01,
                    42.5 + (i % 77) * 0.01,
                    List.of("Actor " + (i % 10)),
                    Confidence.values()[i % 4]));
        }
        return events;
    }
}
