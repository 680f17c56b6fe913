package org.borderwatch.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.borderwatch.analysis.GroundSafetyZone;
import org.borderwatch.analysis.GroundSafetyZone.Membership;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.ui.table.EventTable;
import org.borderwatch.ui.task.InlineTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The filter panel's "in the GSZ" boxes choose events with the rest of the filter, for the map and the table. */
@ExtendWith(ApplicationExtension.class)
class GszFilterTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    /** A zone 5 km north of a line at 43.15° N, where the fixture's events lie on both sides. */
    private static final GroundSafetyZone ZONE = GroundSafetyZone.of(
            GEOMETRY.createLineString(new Coordinate[] {new Coordinate(20.5, 43.15), new Coordinate(21.2, 43.15)}),
            GEOMETRY.toGeometry(new Envelope(20, 22, 43.15, 44)));

    private ExploreState state;
    private EventTable table;

    @Start
    void start(Stage stage) {
        state = new ExploreState(new InlineTaskRunner());
        table = new EventTable(state);
        BorderPane root = new BorderPane(table);
        root.setLeft(new FilterPanel(state));
        state.eventsProperty().set(ExploreFixtures.small());
        stage.setScene(new Scene(root, 1000, 700));
        stage.show();
    }

    private static List<Event> where(List<Event> events, EnumSet<Membership> kept) {
        return events.stream().filter(e -> kept.contains(ZONE.membership(e))).toList();
    }

    @Test
    void theBoxesWaitForTheZone(FxRobot robot) {
        assertThat(robot.lookup("#filter-gsz-out").queryAs(CheckBox.class).isDisabled())
                .isTrue();
        robot.interact(() -> state.zoneProperty().set(ZONE));
        assertThat(robot.lookup("#filter-gsz-out").queryAs(CheckBox.class).isDisabled())
                .isFalse();
    }

    @Test
    void untickingOutKeepsTheEventsInOrPossiblyInTheZoneOnMapAndTable(FxRobot robot) {
        robot.interact(() -> state.zoneProperty().set(ZONE));
        List<Event> near = where(ExploreFixtures.small(), EnumSet.of(Membership.IN, Membership.POSSIBLY));
        assertThat(near).as("the fixture has events on both sides").isNotEmpty().hasSizeLessThan(8);

        robot.clickOn("#filter-gsz-out");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(state.inGszProperty().get()).containsExactlyInAnyOrder(Membership.IN, Membership.POSSIBLY);
        assertThat(state.shownProperty().get()).containsExactlyElementsOf(near);
        assertThat(state.undatedProperty().get()).containsExactlyElementsOf(near);
        assertThat(table.tableView().getItems()).containsExactlyInAnyOrderElementsOf(near);
    }

    @Test
    void theZoneCombinesWithTheOtherFiltersAndShowAllEventsClearsIt(FxRobot robot) {
        robot.interact(() -> state.zoneProperty().set(ZONE));
        robot.clickOn("#filter-gsz-in");
        robot.clickOn("#filter-gsz-possibly");
        robot.interact(() -> state.filterProperty().set(EventFilter.ALL.withKinds(EnumSet.of(EventKind.INCIDENT))));

        List<Event> outIncidents = where(ExploreFixtures.small(), EnumSet.of(Membership.OUT)).stream()
                .filter(e -> e.kind() == EventKind.INCIDENT)
                .toList();
        assertThat(state.shownProperty().get()).containsExactlyElementsOf(outIncidents);

        robot.clickOn("#filter-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state.inGszProperty().get()).isNull();
        assertThat(state.shownProperty().get()).hasSize(8);
        assertThat(robot.lookup("#filter-gsz-in").queryAs(CheckBox.class).isSelected())
                .isTrue();
    }
}
