package org.borderwatch.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class FrameSequenceTest {
    private static final LocalDate START = LocalDate.of(2023, 9, 22);

    @Test
    void slidingWindowShowsEachStepAlone() {
        var days = new FrameSequence(3, Period.ofDays(7), FrameSequence.Window.SLIDING).days(START);
        assertThat(days)
                .containsExactly(
                        new FrameSequence.Days(LocalDate.of(2023, 9, 22), LocalDate.of(2023, 9, 28)),
                        new FrameSequence.Days(LocalDate.of(2023, 9, 29), LocalDate.of(2023, 10, 5)),
                        new FrameSequence.Days(LocalDate.of(2023, 10, 6), LocalDate.of(2023, 10, 12)));
    }

    @Test
    void cumulativeWindowKeepsEverythingSinceTheFirstDay() {
        var days = new FrameSequence(2, Period.ofDays(1), FrameSequence.Window.CUMULATIVE).days(START);
        assertThat(days)
                .containsExactly(
                        new FrameSequence.Days(START, START), new FrameSequence.Days(START, START.plusDays(1)));
    }

    @Test
    void stepsAreDaysWeeksOrMonths() {
        assertThat(FrameSequence.parseStep("1d")).isEqualTo(Period.ofDays(1));
        assertThat(FrameSequence.parseStep("7D")).isEqualTo(Period.ofDays(7));
        assertThat(FrameSequence.parseStep("2w")).isEqualTo(Period.ofDays(14));
        assertThat(FrameSequence.parseStep("1m")).isEqualTo(Period.ofMonths(1));
        assertThatThrownBy(() -> FrameSequence.parseStep("0d")).hasMessageContaining("\"0d\"");
        assertThatThrownBy(() -> FrameSequence.parseStep("weekly")).hasMessageContaining("e.g. 1d, 7d");
    }
}
