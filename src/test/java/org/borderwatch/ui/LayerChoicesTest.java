package org.borderwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.borderwatch.export.ExportFormat;
import org.borderwatch.export.ExportRequest;
import org.borderwatch.export.Exporter;
import org.borderwatch.export.Extent;
import org.borderwatch.export.PageSize;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.borderwatch.render.MapPainter;
import org.borderwatch.ui.map.TestMaps;
import org.borderwatch.ui.settings.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * What the layer panel chooses (a group hidden, a layer's opacity, the drawing order) is saved in the settings, comes
 * back from them, and reaches an export drawn from the window's model. The test map's two layers are outside the
 * catalogue, so they are listed under "Added".
 */
@ExtendWith(ApplicationExtension.class)
class LayerChoicesTest {
    private static final int SPOT_RGB = TestMaps.SPOT.getRGB() & 0xFFFFFF;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-08T03:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private MapWindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = MapWindowFixture.open(stage, Settings.defaults());
    }

    @BeforeEach
    void firstFrameShown() throws Exception {
        fx.awaitFrame();
    }

    @Test
    void theGroupCheckboxHidesEveryLayerOfTheGroupAndTheSettingsKeepIt(FxRobot robot) throws Exception {
        robot.clickOn("#group-added");
        fx.awaitFrame();
        assertThat(model().layers()).noneMatch(Layer::visible);
        assertThat(fx.onFx(() -> fx.window.currentSettings().hiddenLayers())).containsExactlyInAnyOrder("land", "spot");

        robot.clickOn("#group-added");
        fx.awaitFrame();
        assertThat(model().layers()).allMatch(Layer::visible);
        assertThat(fx.onFx(() -> fx.window.currentSettings().hiddenLayers())).isEmpty();
    }

    @Test
    void opacityAndOrderChosenInThePanelComeBackFromTheSettingsAndReachTheExport(FxRobot robot) throws Exception {
        fx.runFx(() -> ((Slider) robot.lookup("#opacity-spot").query()).setValue(0.5));
        fx.awaitFrame();
        Settings saved = fx.onFx(() -> fx.window.currentSettings());
        assertThat(saved.layerOpacity()).containsExactly(Map.entry("spot", 0.5));
        assertThat(saved.layerOrder()).containsExactly("land", "spot");

        MapModel restored = MainWindow.withSavedLayers(TestMaps.region().model(), saved);
        assertThat(restored.layers()).extracting(l -> l.info().opacity()).containsExactly(1.0, 0.5);

        // the half-transparent square shows the land through it in the export: no pixel keeps its pure colour
        int[] halfSpot = export(restored);
        assertThat(halfSpot[0]).isLessThan(2_000);
        assertThat(halfSpot[1]).isGreaterThan(20_000);
        int[] fullSpot = export(MainWindow.withSavedLayers(TestMaps.region().model(), Settings.defaults()));
        assertThat(fullSpot[0]).isGreaterThan(20_000);

        // drawn under the land, the square is gone from the export as from the screen
        Settings under = new Settings(
                saved.window(),
                saved.dividerPosition(),
                saved.sidePanelShown(),
                List.of("spot", "land"),
                saved.hiddenLayers(),
                saved.coordinateFormat(),
                saved.graticule(),
                saved.lastView(),
                saved.layerOpacity(),
                saved.allUncertainty(),
                saved.names());
        assertThat(export(MainWindow.withSavedLayers(TestMaps.region().model(), under))[1])
                .isLessThan(2_000);
    }

    private MapModel model() throws Exception {
        return fx.onFx(() -> fx.view().modelProperty().get());
    }

    /** Exports the square's surroundings as PNG: how many pixels have its pure colour, and how many a red tint. */
    private int[] export(MapModel model) throws Exception {
        Path out = dir.resolve("layers-" + System.nanoTime() + ".png");
        ExportRequest request = ExportRequest.builder(
                        new Extent(21.08, 42.58, 21.27, 42.74, false), PageSize.parse("800x600"), ExportFormat.PNG, out)
                .titles("Layers", null)
                .build();
        new Exporter(new MapPainter(), "test", CLOCK).export(request, model, List.of());
        BufferedImage img = ImageIO.read(out.toFile());
        int pure = 0;
        int tinted = 0;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                if (rgb == SPOT_RGB) pure++;
                if (r > g + 40) tinted++;
            }
        return new int[] {pure, tinted};
    }
}
