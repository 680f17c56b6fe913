package org.borderwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.borderwatch.ui.map.BoxPainter;
import org.borderwatch.ui.map.MapCamera;
import org.borderwatch.ui.settings.CoordinateFormat;
import org.borderwatch.ui.settings.Settings;
import org.borderwatch.ui.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static final Path CONFIG = createConfigDir();
    private Stage stage;
    private BorderWatchApp app;
    private SettingsStore store;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = new SettingsStore(CONFIG.resolve("settings-" + System.nanoTime() + ".json"));
        app = new BorderWatchApp(store, progress -> MapWindowFixture.MAP, new BoxPainter());
        app.start(stage);
    }

    @Test
    void mainWindowIsTitledBorderWatch() {
        // once the default store has opened in the background its file name leads the title
        assertThat(stage.getTitle()).matches("(events\\.geojson — )?BorderWatch");
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void windowHasTheMenusToolbarMapSidePanelAndStatusBar(FxRobot robot) {
        assertThat(robot.lookup("File").tryQuery()).isPresent();
        assertThat(robot.lookup("View").tryQuery()).isPresent();
        assertThat(robot.lookup("Help").tryQuery()).isPresent();
        assertThat(robot.lookup("#whole-region").tryQuery()).isPresent();
        assertThat(robot.lookup("#zoom-in").tryQuery()).isPresent();
        assertThat(robot.lookup("#map-view").tryQuery()).isPresent();
        assertThat(robot.lookup("#layers-panel").tryQuery()).isPresent();
        assertThat(robot.lookup("#status-bar").tryQuery()).isPresent();
    }

    @Test
    void mapLoadsInTheBackgroundAndTheProgressIndicatorClearsWhenDone() throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> app.window().loadedMap() != null)
                        .get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WaitForAsyncUtils.asyncFx(() ->
                                stage.getScene().lookup("#status-progress").isVisible())
                        .get())
                .isFalse();
        assertThat(WaitForAsyncUtils.asyncFx(
                                () -> app.window().mapView().modelProperty().get())
                        .get())
                .isNotNull();
    }

    @Test
    void aboutNamesTheAppAndTheMapDataAttribution(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> app.window().loadedMap() != null)
                        .get());
        WaitForAsyncUtils.asyncFx(() -> menuItem(stage, "menu-about").fire()).get();
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.DialogPane about =
                robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertThat(about.getHeaderText()).startsWith("BorderWatch");
        assertThat(about.getContentText()).contains("Map data: Test data");
        WaitForAsyncUtils.asyncFx(() -> about.getScene().getWindow().hide()).get();
    }

    @Test
    void findingAPlaceCentresTheMapOnItAtAbout1To50000AndMarksItInTheChosenScript() throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> app.window().loadedMap() != null)
                        .get());
        MainWindow window = app.window();
        org.borderwatch.gazetteer.GazetteerPlace monastery = org.borderwatch.gazetteer.Gazetteer.load(
                        java.nio.file.Path.of("data/gazetteer.geojson"))
                .byId("bw:banjska-monastery")
                .orElseThrow();

        WaitForAsyncUtils.asyncFx(() -> {
                    ((javafx.scene.control.RadioMenuItem) menuItem(stage, "menu-names-sr-cyrl")).fire();
                    window.showPlace(monastery);
                })
                .get();
        WaitForAsyncUtils.waitForFxEvents();

        MapCamera camera = WaitForAsyncUtils.asyncFx(
                        () -> window.mapView().cameraProperty().get())
                .get();
        double target = camera.crs() instanceof org.geotools.api.referencing.crs.GeographicCRS ? 14.0 / 111_320 : 14.0;
        assertThat(camera.unitsPerPixel()).isLessThanOrEqualTo(target * 1.000001);
        javafx.geometry.Point2D centre = WaitForAsyncUtils.asyncFx(() ->
                        window.loadedMap().lonLat(new javafx.geometry.Point2D(camera.centreX(), camera.centreY())))
                .get();
        assertThat(centre.getX()).isCloseTo(20.7825, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(centre.getY()).isCloseTo(42.97139, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(window.placeMark().marked()).isEqualTo(monastery);
        javafx.scene.control.Label label =
                (javafx.scene.control.Label) stage.getScene().lookup("#place-mark-label");
        assertThat(label.getText()).isEqualTo("Манастир Бањска");
    }

    @Test
    void sidePanelButtonHidesAndShowsTheLayersPanel(FxRobot robot) {
        robot.clickOn("#toggle-side-panel");
        assertThat(robot.lookup("#side-panel").tryQuery()).isEmpty();
        robot.clickOn("#toggle-side-panel");
        assertThat(robot.lookup("#side-panel").tryQuery()).isPresent();
    }

    @Test
    void quittingSavesViewLayersLayoutAndFormatForTheNextLaunch() throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> app.window().loadedMap() != null)
                        .get());
        MainWindow window = app.window();
        WaitForAsyncUtils.asyncFx(() -> {
                    window.mapView().zoomAtCentre(4);
                    window.mapView().panBy(120, -60);
                    window.mapView()
                            .modelProperty()
                            .set(window.mapView()
                                    .modelProperty()
                                    .get()
                                    .withVisible("spot", false)
                                    .withOrder(java.util.List.of("spot", "land")));
                    ((javafx.scene.control.RadioMenuItem) menuItem(stage, "menu-format-dms")).fire();
                    ((SplitPane) stage.getScene().lookup(".split-pane")).setDividerPositions(0.31);
                })
                .get();
        MapCamera camera = WaitForAsyncUtils.asyncFx(
                        () -> window.mapView().cameraProperty().get())
                .get();

        WaitForAsyncUtils.asyncFx(() -> menuItem(stage, "menu-quit").fire()).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(store.file()));

        Settings saved = store.load();
        assertThat(saved.coordinateFormat()).isEqualTo(CoordinateFormat.DMS);
        assertThat(saved.layerOrder()).containsExactly("spot", "land");
        assertThat(saved.hiddenLayers()).containsExactly("spot");
        assertThat(saved.dividerPosition()).isCloseTo(0.31, org.assertj.core.api.Assertions.within(0.01));
        assertThat(saved.lastView())
                .isEqualTo(new Settings.SavedView(
                        "EPSG:32634", camera.centreX(), camera.centreY(), camera.unitsPerPixel()));

        // the next launch opens where this one closed
        MapWindowFixture next = WaitForAsyncUtils.asyncFx(() -> MapWindowFixture.open(new Stage(), saved))
                .get();
        next.awaitFrame();
        assertThat(next.camera()).isEqualTo(camera);
        assertThat(next.onFx(
                        () -> next.view().modelProperty().get().layers().get(0).name()))
                .isEqualTo("spot");
        assertThat(next.onFx(
                        () -> next.view().modelProperty().get().layers().get(0).visible()))
                .isFalse();
        WaitForAsyncUtils.asyncFx(() -> next.view().getScene().getWindow().hide())
                .get();
    }

    @Test
    void viewMenuDrawsEveryEventsUncertaintyInTheNextFrameAndTheChoiceIsKept() throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() ->
                                app.window().mapView().shownFrameProperty().get() != null)
                        .get());
        MainWindow window = app.window();
        assertThat(WaitForAsyncUtils.asyncFx(
                                () -> window.mapView().optionsProperty().get().allUncertainty())
                        .get())
                .as("off by default: today's look")
                .isFalse();

        // what a click on the item does: it ticks it
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.CheckMenuItem) menuItem(stage, "menu-all-uncertainty"))
                        .setSelected(true))
                .get();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.mapView()
                                .shownFrameProperty()
                                .get()
                                .options()
                                .allUncertainty())
                        .get());

        WaitForAsyncUtils.asyncFx(() -> menuItem(stage, "menu-quit").fire()).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(store.file()));
        Settings saved = store.load();
        assertThat(saved.allUncertainty()).isTrue();
        MapWindowFixture next = WaitForAsyncUtils.asyncFx(() -> MapWindowFixture.open(new Stage(), saved))
                .get();
        assertThat(next.onFx(() -> next.view().optionsProperty().get().allUncertainty()))
                .isTrue();
        assertThat(next.onFx(() ->
                        ((javafx.scene.control.CheckMenuItem) next.menuItem("menu-all-uncertainty")).isSelected()))
                .isTrue();
        WaitForAsyncUtils.asyncFx(() -> next.view().getScene().getWindow().hide())
                .get();
    }

    @Test
    void sidePanelComesBackAtTheSavedFractionOfAWindowOfTheSavedSize() throws Exception {
        Settings saved = new Settings(
                new Settings.WindowPlacement(0, 0, 1000, 700, false),
                0.35,
                true,
                java.util.List.of(),
                java.util.Set.of(),
                CoordinateFormat.DECIMAL,
                false,
                null,
                java.util.Map.of(),
                false,
                null);

        MapWindowFixture next = WaitForAsyncUtils.asyncFx(() -> MapWindowFixture.open(new Stage(), saved))
                .get();
        next.awaitFrame();

        // laid out first at the default 1280 px, the panel kept 448 px and came back as 0.45 of the window
        double[] dividers =
                next.onFx(() -> ((SplitPane) next.view().getScene().lookup(".split-pane")).getDividerPositions());
        assertThat(dividers[0]).isCloseTo(0.35, org.assertj.core.api.Assertions.within(0.01));
        WaitForAsyncUtils.asyncFx(() -> next.view().getScene().getWindow().hide())
                .get();
    }

    private static javafx.scene.control.MenuItem menuItem(Stage stage, String id) {
        return MapWindowFixture.menuItem(
                (javafx.scene.control.MenuBar) stage.getScene().lookup("#menu-bar"), id);
    }

    private static Path createConfigDir() {
        try {
            return Files.createTempDirectory("borderwatch-ui-test");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
