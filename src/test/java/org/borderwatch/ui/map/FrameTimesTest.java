package org.borderwatch.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrameTimesTest {

    @Test
    void summaryGivesCountMedianMaxAndCpuMedian() {
        FrameTimes times = new FrameTimes();
        times.add(12, 10);
        times.add(8, 7);
        times.add(30, 11);
        times.add(10, 9);

        assertThat(times.summary()).isEqualTo("4 frames, median 11.0 ms, max 30.0 ms; CPU median 9.5 ms");
    }

    @Test
    void growsPastItsFirstCapacityAndClears() {
        FrameTimes times = new FrameTimes();
        for (int i = 1; i <= 101; i++) times.add(i, i);

        assertThat(times.medianMillis()).isEqualTo(51.0);
        times.clear();
        assertThat(times.count()).isZero();
        assertThat(times.medianMillis()).isNaN();
    }
}
