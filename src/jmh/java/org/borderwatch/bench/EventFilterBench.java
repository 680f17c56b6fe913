package org.borderwatch.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One filtering pass over a whole store, as the explore state runs it on every filter change: the
 * date range alone (a timeline drag), kinds and confidences (a tick box), and free text (the search
 * box, the only part that reads the summaries). Events are synthetic, with summaries of about 200
 * characters, a tenth of them with accented place names.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx6g"})
public class EventFilterBench {

    @Param({"100000", "1000000"})
    public int events;

    private List<Event> store;
    private final EventFilter dates = EventFilter.ALL.withDates(LocalDate.of(2015, 3, 1), LocalDate.of(2015, 9, 30));
    private final EventFilter ticks = EventFilter.ALL
            .withKinds(Set.of(EventKind.INCIDENT, EventKind.DEPLOYMENT))
            .withConfidences(Set.of(Confidence.CONFIRMED, Confidence.REPORTED));
    private final EventFilter text = EventFilter.ALL.withText("jarinje police");

    @Setup
    public void generate() {
        Random r = new Random(20240005);
        GeometryFactory geometry = new GeometryFactory();
        String[] words = ("the a at near border crossing police reported closed opened vehicles convoy residents "
                        + "bridge road municipality north south village checkpoint officers tension statement meeting "
                        + "barricade removed incident unit patrol river mitrovica jarinje brnjak merdare")
                .split(" ");
        String[] places = {"Jarinje", "Zvečan", "Leposavić", "Banjska", "Rudare", "Brnjak", "Merdare", "Raška"};
        String[] actors = {"KFOR", "EULEX", "Kosovo Police", "Serbian Armed Forces", "local residents", "NATO"};
        LocalDate start = LocalDate.of(2008, 1, 1);
        store = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            StringBuilder summary = new StringBuilder();
            while (summary.length() < 200)
                summary.append(words[r.nextInt(words.length)]).append(' ');
            LocalDate day = start.plusDays(r.nextInt(6500));
            EventKind kind = EventKind.values()[r.nextInt(3)];
            store.add(new Event(
                    "e" + i,
                    kind,
                    "other",
                    "Event " + i + " " + words[r.nextInt(words.length)],
                    summary.toString(),
                    EventDate.parse(day.toString()),
                    kind == EventKind.DEPLOYMENT
                            ? EventDate.parse(day.plusDays(r.nextInt(90)).toString())
                            : null,
                    new Place(places[r.nextInt(places.length)], null, "Kosovo"),
                    geometry.createPoint(new Coordinate(18.5 + r.nextDouble() * 5, 41.5 + r.nextDouble() * 3)),
                    new Precision(Precision.Level.SETTLEMENT, 0),
                    List.of(actors[r.nextInt(actors.length)]),
                    null,
                    null,
                    List.of(new Source("Bench", null, "https://example.org/" + i, null)),
                    Confidence.values()[r.nextInt(4)],
                    List.of(),
                    null,
                    Map.of()));
        }
    }

    @Benchmark
    public int dateRange() {
        return count(dates);
    }

    @Benchmark
    public int kindsAndConfidences() {
        return count(ticks);
    }

    @Benchmark
    public int freeText() {
        return count(text);
    }

    private int count(EventFilter f) {
        int n = 0;
        java.util.function.Predicate<Event> passes = f.predicate();
        for (Event e : store) if (passes.test(e)) n++;
        return n;
    }
}
