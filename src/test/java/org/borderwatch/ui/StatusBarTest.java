package org.borderwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.borderwatch.ui.map.MapCamera;
import org.borderwatch.ui.map.TestMaps;
import org.borderwatch.ui.settings.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class StatusBarTest {
    private static final Pattern DECIMAL = Pattern.compile("([0-9.]+)° N {2}([0-9.]+)° E");
    private static final Pattern DMS =
            Pattern.compile("(\\d+)°(\\d\\d)′(\\d\\d\\.\\d)″ N {2}(\\d+)°(\\d\\d)′(\\d\\d\\.\\d)″ E");
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
    void positionShownIsTheLonLatOfThePointUnderTheCursor(FxRobot robot) throws Exception {
        // Pristina, inside the red test square; the cursor goes to the pixel the map draws it at
        Point2D pixel = fx.pixelOfLonLat(21.1655, 42.6629);
        Point2D rounded = new Point2D(Math.round(pixel.getX()), Math.round(pixel.getY()));
        robot.moveTo(fx.screenOf(rounded.getX(), rounded.getY()));

        assertThat(fx.rgbAt(rounded.getX(), rounded.getY())).isEqualTo(TestMaps.SPOT.getRGB() & 0xFFFFFF);
        String text = fx.onFx(() -> fx.window.statusBar().positionText());
        Matcher m = DECIMAL.matcher(text);
        assertThat(m.matches()).as(text).isTrue();
        double degreesPerPixel = degreesPerPixel();
        assertThat(Double.parseDouble(m.group(1)))
                .isCloseTo(42.6629, org.assertj.core.api.Assertions.within(degreesPerPixel));
        assertThat(Double.parseDouble(m.group(2)))
                .isCloseTo(21.1655, org.assertj.core.api.Assertions.within(degreesPerPixel));
    }

    @Test
    void coordinateFormatSwitchesToDegreesMinutesSeconds(FxRobot robot) throws Exception {
        Point2D pixel = fx.pixelOfLonLat(21.1655, 42.6629);
        // headless Monocle does not open submenus on hover, so the menu item is fired as a click would
        fx.runFx(() -> fx.menuItem("menu-format-dms").fire());
        robot.moveTo(fx.screenOf(Math.round(pixel.getX()), Math.round(pixel.getY())));

        String text = fx.onFx(() -> fx.window.statusBar().positionText());
        Matcher m = DMS.matcher(text);
        assertThat(m.matches()).as(text).isTrue();
        double lat = Integer.parseInt(m.group(1))
                + Integer.parseInt(m.group(2)) / 60.0
                + Double.parseDouble(m.group(3)) / 3600;
        double lon = Integer.parseInt(m.group(4))
                + Integer.parseInt(m.group(5)) / 60.0
                + Double.parseDouble(m.group(6)) / 3600;
        assertThat(lat).isCloseTo(42.6629, org.assertj.core.api.Assertions.within(degreesPerPixel()));
        assertThat(lon).isCloseTo(21.1655, org.assertj.core.api.Assertions.within(degreesPerPixel()));
    }

    @Test
    void scaleFollowsTheZoom(FxRobot robot) throws Exception {
        long before = scale();
        fx.runFx(() -> fx.view().zoomAtCentre(2));

        assertThat(scale()).isCloseTo(before / 2, org.assertj.core.api.Assertions.within(1L));
        MapCamera camera = fx.camera();
        // 1:N means one logical pixel (1/96 inch) covers N times its size on the ground
        assertThat((double) scale())
                .isCloseTo(camera.unitsPerPixel() / (0.0254 / 96), org.assertj.core.api.Assertions.within(1.0));
    }

    private long scale() throws Exception {
        String text = fx.onFx(() -> fx.window.statusBar().scaleText());
        assertThat(text).startsWith("1:");
        return Long.parseLong(text.substring(2).replace(" ", ""));
    }

    /** A little over a pixel, in degrees, at the test map's zoom: how far the robot's mouse may land. */
    private double degreesPerPixel() throws Exception {
        return fx.camera().unitsPerPixel() * 1.5 / 78_000;
    }
}
