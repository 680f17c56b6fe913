package org.borderwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.Frame;
import org.borderwatch.ui.explore.ExploreFixtures;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.crs.DefaultEngineeringCRS;
import org.junit.jupiter.api.Test;

class StartupClockTest {
    private static final MapModel EMPTY = new MapModel(List.of(), DefaultEngineeringCRS.CARTESIAN_2D, "");
    private static final Viewport VIEW =
            new Viewport(new ReferencedEnvelope(0, 100, 0, 100, DefaultEngineeringCRS.CARTESIAN_2D), 100, 100, 1);

    @Test
    void reportsMillisecondsFromProcessStartToTheFirstFrameAndQuits() {
        List<String> lines = new ArrayList<>();
        boolean[] quit = {false};
        StartupClock clock = new StartupClock(Instant.parse("2026-01-01T00:00:00Z"), lines::add, () -> quit[0] = true);

        clock.firstFrame(Instant.parse("2026-01-01T00:00:02.345Z"));

        assertThat(lines).containsExactly("borderwatch: first map frame on screen 2345 ms after the JVM started");
        assertThat(quit[0]).isTrue();
    }

    @Test
    void waitsForAFrameThatDrawsTheStoresEventsNotTheBaseMapAlone() {
        List<String> lines = new ArrayList<>();
        SimpleObjectProperty<Frame> shown = new SimpleObjectProperty<>();
        new StartupClock(Instant.now(), lines::add, () -> {}).watch(shown);

        shown.set(Frame.of(EMPTY, VIEW));
        assertThat(lines).isEmpty();

        var event = ExploreFixtures.event(
                "e1",
                EventKind.INCIDENT,
                "attack",
                "2023-09-24",
                null,
                "Ambush",
                20.8,
                43.0,
                List.of(),
                Confidence.CONFIRMED);
        shown.set(new Frame(EMPTY, VIEW, List.of(event), Set.of()));
        shown.set(new Frame(EMPTY, VIEW, List.of(event), Set.of("e1")));
        assertThat(lines).hasSize(1).allMatch(l -> l.startsWith("borderwatch: first map frame on screen "));
    }
}
