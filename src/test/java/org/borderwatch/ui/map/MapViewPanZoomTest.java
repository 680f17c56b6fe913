package org.borderwatch.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.ui.MapWindowFixture.assertSamePoint;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.borderwatch.ui.MapWindowFixture;
import org.borderwatch.ui.settings.Settings;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MapViewPanZoomTest {
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
    void dragMovesTheViewCentreByTheDraggedDistance(FxRobot robot) throws Exception {
        MapCamera before = fx.camera();
        double x = Math.round(fx.width() / 2);
        double y = Math.round(fx.height() / 2);
        Point2D grabbed = fx.worldAt(x, y);

        robot.moveTo(fx.screenOf(x, y))
                .press(MouseButton.PRIMARY)
                .moveTo(fx.screenOf(x + 150, y - 90))
                .release(MouseButton.PRIMARY);
        fx.awaitFrame();

        MapCamera after = fx.camera();
        assertThat(after.unitsPerPixel()).isEqualTo(before.unitsPerPixel());
        assertThat(after.centreX()).isCloseTo(before.centreX() - 150 * before.unitsPerPixel(), within(before));
        assertThat(after.centreY()).isCloseTo(before.centreY() - 90 * before.unitsPerPixel(), within(before));
        // the map point grabbed stays under the mouse
        assertSamePoint(fx.worldAt(x + 150, y - 90), grabbed, before.unitsPerPixel());
    }

    @Test
    void wheelZoomKeepsThePointUnderTheCursorFixed(FxRobot robot) throws Exception {
        double x = Math.round(fx.width() * 0.3);
        double y = Math.round(fx.height() * 0.7);
        Point2D underCursor = fx.worldAt(x, y);
        MapCamera before = fx.camera();

        robot.moveTo(fx.screenOf(x, y)).scroll(2, VerticalDirection.UP);
        fx.awaitFrame();

        MapCamera after = fx.camera();
        assertThat(after.unitsPerPixel()).isNotEqualTo(before.unitsPerPixel());
        // within the half pixel by which the robot's mouse may miss the requested position
        assertSamePoint(fx.worldAt(x, y), underCursor, before.unitsPerPixel());
    }

    @Test
    void doubleClickZoomsInTwiceAboutTheClickedPoint(FxRobot robot) throws Exception {
        double x = Math.round(fx.width() * 0.65);
        double y = Math.round(fx.height() * 0.4);
        Point2D clicked = fx.worldAt(x, y);
        MapCamera before = fx.camera();

        robot.moveTo(fx.screenOf(x, y)).doubleClickOn(MouseButton.PRIMARY);
        fx.awaitFrame();

        assertThat(fx.camera().unitsPerPixel()).isCloseTo(before.unitsPerPixel() / 2, within(before));
        assertSamePoint(fx.worldAt(x, y), clicked, before.unitsPerPixel());
    }

    @Test
    void plusMinusAndArrowKeysZoomAndPan(FxRobot robot) throws Exception {
        robot.clickOn("#map-view");
        MapCamera before = fx.camera();

        robot.type(KeyCode.ADD);
        assertThat(fx.camera().unitsPerPixel()).isCloseTo(before.unitsPerPixel() / 2, within(before));
        robot.type(KeyCode.SUBTRACT);
        assertThat(fx.camera().unitsPerPixel()).isCloseTo(before.unitsPerPixel(), within(before));
        robot.type(KeyCode.RIGHT);
        MapCamera moved = fx.camera();
        assertThat(moved.centreX()).isGreaterThan(before.centreX());
        assertThat(moved.centreY()).isCloseTo(before.centreY(), within(before));
        fx.awaitFrame();
    }

    @Test
    void wholeRegionButtonRestoresTheRegionExtent(FxRobot robot) throws Exception {
        ReferencedEnvelope region = MapWindowFixture.MAP.region();
        fx.runFx(() -> {
            fx.view().zoomAtCentre(8);
            fx.view().panBy(300, -200);
        });
        fx.awaitFrame();

        robot.clickOn("#whole-region");
        fx.awaitFrame();

        ReferencedEnvelope shown =
                fx.onFx(() -> fx.view().shownViewportProperty().get().area());
        assertThat(shown.contains((org.locationtech.jts.geom.Envelope) region))
                .as("%s contains %s", shown, region)
                .isTrue();
        assertThat(shown.centre().x).isCloseTo(region.centre().x, org.assertj.core.api.Assertions.within(1.0));
        assertThat(shown.centre().y).isCloseTo(region.centre().y, org.assertj.core.api.Assertions.within(1.0));
        // the region fills the view along its tighter axis, less the margin
        double fill = Math.max(region.getWidth() / shown.getWidth(), region.getHeight() / shown.getHeight());
        assertThat(fill).isCloseTo(0.96, org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void zoomingOutStopsWhenTheRegionIsAnEighthOfTheView() throws Exception {
        MapCamera whole = fx.camera();
        fx.runFx(() -> {
            for (int i = 0; i < 10; i++) fx.view().zoomAtCentre(0.5);
        });

        double fitUnits = MapCamera.fit(MapWindowFixture.MAP.region(), fx.width(), fx.height())
                .unitsPerPixel();
        assertThat(fx.camera().unitsPerPixel()).isCloseTo(fitUnits * 8, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(fx.camera().centreX()).isCloseTo(whole.centreX(), within(whole));
        fx.awaitFrame();
    }

    @Test
    void previousFrameStaysOnScreenMovedWithTheMapUntilTheNextIsShown() throws Exception {
        Point2D spot = fx.pixelOfLonLat(21.175, 42.66);
        assertThat(fx.rgbAt(spot.getX(), spot.getY())).isEqualTo(TestMaps.SPOT.getRGB() & 0xFFFFFF);
        // pan and look at the canvas in the same FX pulse: no new frame can have arrived yet
        int movedPixel = fx.onFx(() -> {
            fx.view().panBy(40, 25);
            return fx.view().snapshot(null, null).getPixelReader().getArgb((int) Math.round(spot.getX() + 40), (int)
                            Math.round(spot.getY() + 25))
                    & 0xFFFFFF;
        });
        assertThat(movedPixel).isEqualTo(TestMaps.SPOT.getRGB() & 0xFFFFFF);
        fx.awaitFrame();
    }

    private static org.assertj.core.data.Offset<Double> within(MapCamera c) {
        return org.assertj.core.api.Assertions.within(c.unitsPerPixel() * 1.01);
    }
}
