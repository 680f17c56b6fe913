package org.borderwatch.events.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.SyntheticEvents;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.EventKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Envelope;

/** What a map view asks the PostGIS store, against a real server: counts kept by triggers, and rows when few. */
class EventViewTest {

    @RegisterExtension
    static final PostgisServer server = new PostgisServer();

    private static final Envelope REGION = new Envelope(18.5, 23.5, 41.5, 44.5);
    private static final Envelope LOCAL = new Envelope(20.6, 21.26, 42.7, 43.05);

    @BeforeEach
    void emptyStore() throws Exception {
        server.reset();
    }

    /** The events of the list in the area overlapping the filter's days and kinds, counted the slow sure way. */
    private static long expected(List<Event> events, Envelope area, EventFilter filter) {
        return events.stream()
                .filter(filter.predicate())
                .filter(e -> area.contains(e.geometry().getEnvelopeInternal().centre()))
                .count();
    }

    private static int sum(EventView view) {
        return view.cells().stream().mapToInt(ViewCell::count).sum();
    }

    @Test
    void countsPerCellAgreeWithTheEventsThroughAddsEditsAndDeletesWithSpans() throws Exception {
        List<Event> events = new ArrayList<>();
        for (Event e : new SyntheticEvents(3_000, 7)) events.add(e);
        try (PostgisEventStore store = server.open("editor")) {
            store.fill(events, Map.of(), Map.of(), List.of());
            // edits move events in space and time and change their kind; deletes take them out
            for (int i = 0; i < 200; i++) {
                Event e = events.get(i);
                Event moved = PostgisEventStoreTest.event(
                        e.id(),
                        "moved",
                        19 + i % 40 * 0.1,
                        42 + i % 20 * 0.1,
                        "2023-0" + (1 + i % 9) + "-15",
                        Map.of());
                store.replace(e, moved);
                events.set(i, moved);
            }
            for (int i = 200; i < 300; i++) store.delete(events.get(i));
            events.subList(200, 300).clear();

            for (EventFilter filter : List.of(
                    EventFilter.ALL,
                    EventFilter.ALL.withDates(LocalDate.of(2023, 3, 10), LocalDate.of(2023, 7, 2)),
                    EventFilter.ALL.withDates(LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 1)),
                    // whole months (from event_cell_months) beside days, a range starting on a month's first day
                    EventFilter.ALL.withDates(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 5, 31)),
                    EventFilter.ALL.withDates(LocalDate.of(2022, 2, 15), LocalDate.of(2023, 3, 31)),
                    EventFilter.ALL.withDates(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 10)),
                    EventFilter.ALL
                            .withDates(LocalDate.of(2024, 1, 1), null)
                            .withKinds(Set.of(EventKind.DEPLOYMENT)))) {
                // a whole-region view is counted from event_cells, a 1:100k one from the events' index
                EventView wide = store.view(REGION, filter, 0, 0.2);
                assertThat(sum(wide)).as(filter.describe()).isEqualTo(expected(events, REGION, filter));
                assertThat(wide.total()).isEqualTo(sum(wide));
                EventView local = store.view(LOCAL, filter, 0, 0.02);
                assertThat(sum(local)).as(filter.describe()).isEqualTo(expected(events, LOCAL, filter));
            }
        }
    }

    @Test
    void countsHonourActorFreeTextCategoryAndConfidenceFiltersInWideAndNarrowViews() throws Exception {
        List<Event> events = new ArrayList<>();
        for (Event e : new SyntheticEvents(3_000, 11)) events.add(e);
        try (PostgisEventStore store = server.open("editor")) {
            store.fill(events, Map.of(), Map.of(), List.of());
            EventFilter year = EventFilter.ALL.withDates(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
            for (EventFilter filter : List.of(
                    EventFilter.ALL.withActors(Set.of("KFOR")),
                    year.withActors(Set.of("NATO", "EULEX")),
                    EventFilter.ALL.withActors(Set.of()),
                    // "zvecan" finds Zvečan, folded as the file store folds it
                    EventFilter.ALL.withText("zvecan"),
                    year.withText("synthetic banjska").withActors(Set.of("Kosovo Police")),
                    EventFilter.ALL.withConfidences(Set.of(org.borderwatch.events.model.Confidence.CONFIRMED)),
                    EventFilter.ALL.withKinds(Set.of(EventKind.INCIDENT)).withText("police"))) {
                EventView wide = store.view(REGION, filter, 0, 0.2);
                assertThat(wide.total()).as(filter.describe()).isEqualTo(expected(events, REGION, filter));
                assertThat(sum(wide)).as(filter.describe()).isEqualTo(wide.total());
                EventView local = store.view(LOCAL, filter, 0, 0.02);
                assertThat(local.total()).as(filter.describe()).isEqualTo(expected(events, LOCAL, filter));
                assertThat(sum(local)).as(filter.describe()).isEqualTo(local.total());
                // and when few enough to fetch, exactly the events that pass
                EventView fetched = store.view(LOCAL, filter, 100_000, 0.02);
                assertThat(fetched.events())
                        .as(filter.describe())
                        .containsExactlyElementsOf(events.stream()
                                .filter(filter.predicate())
                                .filter(e -> LOCAL.contains(
                                        e.geometry().getEnvelopeInternal().centre()))
                                .toList());
            }
            assertThat(expected(events, REGION, EventFilter.ALL.withText("zvecan")))
                    .as("the text filter test needs events to find")
                    .isPositive();
        }
    }

    /** Per day, the starts and carried of the events in the area passing the filter but its dates, the slow sure way. */
    private static List<DayCount> expectedDays(List<Event> events, Envelope area, EventFilter filter) {
        java.util.TreeMap<LocalDate, int[]> days = new java.util.TreeMap<>();
        events.stream()
                .filter(filter.withDates(null, null).predicate())
                .filter(e -> area.contains(e.geometry().getEnvelopeInternal().centre()))
                .forEach(e -> {
                    days.computeIfAbsent(e.date().day(), d -> new int[2])[0]++;
                    for (LocalDate d = e.date().day().plusDays(1); !d.isAfter(e.lastDay()); d = d.plusDays(1))
                        days.computeIfAbsent(d, k -> new int[2])[1]++;
                });
        return days.entrySet().stream()
                .map(d -> new DayCount(d.getKey(), d.getValue()[0], d.getValue()[1]))
                .toList();
    }

    @Test
    void theTimelineCountsEachDayOfTheViewWhateverTheFiltersDates() throws Exception {
        List<Event> events = new ArrayList<>();
        for (Event e : new SyntheticEvents(2_000, 13)) events.add(e);
        events.add(spanning("long", "2023-02-20", "2023-04-03"));
        try (PostgisEventStore store = server.open("editor")) {
            store.fill(events, Map.of(), Map.of(), List.of());
            EventFilter year = EventFilter.ALL.withDates(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
            for (EventFilter filter : List.of(
                    year,
                    year.withKinds(Set.of(EventKind.DEPLOYMENT)),
                    EventFilter.ALL.withActors(Set.of("KFOR")),
                    EventFilter.ALL.withText("zvecan"))) {
                // the whole region from event_cells (kinds alone) or the events, 1:100k from the events
                assertThat(store.timeline(REGION, filter))
                        .as(filter.describe())
                        .isEqualTo(expectedDays(events, REGION, filter));
                assertThat(store.timeline(LOCAL, filter))
                        .as(filter.describe())
                        .isEqualTo(expectedDays(events, LOCAL, filter));
            }
        }
    }

    @Test
    void aPageListsTheFirstEventsOfTheViewInStoreOrder() throws Exception {
        List<Event> events = new ArrayList<>();
        for (Event e : new SyntheticEvents(2_000, 17)) events.add(e);
        try (PostgisEventStore store = server.open("editor")) {
            store.fill(events, Map.of(), Map.of(), List.of());
            for (EventFilter filter : List.of(
                    EventFilter.ALL, EventFilter.ALL.withActors(Set.of("EULEX")), EventFilter.ALL.withText("police"))) {
                assertThat(store.page(REGION, filter, 50))
                        .as(filter.describe())
                        .containsExactlyElementsOf(events.stream()
                                .filter(filter.predicate())
                                .filter(e -> REGION.contains(
                                        e.geometry().getEnvelopeInternal().centre()))
                                .limit(50)
                                .toList());
            }
        }
    }

    @Test
    void fetchesTheEventsThemselvesWhenTheViewHoldsFewEnough() throws Exception {
        List<Event> events = new ArrayList<>();
        for (Event e : new SyntheticEvents(2_000, 3)) events.add(e);
        try (PostgisEventStore store = server.open("editor")) {
            store.fill(events, Map.of(), Map.of(), List.of());
        }
        EventFilter year = EventFilter.ALL.withDates(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        try (PostgisEventStore store = PostgisEventStore.connect(server.as("viewer"), PasswordSource.standard(null))) {
            EventView local = store.view(LOCAL, year, 1_000, 0.02);
            assertThat(local.counted()).isFalse();
            assertThat(local.cells()).isEmpty();
            assertThat(local.events())
                    .containsExactlyElementsOf(events.stream()
                            .filter(year.predicate())
                            .filter(e -> LOCAL.contains(
                                    e.geometry().getEnvelopeInternal().centre()))
                            .toList());
            EventView wide = store.view(REGION, year, 100, 0.2);
            assertThat(wide.counted()).isTrue();
            assertThat(wide.events()).isEmpty();
            assertThat(wide.total()).isEqualTo(expected(events, REGION, year));
        }
    }

    @Test
    void aStoreConnectedWithoutReadingItsEventsStillFindsEditsAndRefusesConflicts() throws Exception {
        Event original = PostgisEventStoreTest.event("e", "Original", 20.8, 42.9, "2023-05-29", Map.of());
        try (PostgisEventStore writer = server.open("editor")) {
            writer.add(original);
            writer.add(PostgisEventStoreTest.event("f", "Other", 20.9, 42.9, "2023-05-29", Map.of()));
        }
        try (PostgisEventStore alice = PostgisEventStore.connect(server.as("editor"), PasswordSource.standard(null));
                PostgisEventStore bob = PostgisEventStore.connect(server.as("admin"), PasswordSource.standard(null))) {
            assertThat(alice.loadReport().loaded()).isEqualTo(2);
            assertThat(alice.size()).isEqualTo(2);
            Event seen = alice.find("e").orElseThrow();
            Event bobs = PostgisEventStoreTest.event("e", "Bob's", 20.8, 42.9, "2023-05-29", Map.of());
            bob.replace(bob.find("e").orElseThrow(), bobs);
            Event alices = PostgisEventStoreTest.event("e", "Alice's", 20.8, 42.9, "2023-05-29", Map.of());
            assertThatThrownBy(() -> alice.replace(seen, alices))
                    .isInstanceOf(EditConflictException.class)
                    .satisfies(t ->
                            assertThat(((EditConflictException) t).theirs()).isEqualTo(bobs));
            assertThat(alice.all()).extracting(Event::title).containsExactly("Bob's", "Other");
        }
    }

    static Event spanning(String id, String from, String to) {
        Event e = PostgisEventStoreTest.event(id, "span", 20.8, 42.9, from, Map.of());
        return new Event(
                e.id(),
                EventKind.DEPLOYMENT,
                "police",
                e.title(),
                e.summary(),
                e.date(),
                EventDate.parse(to),
                e.location(),
                e.geometry(),
                e.precision(),
                e.actors(),
                e.casualties(),
                e.equipment(),
                e.sources(),
                e.confidence(),
                e.tags(),
                e.updated(),
                e.extra());
    }

    @Test
    void countsASpanOnceInARangeThatStartsInsideIt() throws Exception {
        try (PostgisEventStore store = server.open("editor")) {
            store.add(spanning("s", "2023-05-01", "2023-05-31"));
            for (String[] range : new String[][] {
                {"2023-04-01", "2023-04-30", "0"},
                {"2023-04-20", "2023-05-02", "1"},
                {"2023-05-10", "2023-05-20", "1"},
                {"2023-05-31", "2023-07-01", "1"},
                {"2023-05-01", "2023-05-31", "1"},
                {"2023-03-01", "2023-08-31", "1"},
                {"2023-05-15", "2023-08-31", "1"},
                {"2023-06-01", "2023-07-01", "0"}
            }) {
                EventFilter f = EventFilter.ALL.withDates(LocalDate.parse(range[0]), LocalDate.parse(range[1]));
                assertThat(store.view(REGION, f, 0, 0.2).total())
                        .as(range[0] + ".." + range[1])
                        .isEqualTo(Integer.parseInt(range[2]));
            }
        }
    }
}
