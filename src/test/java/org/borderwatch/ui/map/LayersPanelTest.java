package org.borderwatch.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.borderwatch.ui.MapWindowFixture;
import org.borderwatch.ui.settings.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LayersPanelTest {
    private static final int SPOT_RGB = TestMaps.SPOT.getRGB() & 0xFFFFFF;
    private static final int LAND_RGB = TestMaps.LAND.getRGB() & 0xFFFFFF;
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
    void uncheckingALayerHidesItInTheModelAndOnScreen(FxRobot robot) throws Exception {
        Point2D spot = fx.pixelOfLonLat(21.175, 42.66);
        assertThat(fx.rgbAt(spot.getX(), spot.getY())).isEqualTo(SPOT_RGB);

        robot.clickOn("#layer-spot");
        fx.awaitFrame();

        assertThat(layer(fx.onFx(() -> fx.view().modelProperty().get()), "spot").visible())
                .isFalse();
        assertThat(fx.rgbAt(spot.getX(), spot.getY())).isEqualTo(LAND_RGB);

        robot.clickOn("#layer-spot");
        fx.awaitFrame();
        assertThat(fx.rgbAt(spot.getX(), spot.getY())).isEqualTo(SPOT_RGB);
    }

    @Test
    void listShowsTheTopLayerFirstAndTheButtonsReorderTheModel(FxRobot robot) throws Exception {
        assertThat(names()).containsExactly("land", "spot");
        Point2D spot = fx.pixelOfLonLat(21.175, 42.66);

        selectRow(robot, "Pristina square");
        robot.clickOn("#layer-down");
        fx.awaitFrame();

        // the spot is now drawn first, under the land that covers it
        assertThat(names()).containsExactly("spot", "land");
        assertThat(fx.rgbAt(spot.getX(), spot.getY())).isEqualTo(LAND_RGB);

        robot.clickOn("#layer-up");
        fx.awaitFrame();
        assertThat(names()).containsExactly("land", "spot");
        assertThat(fx.rgbAt(spot.getX(), spot.getY())).isEqualTo(SPOT_RGB);
    }

    /** Selects a row by clicking in its middle, between the checkbox and the opacity slider, where a click selects. */
    private static void selectRow(FxRobot robot, String title) {
        javafx.scene.Node cell = robot.lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getItem() instanceof LayerGroups.LayerRow r
                        && r.layer().title().equals(title))
                .query();
        robot.clickOn(robot.point(cell).atPosition(javafx.geometry.Pos.CENTER));
    }

    private List<String> names() throws Exception {
        return fx.onFx(() -> fx.view().modelProperty().get().layers().stream()
                .map(Layer::name)
                .toList());
    }

    private static Layer layer(MapModel model, String name) {
        return model.layers().stream()
                .filter(l -> l.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
