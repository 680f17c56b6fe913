package org.borderwatch.events;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.stream.Stream;
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
 * A deterministic synthetic store for tests and benchmarks: N events scattered over 18.5–23.5°E,
 * 41.5–44.5°N, valid against the schema, the same for the same count and seed on any machine. Real place
 * names label them but the positions are random; every event is tagged "synthetic", its title says so and
 * its source is an example.org address, so no one can mistake one for reporting.
 */
public final class SyntheticEvents implements Iterable<Event> {

    private static final double WEST = 18.5, EAST = 23.5, SOUTH = 41.5, NORTH = 44.5;
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    private static final int DAYS = 3 * 365;

    /** Place words only; the points are random, and each event says so in its coordinate source. */
    private static final List<Place> PLACES = Stream.of(
                    new Place("Zvečan", "Zvečan", "Kosovo"), new Place("Banjska", "Zvečan", "Kosovo"),
                    new Place("Leposavić", "Leposavić", "Kosovo"), new Place("Zubin Potok", "Zubin Potok", "Kosovo"),
                    new Place("Jarinje", "Leposavić", "Kosovo"), new Place("Brnjak", "Zubin Potok", "Kosovo"),
                    new Place("Mitrovica", "North Mitrovica", "Kosovo"), new Place("Pristina", "Pristina", "Kosovo"),
                    new Place("Raška", "Raška", "Serbia"), new Place("Novi Pazar", "Novi Pazar", "Serbia"),
                    new Place("Kuršumlija", "Kuršumlija", "Serbia"), new Place("Vranje", "Vranje", "Serbia"),
                    new Place("Bujanovac", "Bujanovac", "Serbia"), new Place("Medveđa", "Medveđa", "Serbia"),
                    new Place("Kraljevo", "Kraljevo", "Serbia"), new Place("Niš", "Niš", "Serbia"))
            .map(p -> p.withCoordinate(null, "synthetic: a random point, not a reported place"))
            .toList();

    private static final List<String> ACTORS = List.of(
            "Kosovo Police",
            "KFOR",
            "EULEX",
            "Serbian Armed Forces",
            "Serbian police",
            "local residents",
            "Serb armed group",
            "Government of Serbia",
            "Government of Kosovo",
            "NATO",
            "European Union",
            "United States");
    private static final List<String> PUBLISHERS = List.of(
            "Reuters",
            "Associated Press",
            "BBC News",
            "Balkan Insight",
            "Radio Free Europe/Radio Liberty",
            "Kosovo Online",
            "Koha",
            "RTS");
    private static final List<String> EQUIPMENT = List.of(
            "main battle tank",
            "self-propelled howitzer",
            "multiple rocket launcher",
            "armoured personnel carrier",
            "air defence system");
    private static final double[] RADII_KM = {0.5, 1, 2, 5, 10};

    private final int count;
    private final long seed;

    /**
     * @throws IllegalArgumentException if count is negative
     */
    public SyntheticEvents(int count, long seed) {
        if (count < 0) throw new IllegalArgumentException("event count must be 0 or more, got " + count);
        this.count = count;
        this.seed = seed;
    }

    @Override
    public Iterator<Event> iterator() {
        SplittableRandom random = new SplittableRandom(seed);
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Event next() {
                if (next >= count) throw new NoSuchElementException();
                return make(next++, random);
            }
        };
    }

    private static Event make(int n, SplittableRandom r) {
        double pick = r.nextDouble();
        EventKind kind = pick < 0.7 ? EventKind.INCIDENT : pick < 0.9 ? EventKind.DEPLOYMENT : EventKind.DIPLOMATIC;
        String category = kind.categories().get(r.nextInt(kind.categories().size()));
        Place place = PLACES.get(r.nextInt(PLACES.size()));
        double lon = round6(WEST + r.nextDouble() * (EAST - WEST));
        double lat = round6(SOUTH + r.nextDouble() * (NORTH - SOUTH));
        LocalDate day = FIRST_DAY.plusDays(r.nextInt(DAYS));
        EventDate date = new EventDate(day.toString(), day);
        EventDate end = null;
        if (kind == EventKind.DEPLOYMENT) {
            LocalDate last = day.plusDays(r.nextInt(90));
            end = new EventDate(last.toString(), last);
        }
        Precision.Level level = Precision.Level.values()[r.nextInt(4)];
        Precision precision =
                new Precision(level, level == Precision.Level.APPROXIMATE ? RADII_KM[r.nextInt(RADII_KM.length)] : 0);
        String a1 = ACTORS.get(r.nextInt(ACTORS.size()));
        String a2 = ACTORS.get(r.nextInt(ACTORS.size()));
        List<String> actors = a1.equals(a2) ? List.of(a1) : List.of(a1, a2);
        Casualties casualties = null;
        if (kind == EventKind.INCIDENT && r.nextInt(3) == 0)
            casualties = new Casualties(r.nextInt(4), r.nextInt(6), r.nextBoolean() ? r.nextInt(5) : null, List.of());
        List<Equipment> equipment = kind == EventKind.DEPLOYMENT
                ? List.of(new Equipment(
                        EQUIPMENT.get(r.nextInt(EQUIPMENT.size())), null, r.nextBoolean() ? 1 + r.nextInt(40) : null))
                : List.of();
        String id = String.format("syn-%07d", n);
        String publisher = PUBLISHERS.get(r.nextInt(PUBLISHERS.size()));
        Source source = new Source(publisher, null, "https://example.org/borderwatch/synthetic/" + id, day.toString());
        Confidence confidence = Confidence.values()[r.nextInt(Confidence.values().length)];
        String title = "Synthetic " + category.replace('_', ' ') + " near " + place.place() + " #" + n;
        return new Event(
                id,
                kind,
                category,
                title,
                null,
                date,
                end,
                place,
                lon,
                lat,
                null,
                precision,
                actors,
                casualties,
                equipment,
                List.of(source),
                confidence,
                List.of("synthetic"),
                null,
                Map.of());
    }

    private static double round6(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
