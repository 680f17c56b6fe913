package org.borderwatch.ui.crossings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.borderwatch.crossings.Crossing;
import org.borderwatch.crossings.CrossingStatus;
import org.borderwatch.crossings.CrossingsReader;
import org.borderwatch.crossings.StatusOnDay;
import org.borderwatch.render.MapTime;
import org.borderwatch.render.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The crossings panel follows the map's time, switches the regime's layers and moves the timeline to a day. */
@ExtendWith(ApplicationExtension.class)
class CrossingsPanelTest {

    private final ObjectProperty<Regime> regime = new SimpleObjectProperty<>();
    private final ObjectProperty<MapTime> time = new SimpleObjectProperty<>(MapTime.on(LocalDate.of(2022, 12, 15)));
    private final List<LocalDate> daysAsked = new ArrayList<>();
    private final List<Crossing> histories = new ArrayList<>();
    private CrossingsPanel panel;

    @Start
    void start(Stage stage) throws Exception {
        regime.set(new Regime(
                new CrossingsReader().read(Path.of("data", "crossings.geojson")).crossings(), true, null, true));
        panel = new CrossingsPanel(regime, time, histories::add, daysAsked::add);
        stage.setScene(new Scene(new javafx.scene.layout.VBox(panel.switches(), panel), 600, 400));
        stage.show();
    }

    @Test
    void tableShowsEachCrossingsStatusOnTheMapsDayAndFollowsIt() throws Exception {
        assertThat(statusOf("jarinje")).isEqualTo(CrossingStatus.CLOSED);
        assertThat(statusOf("merdare")).isEqualTo(CrossingStatus.OPEN);
        WaitForAsyncUtils.asyncFx(() -> time.set(MapTime.on(LocalDate.of(2023, 10, 10))))
                .get();
        assertThat(statusOf("jarinje")).isEqualTo(CrossingStatus.CLOSED_TO_ENTRY_FROM_SERBIA);
        assertThat(statusOf("brnjak")).isEqualTo(CrossingStatus.GOODS_BARRED);
    }

    @Test
    void switchesHideTheCrossingsAndTheZone(FxRobot robot) {
        robot.clickOn("#crossings-shown");
        assertThat(regime.get().showCrossings()).isFalse();
        robot.clickOn("#gsz-shown");
        assertThat(regime.get().showGsz()).isFalse();
        robot.clickOn("#crossings-shown");
        assertThat(regime.get().showCrossings()).isTrue();
        assertThat(regime.get().crossings()).hasSize(6);
    }

    @Test
    void typingADayAsksForTheTimelineToMoveThere(FxRobot robot) {
        robot.clickOn("#crossings-day").write("2023-09-24").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(daysAsked).containsExactly(LocalDate.of(2023, 9, 24));
    }

    @Test
    void doubleClickingARowOpensThatCrossingsHistory(FxRobot robot) {
        robot.doubleClickOn("Merdare / Merdarë");
        assertThat(histories).extracting(Crossing::id).containsExactly("merdare");
    }

    private CrossingStatus statusOf(String id) {
        return panel.rows().stream()
                .filter(r -> r.crossing().id().equals(id))
                .map(StatusOnDay::status)
                .findFirst()
                .orElseThrow();
    }
}
