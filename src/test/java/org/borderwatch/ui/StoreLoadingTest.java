package org.borderwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.ui.map.BoxPainter;
import org.borderwatch.ui.settings.RecentStores;
import org.borderwatch.ui.settings.Settings;
import org.borderwatch.ui.task.ExecutorTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A store opening on the app's real background runner, and keyboard use of the event form. */
@ExtendWith(ApplicationExtension.class)
class StoreLoadingTest {
    @TempDir
    Path dir;

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch reading = new CountDownLatch(1);
    private ExecutorTaskRunner tasks;
    private MainWindow window;
    private StoreUi ui;

    @Start
    void start(Stage stage) {
        tasks = new ExecutorTaskRunner(2);
        window = new MainWindow(stage, new BoxPainter(), tasks, Settings.defaults());
        window.show(progress -> MapWindowFixture.MAP);
        ui = StoreUi.attach(
                window,
                tasks,
                new RecentStores(dir.resolve("recent.json")),
                file -> {
                    reading.countDown();
                    // stands for a long read: the test lets it finish once it has checked the window meanwhile
                    try {
                        if (!release.await(30, TimeUnit.SECONDS))
                            throw new IllegalStateException("test never released the load");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while holding the load", e);
                    }
                    return GeoJsonEventStore.open(file.asPath());
                },
                Platform::runLater);
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        WaitForAsyncUtils.asyncFx(() -> ui.session().close()).get(10, TimeUnit.SECONDS);
        tasks.close();
    }

    @Test
    void longLoadShowsProgressWhileTheWindowKeepsWorking(FxRobot robot) throws Exception {
        Path store = dir.resolve("events.geojson");
        Files.copy(Path.of("data/events.geojson"), store);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> window.loadedMap() != null
                                && window.mapView().cameraProperty().get() != null)
                        .get());
        WaitForAsyncUtils.asyncFx(() -> ui.session().open(store)).get(10, TimeUnit.SECONDS);
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(WaitForAsyncUtils.asyncFx(() -> window.stage()
                                .getScene()
                                .lookup("#status-progress")
                                .isVisible())
                        .get(5, TimeUnit.SECONDS))
                .isTrue();
        assertThat(robot.lookup("#status-task").queryLabeled().getText()).isEqualTo("Opening events.geojson");
        // the FX thread answers and the map still pans while the store is read
        double before = WaitForAsyncUtils.asyncFx(
                        () -> window.mapView().cameraProperty().get().centreX())
                .get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> window.mapView().panBy(50, 0)).get(5, TimeUnit.SECONDS);
        assertThat(WaitForAsyncUtils.asyncFx(
                                () -> window.mapView().cameraProperty().get().centreX())
                        .get(5, TimeUnit.SECONDS))
                .isNotEqualTo(before);
        assertThat(WaitForAsyncUtils.asyncFx(
                                () -> ui.session().eventsProperty().get().size())
                        .get())
                .isZero();

        release.countDown();
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(
                                () -> ui.session().eventsProperty().get().size() == 67)
                        .get());
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !window.stage()
                                .getScene()
                                .lookup("#status-progress")
                                .isVisible())
                        .get());
    }

    @Test
    void closingTheWindowDuringALoadWaitsForItToFinish() throws Exception {
        Path store = dir.resolve("events.geojson");
        Files.copy(Path.of("data/events.geojson"), store);
        WaitForAsyncUtils.asyncFx(() -> ui.session().open(store)).get(10, TimeUnit.SECONDS);
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        Stage stage = window.stage();
        WaitForAsyncUtils.asyncFx(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)))
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(stage::isShowing).get()).isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(() -> ui.noticeBar().messageText()).get())
                .startsWith("Waiting for the store");

        release.countDown();
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !stage.isShowing()).get());
    }

    @Test
    void tabMovesOutOfTextAreasAndEscapeClosesTheForm(FxRobot robot) throws Exception {
        Path store = dir.resolve("events.geojson");
        Files.copy(Path.of("data/events.geojson"), store);
        release.countDown();
        WaitForAsyncUtils.asyncFx(() -> ui.session().open(store)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(
                                () -> ui.session().storeProperty().get() != null)
                        .get());
        WaitForAsyncUtils.asyncFx(() -> ui.newEventAt(20.9, 42.9)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        TextField title = robot.lookup("#form-title").queryAs(TextField.class);
        assertThat(title.isFocused()).isTrue();
        robot.type(KeyCode.TAB);
        assertThat(robot.lookup("#form-summary").queryAs(TextArea.class).isFocused())
                .isTrue();
        robot.type(KeyCode.TAB);
        Node date = robot.lookup("#form-date").query();
        assertThat(date.isFocused()).isTrue();
        assertThat(robot.lookup("#form-summary").queryAs(TextArea.class).getText())
                .doesNotContain("\t");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#event-form").tryQuery()).isEmpty();
    }
}
