package org.borderwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.SyntheticEvents;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.postgis.PasswordSource;
import org.borderwatch.events.postgis.PostgisEventStore;
import org.borderwatch.events.postgis.PostgisServer;
import org.borderwatch.events.postgis.ViewCell;
import org.borderwatch.map.Viewport;
import org.borderwatch.ui.settings.RecentStores;
import org.borderwatch.ui.settings.Settings;
import org.borderwatch.ui.store.StoreView;
import org.borderwatch.ui.task.InlineTaskRunner;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a database store read per view: connecting reads no event, the whole region shows the database's
 * counts per cell, and zooming in fetches the events of the view itself.
 */
@ExtendWith(ApplicationExtension.class)
class StoreViewUiTest {

    @RegisterExtension
    static final PostgisServer server = new PostgisServer();

    @TempDir
    Path dir;

    private MapWindowFixture fixture;
    private StoreUi ui;

    @Start
    void start(Stage stage) {
        fixture = MapWindowFixture.open(stage, Settings.defaults());
    }

    @AfterEach
    void closeSession() throws Exception {
        if (ui != null) fixture.runFx(() -> ui.session().close());
    }

    private Envelope lonLatInView() throws Exception {
        Viewport v = fixture.onFx(() -> fixture.view().shownViewportProperty().get());
        return v.area().transform(DefaultGeographicCRS.WGS84, true);
    }

    private List<ViewCell> counts() throws Exception {
        return fixture.onFx(() -> fixture.view().countsProperty().get());
    }

    private List<Event> events() throws Exception {
        return fixture.onFx(() -> ui.session().eventsProperty().get());
    }

    @Test
    void aWideViewShowsTheDatabasesCountsAndAZoomedOneItsEvents() throws Exception {
        server.reset();
        List<Event> all = new ArrayList<>();
        for (Event e : new SyntheticEvents(8_000, 5)) all.add(e);
        try (PostgisEventStore db = server.open("editor")) {
            db.fill(all, Map.of(), Map.of(), List.of());
        }
        StoreLocation.Database viewer = server.as("viewer");
        StoreView[] views = new StoreView[1];
        fixture.runFx(() -> {
            ui = StoreUi.attach(
                    fixture.window,
                    new InlineTaskRunner(),
                    new RecentStores(dir.resolve("recent.json")),
                    location ->
                            PostgisEventStore.connect((StoreLocation.Database) location, PasswordSource.standard(null)),
                    Platform::runLater);
            views[0] = StoreView.attach(
                    ui.session(),
                    new InlineTaskRunner(),
                    fixture.view().shownViewportProperty(),
                    new javafx.beans.property.SimpleObjectProperty<>(EventFilter.ALL),
                    fixture.view().countsProperty()::set,
                    fixture.window.explorer().state().storeHistogramProperty()::set,
                    fixture.window.explorer().state().moreInViewProperty()::set);
            ui.session().open(viewer);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !counts().isEmpty());

        Envelope region = lonLatInView();
        long inRegion = all.stream()
                .filter(e -> region.contains(e.geometry().getCoordinate()))
                .count();
        assertThat(inRegion).isGreaterThan(StoreView.FETCH_LIMIT);
        // cells meeting the view's edge count all their events, so the sum may pass what is strictly inside
        int counted = counts().stream().mapToInt(ViewCell::count).sum();
        assertThat(counted).isBetween((int) inRegion, all.size());
        // the table lists a page of the view, in store order, and says how many more there are
        assertThat(events())
                .containsExactlyElementsOf(all.stream()
                        .filter(e -> region.contains(e.geometry().getCoordinate()))
                        .limit(StoreView.PAGE)
                        .toList());
        assertThat(fixture.onFx(
                        () -> fixture.window.explorer().state().countsProperty().get()))
                .endsWith(String.format(
                        java.util.Locale.ROOT, "%,d more in view, zoom in or filter", counted - StoreView.PAGE));
        assertThat(fixture.onFx(() -> views[0].summaryProperty().get()))
                .contains("events in view")
                .contains("the table lists the first 500");
        // the timeline is the database's count per day of the whole view, not of the page
        try (PostgisEventStore db = server.connect("viewer")) {
            assertThat(fixture.onFx(() -> fixture.window
                            .explorer()
                            .state()
                            .histogramProperty()
                            .get()))
                    .isEqualTo(org.borderwatch.ui.explore.TimeHistogram.ofDays(db.timeline(region, EventFilter.ALL)));
        }

        fixture.runFx(() -> fixture.view().zoomAtCentre(10));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> counts().isEmpty() && !events().isEmpty());
        Envelope local = lonLatInView();
        assertThat(events())
                .extracting(Event::id)
                .containsExactlyInAnyOrderElementsOf(all.stream()
                        .filter(e -> local.contains(e.geometry().getCoordinate()))
                        .map(Event::id)
                        .toList());
        assertThat(fixture.onFx(() -> views[0].summaryProperty().get())).isEmpty();
        assertThat(fixture.onFx(
                        () -> fixture.window.explorer().state().countsProperty().get()))
                .doesNotContain("more in view");
    }
}
