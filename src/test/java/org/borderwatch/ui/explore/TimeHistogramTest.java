package org.borderwatch.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.postgis.DayCount;
import org.junit.jupiter.api.Test;

class TimeHistogramTest {

    @Test
    void deploymentCountsInEveryBinOfItsSpan() {
        Event start = ExploreFixtures.event(
                "a", EventKind.INCIDENT, "other", "2023-09-01", null, "A", 20, 42, List.of(), Confidence.CONFIRMED);
        Event deployment = ExploreFixtures.event(
                "b",
                EventKind.DEPLOYMENT,
                "armour",
                "2023-09-03",
                "2023-09-06",
                "B",
                20,
                42,
                List.of(),
                Confidence.CONFIRMED);
        Event end = ExploreFixtures.event(
                "c", EventKind.INCIDENT, "other", "2023-09-10", null, "C", 20, 42, List.of(), Confidence.CONFIRMED);
        TimeHistogram h = TimeHistogram.of(List.of(start, deployment, end), List.of(start, deployment, end));

        assertThat(h.unit()).isEqualTo(TimeHistogram.BinUnit.DAY);
        assertThat(h.counts()).containsExactly(1, 0, 1, 1, 1, 1, 0, 0, 0, 1);
    }

    @Test
    void binsByWeekForAYearAndByMonthBeyondThreeYears() {
        TimeHistogram year = TimeHistogram.of(ExploreFixtures.small(), ExploreFixtures.small());
        assertThat(year.unit()).isEqualTo(TimeHistogram.BinUnit.WEEK);
        assertThat(year.binStart(0)).isEqualTo(LocalDate.of(2022, 12, 5)); // the Monday before 10 Dec 2022
        assertThat(year.first()).isEqualTo(LocalDate.of(2022, 12, 10));
        assertThat(year.last()).isEqualTo(LocalDate.of(2023, 10, 31));

        List<Event> decade = ExploreFixtures.many(1500);
        TimeHistogram months = TimeHistogram.of(decade, decade);
        assertThat(months.unit()).isEqualTo(TimeHistogram.BinUnit.MONTH);
        assertThat(Arrays.stream(months.counts()).sum()).isEqualTo(1500);
    }

    @Test
    void countsOnlyTheCountedEventsOverTheWholeStoresSpan() {
        List<Event> all = ExploreFixtures.small();
        TimeHistogram h = TimeHistogram.of(all, List.of(ExploreFixtures.banjska()));
        assertThat(Arrays.stream(h.counts()).sum()).isEqualTo(1);
        assertThat(h.counts()[h.binOf(LocalDate.of(2023, 9, 24))]).isEqualTo(1);
        assertThat(h.binStart(h.binOf(LocalDate.of(2023, 9, 24)))).isEqualTo(LocalDate.of(2023, 9, 18));
    }

    /** Starts per day and carried per later day of each event's span, as the database counts them. */
    private static List<DayCount> days(List<Event> events) {
        java.util.TreeMap<LocalDate, int[]> days = new java.util.TreeMap<>();
        for (Event e : events) {
            days.computeIfAbsent(e.date().day(), d -> new int[2])[0]++;
            for (LocalDate d = e.date().day().plusDays(1); !d.isAfter(e.lastDay()); d = d.plusDays(1))
                days.computeIfAbsent(d, k -> new int[2])[1]++;
        }
        return days.entrySet().stream()
                .map(d -> new DayCount(d.getKey(), d.getValue()[0], d.getValue()[1]))
                .toList();
    }

    @Test
    void theDatabasesCountsPerDayMakeTheSameBarsAsTheEventsByDayWeekAndMonth() {
        Event deployment = ExploreFixtures.event(
                "b",
                EventKind.DEPLOYMENT,
                "armour",
                "2023-09-03",
                "2023-11-06",
                "B",
                20,
                42,
                List.of(),
                Confidence.CONFIRMED);
        for (List<Event> events : List.of(
                ExploreFixtures.small(),
                ExploreFixtures.many(1500),
                List.of(deployment),
                java.util.stream.Stream.concat(ExploreFixtures.small().stream(), java.util.stream.Stream.of(deployment))
                        .toList()))
            assertThat(TimeHistogram.ofDays(days(events))).isEqualTo(TimeHistogram.of(events, events));
        assertThat(TimeHistogram.ofDays(List.of())).isEqualTo(TimeHistogram.EMPTY);
    }
}
