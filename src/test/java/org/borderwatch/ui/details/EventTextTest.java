package org.borderwatch.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.ui.explore.ExploreFixtures;
import org.junit.jupiter.api.Test;

class EventTextTest {

    private static String span(String from, String to) {
        return EventText.dates(ExploreFixtures.event("x", EventKind.DEPLOYMENT, "police", from, to, "X", 20, 42, List.of(),
                Confidence.CONFIRMED));
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
        assertThat(EventText.casualties(new Casualties(1, null, 0, List.of()))).isEqualTo("1 killed, unknown injured, 0 arrested");
        assertThat(EventText.casualties(Casualties.NONE_REPORTED)).isEqualTo("none reported");
    }
}
