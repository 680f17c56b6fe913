package org.borderwatch.crossings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.events.model.Source;
import org.junit.jupiter.api.Test;

class CrossingTest {

    private static final List<Source> SOURCE = List.of(new Source("test", null, "https://example.org/a", null));

    static StatusInterval interval(String from, String until, CrossingStatus status) {
        return new StatusInterval(
                LocalDate.parse(from), LocalDate.parse(until), status, null, null, "summary", null, SOURCE);
    }

    static Crossing crossing(StatusInterval... history) {
        return new Crossing(
                "jarinje",
                new CrossingNames("Jarinje", "Јариње", "Jarinjë", List.of()),
                20.69167,
                43.21861,
                new Position(Position.Level.PUBLISHED, 0.5, "test", SOURCE),
                "",
                List.of(history));
    }

    private final Crossing jarinje = crossing(
            interval("2022-08-01", "2022-12-10", CrossingStatus.OPEN),
            interval("2022-12-10", "2022-12-30", CrossingStatus.CLOSED),
            interval("2022-12-30", "2023-06-14", CrossingStatus.OPEN),
            // a gap from 14 June to 24 September
            interval("2023-09-24", "2023-10-18", CrossingStatus.CLOSED_TO_ENTRY_FROM_SERBIA));

    @Test
    void theDayOfClosureIsClosed() {
        assertThat(jarinje.statusOn(LocalDate.of(2022, 12, 9)).status()).isEqualTo(CrossingStatus.OPEN);
        assertThat(jarinje.statusOn(LocalDate.of(2022, 12, 10)).status()).isEqualTo(CrossingStatus.CLOSED);
    }

    @Test
    void theDayOfReopeningIsOpenAndTheDayBeforeStillClosed() {
        assertThat(jarinje.statusOn(LocalDate.of(2022, 12, 29)).status()).isEqualTo(CrossingStatus.CLOSED);
        assertThat(jarinje.statusOn(LocalDate.of(2022, 12, 30)).status()).isEqualTo(CrossingStatus.OPEN);
    }

    @Test
    void aDayInAGapOrOutsideTheHistoryIsUnknownWithNoInterval() {
        StatusOnDay gap = jarinje.statusOn(LocalDate.of(2023, 7, 1));
        assertThat(gap.status()).isEqualTo(CrossingStatus.UNKNOWN);
        assertThat(gap.interval()).isNull();
        assertThat(jarinje.statusOn(LocalDate.of(2022, 7, 31)).status()).isEqualTo(CrossingStatus.UNKNOWN);
        assertThat(jarinje.statusOn(LocalDate.of(2023, 10, 18)).status()).isEqualTo(CrossingStatus.UNKNOWN);
        assertThat(jarinje.statusOn(LocalDate.of(2023, 10, 17)).status())
                .isEqualTo(CrossingStatus.CLOSED_TO_ENTRY_FROM_SERBIA);
    }

    @Test
    void spansMakeTheGapsExplicit() {
        List<Crossing.Span> spans = jarinje.spans();
        assertThat(spans)
                .extracting(Crossing.Span::status)
                .containsExactly(
                        CrossingStatus.OPEN,
                        CrossingStatus.CLOSED,
                        CrossingStatus.OPEN,
                        CrossingStatus.UNKNOWN,
                        CrossingStatus.CLOSED_TO_ENTRY_FROM_SERBIA);
        assertThat(spans.get(3).from()).isEqualTo(LocalDate.of(2023, 6, 14));
        assertThat(spans.get(3).until()).isEqualTo(LocalDate.of(2023, 9, 24));
    }

    @Test
    void overlappingIntervalsAreRefusedNamingTheCrossing() {
        assertThatThrownBy(() -> crossing(
                        interval("2022-12-10", "2022-12-30", CrossingStatus.CLOSED),
                        interval("2022-12-29", "2023-01-05", CrossingStatus.OPEN)))
                .hasMessageContaining("crossing jarinje")
                .hasMessageContaining("2022-12-29");
    }

    @Test
    void anIntervalMustEndAfterItStarts() {
        assertThatThrownBy(() -> interval("2022-12-10", "2022-12-10", CrossingStatus.CLOSED))
                .hasMessageContaining("on or before");
    }

    @Test
    void namesMatchWholeWordsIgnoringCaseAndDiacritics() {
        CrossingNames names = new CrossingNames("Bela Zemlja", "Бела Земља", "Dheu i Bardhë", List.of("Končulj"));
        assertThat(names.namedIn("queues at DHEU I BARDHE this morning")).isTrue();
        assertThat(names.namedIn("the Konculj crossing")).isTrue();
        assertThat(names.namedIn("Бела Земља")).isTrue();
        assertThat(names.namedIn("Bela Zemljak")).isFalse();
        assertThat(names.namedIn(null)).isFalse();
    }

    @Test
    void describeSaysWhoAndFromWhichSide() {
        StatusInterval blocked = new StatusInterval(
                LocalDate.of(2022, 12, 27),
                LocalDate.of(2022, 12, 29),
                CrossingStatus.BLOCKED,
                "protesters",
                StatusInterval.Side.SERBIA,
                "summary",
                null,
                SOURCE);
        assertThat(blocked.describe()).isEqualTo("blocked by protesters, Serbia side");
        assertThat(blocked.lastDay()).isEqualTo(LocalDate.of(2022, 12, 28));
    }
}
