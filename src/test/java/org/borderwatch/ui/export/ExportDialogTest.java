package org.borderwatch.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.export.ExportRequest;
import org.borderwatch.export.Exporter;
import org.borderwatch.gazetteer.NameStyle;
import org.borderwatch.ui.ExportUiFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    static Path folder;

    private ExportUiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = ExportUiFixture.open(stage, Files.createTempDirectory(folder, "export"));
    }

    @BeforeEach
    void firstFrameShown() throws Exception {
        app.fx.awaitFrame();
    }

    private ExportDialog openDialog(FxRobot robot, Path out) throws Exception {
        ExportDialog dialog = app.fx.onFx(() -> app.ui.openExport());
        app.fx.runFx(() -> {
            robot.lookup("#export-file").queryTextInputControl().setText(out.toString());
            ((javafx.scene.control.ChoiceBox<?>) robot.lookup("#export-size").query())
                    .getSelectionModel()
                    .select(PageSizeChoice.Preset.CUSTOM.ordinal());
            robot.lookup("#export-width").queryTextInputControl().setText("800");
            robot.lookup("#export-height").queryTextInputControl().setText("600");
            robot.lookup("#export-dpi").queryTextInputControl().setText("96");
        });
        return dialog;
    }

    private String status(FxRobot robot) throws Exception {
        return app.fx.onFx(
                () -> robot.lookup("#export-status").queryAs(Label.class).getText());
    }

    @Test
    void writesAPngOfTheRequestedSizeWhoseMetadataCarriesTheFilters(FxRobot robot) throws Exception {
        Path out = app.store.resolveSibling("figure.png");
        openDialog(robot, out);
        String title = app.fx.onFx(
                () -> robot.lookup("#export-title").queryTextInputControl().getText());

        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(status(robot)).startsWith("Wrote " + out).contains("800 × 600 px");
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(600);
        ExportRequest recorded = Exporter.readRequest(out, out.resolveSibling("again.pdf"), false);
        assertThat(recorded.kinds()).isEqualTo(Set.of(EventKind.INCIDENT));
        assertThat(recorded.from()).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(recorded.to()).isEqualTo(LocalDate.of(2023, 10, 31));
        assertThat(recorded.title()).isEqualTo(title).isEqualTo("Incidents in the Serbia–Kosovo border region");
        assertThat(recorded.store()).isEqualTo(ExportJob.storeName(app.store));
        assertThat(recorded.storeSha256()).hasSize(64);
        assertThat(recorded.crs()).isEqualTo("EPSG:32634");
    }

    @Test
    void theMapsNamesSettingGoesIntoTheExportAndItsMetadata(FxRobot robot) throws Exception {
        app.fx.runFx(() -> app.writeNamesAs(NameStyle.SR_CYRL));
        Path out = app.store.resolveSibling("cyrillic.png");
        openDialog(robot, out);

        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(status(robot)).startsWith("Wrote " + out);
        assertThat(Exporter.readRequest(out, out.resolveSibling("again.svg"), false)
                        .names())
                .as("the figure writes place names as the map does")
                .isEqualTo("sr-Cyrl");
    }

    @Test
    void exportsTwoDatesSideBySideWhoseMetadataDrawsThemAgain(FxRobot robot) throws Exception {
        Path out = app.store.resolveSibling("compare.png");
        openDialog(robot, out);
        app.fx.runFx(() -> {
            robot.lookup("#export-compare")
                    .queryAs(javafx.scene.control.CheckBox.class)
                    .setSelected(true);
            robot.lookup("#export-compare-first")
                    .queryAs(javafx.scene.control.DatePicker.class)
                    .getEditor()
                    .setText("2023-09-01");
            robot.lookup("#export-compare-second")
                    .queryAs(javafx.scene.control.DatePicker.class)
                    .getEditor()
                    .setText("2023-10-01");
        });
        assertThat(app.fx.onFx(() ->
                        robot.lookup("#export-subtitle").queryTextInputControl().getText()))
                .as("the single map's subtitle would name the wrong dates")
                .isEmpty();

        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(status(robot)).startsWith("Wrote " + out);
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(800);
        ExportRequest recorded = Exporter.readRequest(out, out.resolveSibling("again.svg"), false);
        assertThat(recorded.compare()).containsExactly(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 10, 1));
        assertThat(recorded.from()).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThat(recorded.kinds()).isEqualTo(Set.of(EventKind.INCIDENT));
        assertThat(recorded.subtitle())
                .as("the comparison's own subtitle, recomputed on a redo")
                .isNull();
    }

    @Test
    void aComparedDayBeforeTheFirstDayShownIsReportedAndNothingIsWritten(FxRobot robot) throws Exception {
        Path out = app.store.resolveSibling("early.png");
        openDialog(robot, out);
        app.fx.runFx(() -> {
            robot.lookup("#export-compare")
                    .queryAs(javafx.scene.control.CheckBox.class)
                    .setSelected(true);
            robot.lookup("#export-compare-first")
                    .queryAs(javafx.scene.control.DatePicker.class)
                    .getEditor()
                    .setText("2023-01-01");
        });

        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(status(robot)).startsWith("Not exported").contains("2023-01-01");
        assertThat(out).doesNotExist();
    }

    @Test
    void theUncertaintyBoxStartsAsTheMapShowsItAndGoesIntoTheRequest(FxRobot robot) throws Exception {
        Path out = app.store.resolveSibling("every.png");
        openDialog(robot, out);
        assertThat(app.fx.onFx(() -> robot.lookup("#export-uncertainty")
                        .queryAs(CheckBox.class)
                        .isSelected()))
                .as("the map draws circles only for markers on their own")
                .isFalse();

        robot.clickOn("#export-uncertainty");
        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(status(robot)).startsWith("Wrote " + out);
        assertThat(Exporter.readRequest(out, out.resolveSibling("again.pdf"), false)
                        .allUncertainty())
                .isTrue();
    }

    @Test
    void askingBeforeOverwritingAndCancellingLeavesTheFileUntouched(FxRobot robot) throws Exception {
        Path out = app.store.resolveSibling("existing.png");
        Files.writeString(out, "an earlier figure");
        openDialog(robot, out);

        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#export-confirm-replace").tryQuery()).isPresent();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readString(out)).isEqualTo("an earlier figure");
        assertThat(status(robot)).startsWith("Not exported").contains("left as it was");

        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Replace");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(800);
        assertThat(status(robot)).startsWith("Wrote");
    }

    @Test
    void aBadCustomSizeIsReportedAndNothingIsWritten(FxRobot robot) throws Exception {
        Path out = app.store.resolveSibling("tiny.png");
        openDialog(robot, out);
        app.fx.runFx(() -> robot.lookup("#export-width").queryTextInputControl().setText("12"));

        robot.clickOn("#export-run");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(status(robot)).startsWith("Not exported").contains("12x600");
        assertThat(out).doesNotExist();
    }
}
