package org.borderwatch.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.borderwatch.render.Frame;

/**
 * Says how long after the JVM started the first map frame with the store's events reached the window, when
 * {@code -Dborderwatch.startup=report} (or {@code =exit}, which then closes the window). The launcher uses
 * {@code exit} to train its class-data archive, and docs/benchmarks.md's start-up figures come from it; the
 * process start time is the operating system's, so JVM start-up itself is counted.
 */
final class StartupClock {
    private final Instant processStart;
    private final Consumer<String> report;
    private final Runnable quit;

    StartupClock(Instant processStart, Consumer<String> report, Runnable quit) {
        this.processStart = processStart;
        this.report = report;
        this.quit = quit;
    }

    /**
     * Watches {@code shownFrame} and reports (and quits, if asked) at the first frame that draws events; off unless
     * asked. A frame painted before the store was read has the base map only and does not count, so a store
     * without events is never reported.
     */
    static void watch(ObservableValue<Frame> shownFrame, String mode, Runnable quit) {
        if (mode == null || !(mode.equals("report") || mode.equals("exit"))) return;
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        new StartupClock(start, System.err::println, mode.equals("exit") ? quit : () -> {}).watch(shownFrame);
    }

    /** Reports at the first frame of {@code shownFrame} that draws events, then stops watching. */
    void watch(ObservableValue<Frame> shownFrame) {
        shownFrame.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Frame> o, Frame old, Frame now) {
                if (now == null || now.events().isEmpty()) return;
                o.removeListener(this);
                firstFrame(Instant.now());
            }
        });
    }

    void firstFrame(Instant at) {
        report.accept(String.format(
                Locale.ROOT,
                "borderwatch: first map frame on screen %d ms after the JVM started",
                Duration.between(processStart, at).toMillis()));
        quit.run();
    }
}
