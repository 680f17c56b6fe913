package org.borderwatch.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.borderwatch.map.Viewport;

/**
 * Says how long after the JVM started the first map frame reached the window, when
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

    /** Watches {@code shownViewport} and reports (and quits, if asked) at its first frame; off unless asked. */
    static void watch(ObservableValue<Viewport> shownViewport, String mode, Runnable quit) {
        if (mode == null || !(mode.equals("report") || mode.equals("exit"))) return;
        Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        StartupClock clock = new StartupClock(start, System.err::println, mode.equals("exit") ? quit : () -> {});
        shownViewport.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Viewport> o, Viewport old, Viewport now) {
                if (now == null) return;
                o.removeListener(this);
                clock.firstFrame(Instant.now());
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
