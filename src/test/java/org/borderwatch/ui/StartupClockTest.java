package org.borderwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupClockTest {
    @Test
    void reportsMillisecondsFromProcessStartToTheFirstFrameAndQuits() {
        List<String> lines = new ArrayList<>();
        boolean[] quit = {false};
        StartupClock clock = new StartupClock(Instant.parse("2026-01-01T00:00:00Z"), lines::add, () -> quit[0] = true);

        clock.firstFrame(Instant.parse("2026-01-01T00:00:02.345Z"));

        assertThat(lines).containsExactly("borderwatch: first map frame on screen 2345 ms after the JVM started");
        assertThat(quit[0]).isTrue();
    }
}
