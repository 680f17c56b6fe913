package org.borderwatch.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.export.ExportRequest;
import org.borderwatch.export.Exporter;
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
class FramesExportDialogTest {
    @TempDir
    static Path folder;

    private ExportUiFixture app;

    @Start
    void start(Stage stage) throws Exception {
        app = ExportUiFixture.open(stage, Files.createTempDirectory(folder, "frames"));
    }

    @BeforeEach
    void firstFrameShown() throws Exception {
        app.fx.awaitFrame();
    }

    @Test
    void theTimelinesExportButtonOpensTheFramesDialog(FxRobot robot) throws Exception {
        robot.clickOn("#timeline-export-frames");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#frames-dialog").tryQuery()).isPresent();
    }

    @Test
    void startsFromTheFilteredRangeWithTheTimelinesBarSize(FxRobot robot) throws Exception {
        app.fx.onFx(() -> app.ui.openFrames());

        // 1 May – 31 October 2023 is 184 days: weekly bars, as the timeline draws them
        assertThat(app.fx.onFx(() ->
                        robot.lookup("#frames-first").queryTextInputControl().getText()))
                .isEqualTo("2023-05-01");
        assertThat(app.fx.onFx(() ->
                        robot.lookup("#frames-step").queryTextInputControl().getText()))
                .isEqualTo("7d");
        assertThat(app.fx.onFx(() ->
                        robot.lookup("#frames-count").queryTextInputControl().getText()))
                .isEqualTo("27");
    }

    @Test
    void writesOneNumberedPngPerStepAndAnAnimatedGifWithTheFilters(FxRobot robot) throws Exception {
        Path dir = app.store.resolveSibling("frames");
        app.fx.onFx(() -> app.ui.openFrames());
        app.fx.runFx(() -> {
            robot.lookup("#frames-folder").queryTextInputControl().setText(dir.toString());
            robot.lookup("#frames-first").queryTextInputControl().setText("2023-09-23");
            robot.lookup("#frames-step").queryTextInputControl().setText("1d");
            robot.lookup("#frames-count").queryTextInputControl().setText("3");
            ((javafx.scene.control.ChoiceBox<?>) robot.lookup("#frames-size").query())
                    .getSelectionModel()
                    .select(PageSizeChoice.Preset.CUSTOM.ordinal());
            robot.lookup("#frames-width").queryTextInputControl().setText("640");
            robot.lookup("#frames-height").queryTextInputControl().setText("480");
        });

        robot.clickOn("#frames-run");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(app.fx.onFx(() ->
                        robot.lookup("#frames-status").queryAs(Label.class).getText()))
                .startsWith("Wrote 3 frames");
        for (int i = 1; i <= 3; i++)
            assertThat(ImageIO.read(dir.resolve("frame-00" + i + ".png").toFile())
                            .getWidth())
                    .isEqualTo(640);
        assertThat(ImageIO.getImageReadersByFormatName("gif").next()).isNotNull();
        try (var in =
                ImageIO.createImageInputStream(dir.resolve(Exporter.GIF_NAME).toFile())) {
            var reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(3);
        }
        ExportRequest second = Exporter.readRequest(dir.resolve("frame-002.png"), dir.resolve("again.png"), false);
        assertThat(second.from()).isEqualTo(LocalDate.of(2023, 9, 24));
        assertThat(second.to()).isEqualTo(LocalDate.of(2023, 9, 24));
        assertThat(second.kinds()).isEqualTo(Set.of(EventKind.INCIDENT));
    }
}
