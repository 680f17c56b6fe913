package org.borderwatch.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.DatePrecision;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.ui.explore.ExploreFixtures;
import org.junit.jupiter.api.Test;

class EventTextTest {

    private static String span(String from, String to) {
        return EventText.dates(ExploreFixtures.event(
                "x", EventKind.DEPLOYMENT, "police", from, to, "X", 20, 42, List.of(), Confidence.CONFIRMED));
    }

    @Test
    void spansAreWrittenAsShortAsTheyReadUnambiguously() {
        assertThat(span("2023-09-24", null)).isEqualTo("24 Sep 2023");
        assertThat(span("2023-09-24", "2023-09-24")).isEqualTo("24 Sep 2023");
        assertThat(span("2023-09-24", "2023-09-26")).isEqualTo("24–26 Sep 2023");
        assertThat(span("2023-09-24", "2023-10-04")).isEqualTo("24 Sep – 4 Oct 2023");
        assertThat(span("2022-12-29", "2023-01-05")).isEqualTo("29 Dec 2022 – 5 Jan 2023");
    }

    @Test
    void unknownCasualtyCountsAreNotZero() {
        assertThat(EventText.casualties(new Casualties(1, null, 0, List.of())))
                .isEqualTo("1 killed, unknown injured, 0 arrested");
        assertThat(EventText.casualties(Casualties.NONE_REPORTED)).isEqualTo("none reported");
    }

    @Test
    void aDateKnownOnlyToTheWeekOrMonthSaysSo() {
        Event e = ExploreFixtures.event(
                "x", EventKind.INCIDENT, "attack", "2023-09-24", null, "X", 20, 42, List.of(), Confidence.REPORTED);
        Event weekly = new Event(
                e.id(),
                e.kind(),
                e.category(),
                e.title(),
                e.summary(),
                e.date().within(DatePrecision.WEEK),
                null,
                e.location(),
                e.geometry(),
                e.precision(),
                e.actors(),
                null,
                null,
                e.sources(),
                e.confidence(),
                null,
                null,
                null);

        assertThat(EventText.dates(weekly)).isEqualTo("24 Sep 2023 (within a week)");
        assertThat(EventText.datesInFull(weekly)).isEqualTo("24 Sep 2023\ndate known to the week, not the day");
        assertThat(EventText.dates(e)).isEqualTo("24 Sep 2023");
    }

    @Test
    void aRangeOfEstimatesFollowsTheKilledCount() {
        assertThat(EventText.casualties(new Casualties(15, null, null, List.of(), null, 12, 20)))
                .isEqualTo("15 killed (estimates 12–20), unknown injured, unknown arrested");
    }
}
