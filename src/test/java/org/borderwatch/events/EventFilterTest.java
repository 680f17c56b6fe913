package org.borderwatch.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class EventFilterTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private static Event event(
            String id,
            EventKind kind,
            String category,
            String date,
            String end,
            String title,
            String summary,
            Place place,
            List<String> actors,
            Confidence confidence) {
        return new Event(
                id,
                kind,
                category,
                title,
                summary,
                EventDate.parse(date),
                end == null ? null : EventDate.parse(end),
                place,
                GEOMETRY.createPoint(new Coordinate(20.87, 42.91)),
                new Precision(Precision.Level.SETTLEMENT, 0),
                actors,
                null,
                null,
                List.of(new Source("Reuters", null, "https://example.org/" + id, null)),
                confidence,
                List.of(),
                null,
                Map.of());
    }

    private final Event ambush = event(
            "ambush",
            EventKind.INCIDENT,
            "attack",
            "2023-09-24",
            null,
            "Police patrol ambushed near Banjska",
            "Gunmen opened fire on a patrol.",
            new Place("Banjska", "Zvečan", "Kosovo"),
            List.of("Kosovo Police", "Serb armed group"),
            Confidence.CONFIRMED);
    private final Event buildUp = event(
            "build-up",
            EventKind.DEPLOYMENT,
            "armour",
            "2023-09-01",
            "2023-10-15",
            "Armour massed along the boundary",
            "Tanks and artillery moved to bases near the line.",
            new Place("Raška", "Raška", "Serbia"),
            List.of("Serbian Armed Forces"),
            Confidence.REPORTED);
    private final Event demand = event(
            "demand",
            EventKind.DIPLOMATIC,
            "demand",
            "2023-10-20",
            null,
            "Allies demand de-escalation",
            "A joint statement.",
            null,
            List.of(),
            Confidence.CLAIMED);

    @Test
    void emptyFilterPassesEverything() {
        assertThat(List.of(ambush, buildUp, demand)).allMatch(EventFilter.ALL::test);
        assertThat(EventFilter.ALL.isEmpty()).isTrue();
        assertThat(EventFilter.ALL.describe()).isEqualTo("all events");
    }

    @Test
    void deploymentPassesARangeThatOverlapsOnlyTheMiddleOfItsSpan() {
        EventFilter october = EventFilter.ALL.withDates(LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 5));
        assertThat(october.test(buildUp)).isTrue();
        assertThat(october.test(ambush)).isFalse();
        assertThat(october.test(demand)).isFalse();
    }

    @Test
    void spanOverlapCountsTheBoundaryDaysOnBothEnds() {
        assertThat(EventFilter.ALL.withDates(LocalDate.of(2023, 10, 15), null).test(buildUp))
                .isTrue();
        assertThat(EventFilter.ALL.withDates(LocalDate.of(2023, 10, 16), null).test(buildUp))
                .isFalse();
        assertThat(EventFilter.ALL.withDates(null, LocalDate.of(2023, 9, 1)).test(buildUp))
                .isTrue();
        assertThat(EventFilter.ALL.withDates(null, LocalDate.of(2023, 8, 31)).test(buildUp))
                .isFalse();
    }

    @Test
    void textSearchLooksAtTitleSummaryPlaceAndActorsIgnoringCaseAndAccents() {
        assertThat(EventFilter.ALL.withText("AMBUSHED").test(ambush)).isTrue();
        assertThat(EventFilter.ALL.withText("opened fire").test(ambush)).isTrue();
        assertThat(EventFilter.ALL.withText("zvecan").test(ambush)).isTrue();
        assertThat(EventFilter.ALL.withText("Zvečan").test(ambush)).isTrue();
        assertThat(EventFilter.ALL.withText("serbian armed").test(buildUp)).isTrue();
        assertThat(EventFilter.ALL.withText("raska").test(buildUp)).isTrue();
        assertThat(EventFilter.ALL.withText("zvecan").test(buildUp)).isFalse();
    }

    @Test
    void everyWordOfTheTextMustOccur() {
        assertThat(EventFilter.ALL.withText("banjska patrol").test(ambush)).isTrue();
        assertThat(EventFilter.ALL.withText("banjska tanks").test(ambush)).isFalse();
    }

    @Test
    void kindsCategoriesActorsAndConfidencesEachRestrict() {
        assertThat(EventFilter.ALL.withKinds(Set.of(EventKind.DEPLOYMENT)).test(buildUp))
                .isTrue();
        assertThat(EventFilter.ALL.withKinds(Set.of(EventKind.DEPLOYMENT)).test(ambush))
                .isFalse();
        assertThat(EventFilter.ALL.withCategories(Set.of("attack")).test(ambush))
                .isTrue();
        assertThat(EventFilter.ALL.withCategories(Set.of("attack")).test(buildUp))
                .isFalse();
        assertThat(EventFilter.ALL.withActors(Set.of("Kosovo Police")).test(ambush))
                .isTrue();
        assertThat(EventFilter.ALL.withActors(Set.of("Kosovo Police")).test(demand))
                .isFalse();
        assertThat(EventFilter.ALL
                        .withConfidences(Set.of(Confidence.CONFIRMED, Confidence.REPORTED))
                        .test(demand))
                .isFalse();
    }

    @Test
    void anEmptyChoiceLetsNothingThrough() {
        EventFilter none = EventFilter.ALL.withKinds(Set.of());
        assertThat(List.of(ambush, buildUp, demand)).noneMatch(none::test);
        assertThat(none.describe()).isEqualTo("no events");
    }

    @Test
    void histogramTestIgnoresOnlyTheDates() {
        EventFilter f = EventFilter.ALL
                .withKinds(Set.of(EventKind.INCIDENT))
                .withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2));
        assertThat(f.test(ambush)).isFalse();
        assertThat(f.testIgnoringDates(ambush)).isTrue();
        assertThat(f.testIgnoringDates(buildUp)).isFalse();
    }

    @Test
    void describesKindsAndARangeWithinOneYear() {
        EventFilter f = EventFilter.ALL
                .withKinds(Set.of(EventKind.DEPLOYMENT, EventKind.INCIDENT))
                .withDates(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 10, 31));
        assertThat(f.describe()).isEqualTo("incidents and deployments, 1 Sep – 31 Oct 2023");
    }

    @Test
    void describesConfidenceTextAndOpenRangesAcrossYears() {
        EventFilter f = EventFilter.ALL
                .withConfidences(Set.of(Confidence.CONFIRMED))
                .withKinds(Set.of(EventKind.INCIDENT))
                .withText("banjska")
                .withDates(LocalDate.of(2023, 9, 24), null);
        assertThat(f.describe()).isEqualTo("confirmed incidents, matching “banjska”, from 24 Sep 2023");
        assertThat(EventFilter.ALL
                        .withDates(LocalDate.of(2022, 12, 1), LocalDate.of(2024, 1, 31))
                        .describe())
                .isEqualTo("all events, 1 Dec 2022 – 31 Jan 2024");
        assertThat(EventFilter.ALL
                        .withCategories(Set.of("border_closure", "roadblock"))
                        .describe())
                .isEqualTo("all events, categories border closure or roadblock");
    }

    @Test
    void refusesARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> EventFilter.ALL.withDates(LocalDate.of(2023, 10, 2), LocalDate.of(2023, 10, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2023-10-01");
    }
}
