package org.borderwatch.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.borderwatch.ui.MapWindowFixture;
import org.borderwatch.ui.explore.ExploreFixtures;
import org.borderwatch.ui.settings.Settings;
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
    void legendListsTheSymbolsOfTheEventsShownAndLosesTheOtherKindsWhenFilteredToOne(FxRobot robot) throws Exception {
        fx.runFx(() -> fx.window.explorer().state().eventsProperty().set(ExploreFixtures.small()));
        List<String> all = entriesOnceDrawn(e -> e.contains("Deployed by"));
        assertThat(all)
                .contains(
                        "Incidents",
                        "Attack",
                        "Armed clash",
                        "Deployments",
                        "Armour",
                        "Peacekeeping",
                        "Diplomatic events",
                        "Demand",
                        "Incident severity",
                        "Deployed by",
                        "KFOR / NATO");
        List<String> layerEntries = all.subList(0, all.indexOf("Incidents"));
        assertThat(layerEntries).as("the layers' entries come first").hasSize(2);
        double allHeight = fx.onFx(() -> legendImage().getHeight());

        robot.clickOn("#filter-kind-deployment");
        robot.clickOn("#filter-kind-diplomatic");
        List<String> incidents = entriesOnceDrawn(e -> !e.contains("Deployments") && !e.contains("Diplomatic events"));

        assertThat(incidents).startsWith(layerEntries.toArray(String[]::new));
        assertThat(incidents)
                .contains("Incidents", "Attack", "Armed clash", "Arrest", "Border closure", "Incident severity");
        assertThat(incidents)
                .doesNotContain(
                        "Deployments",
                        "Armour",
                        "Artillery",
                        "Peacekeeping",
                        "Diplomatic events",
                        "Demand",
                        "Deployed by",
                        "KFOR / NATO");
        assertThat(fx.onFx(() -> legendImage().getHeight())).isLessThan(allHeight);

        robot.clickOn("#filter-kind-deployment");
        robot.clickOn("#filter-kind-diplomatic");
        assertThat(entriesOnceDrawn(e -> e.contains("Deployed by"))).isEqualTo(all);
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
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> fx.onFx(() -> {
                    Image image = legendImage();
                    return image != null && image.getHeight() != previous;
                }));
        return fx.onFx(() -> legendImage().getHeight());
    }

    /** Waits until the legend on screen lists entries that match {@code wanted}, and returns them. */
    private List<String> entriesOnceDrawn(Predicate<List<String>> wanted) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> fx.onFx(() -> wanted.test(legend().entriesProperty().get())));
        return fx.onFx(() -> legend().entriesProperty().get());
    }

    private LegendPanel legend() {
        return (LegendPanel) fx.view().getScene().lookup("#legend-panel");
    }

    private Image legendImage() {
        return ((ImageView) fx.view().getScene().lookup("#legend-image")).getImage();
    }
}
