package org.borderwatch.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.AnnotationFile;
import org.borderwatch.map.LonLat;
import org.borderwatch.ui.ExportUiFixture;
import org.borderwatch.ui.map.MapCamera;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AnnotationToolsTest {
    @TempDir
    static Path folder;

    private ExportUiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = ExportUiFixture.open(stage, Files.createTempDirectory(folder, "annotate"));
    }

    @BeforeEach
    void firstFrameShown() throws Exception {
        app.fx.awaitFrame();
    }

    private List<Annotation> saved() throws Exception {
        Path file = AnnotationFile.besideStore(app.store);
        return Files.exists(file) ? AnnotationFile.read(file).annotations() : List.of();
    }

    private void awaitFramePainting(Annotation a, boolean shown) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> app.lastFrame.get() != null
                        && app.lastFrame.get().annotations().contains(a) == shown);
    }

    private LonLat lonLatAt(double x, double y) throws Exception {
        Point2D world = app.fx.worldAt(x, y);
        Point2D ll = app.fx.onFx(() -> app.fx.window.loadedMap().lonLat(world));
        return new LonLat(ll.getX(), ll.getY());
    }

    private Annotation.Label drawLabel(FxRobot robot, double x, double y, String text) throws Exception {
        robot.clickOn("#annotate-label");
        robot.moveTo(app.fx.screenOf(x, y)).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#annotation-text").write(text);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        return (Annotation.Label) app.fx.onFx(
                () -> app.ui.annotations().annotationsProperty().get().get(0));
    }

    @Test
    void drawingATextLabelSavesItBesideTheStoreAndPaintsItInTheFrame(FxRobot robot) throws Exception {
        double x = Math.round(app.fx.width() * 0.4);
        double y = Math.round(app.fx.height() * 0.5);
        MapCamera before = app.fx.camera();

        Annotation.Label label = drawLabel(robot, x, y, "Checkpoint");

        assertThat(label.text()).isEqualTo("Checkpoint");
        LonLat clicked = lonLatAt(x, y);
        assertThat(label.at().lon()).isCloseTo(clicked.lon(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(label.at().lat()).isCloseTo(clicked.lat(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(saved()).containsExactly(label);
        awaitFramePainting(label, true);
        // drawing does not pan the map
        assertThat(app.fx.camera()).isEqualTo(before);
    }

    @Test
    void draggingASelectedLabelMovesItAndDeleteRemovesItAndUndoBringsItBack(FxRobot robot) throws Exception {
        double x = Math.round(app.fx.width() * 0.4);
        double y = Math.round(app.fx.height() * 0.5);
        Annotation.Label label = drawLabel(robot, x, y, "Camp");
        MapCamera before = app.fx.camera();

        robot.clickOn("#annotate-select");
        robot.moveTo(app.fx.screenOf(x, y))
                .press(MouseButton.PRIMARY)
                .moveTo(app.fx.screenOf(x + 60, y + 30))
                .moveTo(app.fx.screenOf(x + 120, y + 60))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Annotation.Label moved = (Annotation.Label) saved().get(0);
        LonLat target = lonLatAt(x + 120, y + 60);
        assertThat(moved.id()).isEqualTo(label.id());
        assertThat(moved.at().lon()).isCloseTo(target.lon(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(moved.at().lat()).isCloseTo(target.lat(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(app.fx.camera())
                .as("moving an annotation does not pan the map")
                .isEqualTo(before);
        awaitFramePainting(moved, true);
        assertThat(app.fx.onFx(() -> app.ui.tools().selectedIdProperty().get())).isEqualTo(label.id());

        // the Edit menu's "Delete selected event…" has the same key; with an annotation selected it stays out
        java.util.concurrent.atomic.AtomicBoolean eventDelete = new java.util.concurrent.atomic.AtomicBoolean();
        app.fx.runFx(() -> app.fx
                .view()
                .getScene()
                .getAccelerators()
                .put(javafx.scene.input.KeyCombination.keyCombination("Delete"), () -> eventDelete.set(true)));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved()).isEmpty();
        assertThat(eventDelete).isFalse();
        awaitFramePainting(moved, false);

        robot.clickOn("#annotate-undo");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved()).containsExactly(moved);
    }

    @Test
    void aDistanceLineIsDrawnByDraggingAndMeasuresItsGeodesicLength(FxRobot robot) throws Exception {
        double x = Math.round(app.fx.width() * 0.3);
        double y = Math.round(app.fx.height() * 0.4);

        robot.clickOn("#annotate-distance");
        robot.moveTo(app.fx.screenOf(x, y))
                .press(MouseButton.PRIMARY)
                .moveTo(app.fx.screenOf(x + 100, y))
                .moveTo(app.fx.screenOf(x + 200, y + 40))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        Annotation.Distance line = (Annotation.Distance) saved().get(0);
        LonLat from = lonLatAt(x, y);
        LonLat to = lonLatAt(x + 200, y + 40);
        assertThat(line.from().lon()).isCloseTo(from.lon(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(line.to().lat()).isCloseTo(to.lat(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(AnnotationGeometry.distanceKm(line.from(), line.to()))
                .isCloseTo(AnnotationGeometry.distanceKm(from, to), org.assertj.core.data.Percentage.withPercentage(1));
        awaitFramePainting(line, true);
    }

    @Test
    void anAnnotationDrawnOnTheMapAppearsInTheExportedFile(FxRobot robot) throws Exception {
        Annotation.Label label =
                drawLabel(robot, Math.round(app.fx.width() * 0.5), Math.round(app.fx.height() * 0.5), "Roadblock");
        Path out = app.store.resolveSibling("annotated.png");
        app.fx.onFx(() -> app.ui.openExport());
        app.fx.runFx(() -> robot.lookup("#export-file").queryTextInputControl().setText(out.toString()));

        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(org.borderwatch.export.Exporter.readRequest(out, out.resolveSibling("x.svg"), false)
                        .annotations())
                .containsExactly(label);
    }
}
