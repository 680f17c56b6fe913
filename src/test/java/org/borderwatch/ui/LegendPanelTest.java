package org.borderwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LegendPanelTest {
    private MapWindowFixture fx;

    @Start
    void start(Stage stage) {
        fx = MapWindowFixture.open(stage, Settings.defaults());
    }

    @Test
    void legendIsDrawnFromTheVisibleLayersAndLosesAnEntryWhenOneIsHidden(FxRobot robot) throws Exception {
        double twoEntries = legendHeightOnceDrawn(-1);

        robot.clickOn("#layer-spot");
        double oneEntry = legendHeightOnceDrawn(twoEntries);

        assertThat(oneEntry).isLessThan(twoEntries);
        // one row of the renderer's legend is 18 logical px
        assertThat(twoEntries - oneEntry).isCloseTo(18, org.assertj.core.api.Assertions.within(1.0));
    }

    @Test
    void graticuleMenuItemAddsTheGraticuleToEveryFrame() throws Exception {
        fx.awaitFrame();
        assertThat(fx.onFx(() -> fx.view().optionsProperty().get().graticule())).isFalse();

        // a click on a check item toggles it in the menu's skin; headless, the item is toggled directly
        fx.runFx(() -> ((CheckMenuItem) fx.menuItem("menu-graticule")).setSelected(true));

        assertThat(fx.onFx(() -> fx.view().optionsProperty().get().graticule())).isTrue();
        fx.awaitFrame();
    }

    /** Waits for a legend image whose height differs from {@code previous}, and returns that height. */
    private double legendHeightOnceDrawn(double previous) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx.onFx(() -> {
            Image image = legendImage();
            return image != null && image.getHeight() != previous;
        }));
        return fx.onFx(() -> legendImage().getHeight());
    }

    private Image legendImage() {
        return ((ImageView) fx.view().getScene().lookup("#legend-image")).getImage();
    }
}
