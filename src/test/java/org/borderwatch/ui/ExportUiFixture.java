package org.borderwatch.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.gazetteer.NameStyle;
import org.borderwatch.render.Frame;
import org.borderwatch.ui.explore.ExploreFixtures;
import org.borderwatch.ui.explore.ExploreState;
import org.borderwatch.ui.map.BoxPainter;
import org.borderwatch.ui.settings.Settings;
import org.borderwatch.ui.task.InlineTaskRunner;

/**
 * The main window on the test map with exporting and annotating attached: eight events of 2022–2023,
 * filtered to incidents from May to October 2023, a store file in a temporary folder (its annotations
 * are saved beside it), and a painter that records the last frame it was asked to paint.
 */
public final class ExportUiFixture {
    static final EventFilter FILTER = EventFilter.ALL
            .withKinds(EnumSet.of(EventKind.INCIDENT))
            .withDates(LocalDate.of(2023, 5, 1), LocalDate.of(2023, 10, 31));

    public final MapWindowFixture fx;
    final ExploreState explore;
    public final ExportUi ui;
    public final Path store;
    public final AtomicReference<Frame> lastFrame;

    private ExportUiFixture(
            MapWindowFixture fx, ExploreState explore, ExportUi ui, Path store, AtomicReference<Frame> lastFrame) {
        this.fx = fx;
        this.explore = explore;
        this.ui = ui;
        this.store = store;
        this.lastFrame = lastFrame;
    }

    /** Sets the window's names setting, as View → Names does; call on the FX thread. */
    public void writeNamesAs(NameStyle style) {
        fx.window.names().set(style);
    }

    /** Call on the FX thread (a TestFX {@code @Start} method). */
    public static ExportUiFixture open(Stage stage, Path folder) throws IOException {
        Path store = folder.resolve("events.geojson");
        Files.writeString(store, "{\"type\":\"FeatureCollection\",\"features\":[]}\n");
        AtomicReference<Frame> last = new AtomicReference<>();
        BoxPainter box = new BoxPainter();
        MapWindowFixture fx = MapWindowFixture.open(stage, Settings.defaults(), (g, frame) -> {
            last.set(frame);
            box.paint(g, frame);
        });
        ExploreState explore = fx.window.explorer().state();
        explore.eventsProperty().set(ExploreFixtures.small());
        explore.filterProperty().set(FILTER);
        ExportUi ui = ExportUi.attach(
                fx.window, new InlineTaskRunner(), ExportUi.eventsOf(explore), new SimpleObjectProperty<>(store));
        return new ExportUiFixture(fx, explore, ui, store, last);
    }
}
