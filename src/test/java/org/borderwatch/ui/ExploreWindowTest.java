package org.borderwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.borderwatch.analysis.Clusters;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.model.Event;
import org.borderwatch.render.Frame;
import org.borderwatch.render.MapTime;
import org.borderwatch.ui.details.SelectableText;
import org.borderwatch.ui.explore.ExploreFixtures;
import org.borderwatch.ui.explore.ExploreState;
import org.borderwatch.ui.map.BoxPainter;
import org.borderwatch.ui.map.MapCamera;
import org.borderwatch.ui.map.MapEventPicker;
import org.borderwatch.ui.map.TestMaps;
import org.borderwatch.ui.settings.Settings;
import org.borderwatch.ui.task.InlineTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The exploring panels in the real main window, on the in-memory test map with the fixture events. */
@ExtendWith(ApplicationExtension.class)
class ExploreWindowTest {
    private static final String US_DEMAND = "2023-10-02-us-demand";
    private static final String BANJSKA = "2023-09-24-banjska-ambush";

    private final AtomicReference<Frame> lastFrame = new AtomicReference<>();
    private MainWindow window;
    private ExploreState state;

    @Start
    void start(Stage stage) {
        BoxPainter boxes = new BoxPainter();
        window = new MainWindow(
                stage,
                (g, frame) -> {
                    boxes.paint(g, frame);
                    lastFrame.set(frame);
                },
                new InlineTaskRunner(),
                Settings.defaults());
        window.show(progress -> TestMaps.region());
        state = window.explorer().state();
        state.eventsProperty().set(ExploreFixtures.small());
    }

    private <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private Point2D screenOfMarker(String id) throws Exception {
        return onFx(() -> {
            Point2D p = window.explorer().picker().pixelOf(id).orElseThrow();
            return window.mapView().localToScreen(p);
        });
    }

    /** Centres the map on the event at 100 m a pixel, where the fixture's markers stand apart. */
    private void zoomTo(FxRobot robot, String id) {
        robot.interact(() -> {
            window.explorer().picker().centreOn(state.find(id));
            MapCamera c = window.mapView().cameraProperty().get();
            window.mapView().cameraProperty().set(new MapCamera(c.crs(), c.centreX(), c.centreY(), 100));
        });
    }

    @Test
    void clickingAKnownMarkerSelectsItAndShowsItsDetails(FxRobot robot) throws Exception {
        zoomTo(robot, US_DEMAND);
        Clusters.Cluster under = onFx(() -> {
            Point2D p = window.explorer().picker().pixelOf(US_DEMAND).orElseThrow();
            return window.explorer().picker().clusterAt(p.getX(), p.getY()).orElseThrow();
        });
        assertThat(under.size()).as("the marker stands alone at this zoom").isEqualTo(1);

        robot.clickOn(screenOfMarker(US_DEMAND));

        assertThat(state.selectedIdProperty().get()).isEqualTo(US_DEMAND);
        assertThat(window.mapView().selectedIdsProperty().get()).containsExactly(US_DEMAND);
        assertThat(robot.lookup("#details-title").queryAs(SelectableText.class).getText())
                .isEqualTo("United States demands withdrawal");
        assertThat(window.explorer()
                        .table()
                        .tableView()
                        .getSelectionModel()
                        .getSelectedItem()
                        .id())
                .isEqualTo(US_DEMAND);
    }

    @Test
    void clickingAClusterZoomsIntoIt(FxRobot robot) throws Exception {
        Clusters.Cluster under = onFx(() -> {
            Point2D p = window.explorer().picker().pixelOf(BANJSKA).orElseThrow();
            return window.explorer().picker().clusterAt(p.getX(), p.getY()).orElseThrow();
        });
        assertThat(under.size()).isGreaterThan(1);
        double before = onFx(() -> window.mapView().cameraProperty().get().unitsPerPixel());
        Point2D clusterOnScreen = onFx(() -> {
            MapCamera c = window.mapView().cameraProperty().get();
            return window.mapView()
                    .localToScreen(
                            c.pixelX(under.x(), window.mapView().getWidth()),
                            c.pixelY(under.y(), window.mapView().getHeight()));
        });

        robot.clickOn(clusterOnScreen);

        MapCamera after = onFx(() -> window.mapView().cameraProperty().get());
        assertThat(after.unitsPerPixel()).isLessThanOrEqualTo(before / 2);
        assertThat(after.centreX())
                .isBetween(under.bounds().getMinX(), under.bounds().getMaxX());
        assertThat(state.selectedIdProperty().get()).isNull();
    }

    @Test
    void selectingARowCentresTheMapOnTheEvent(FxRobot robot) throws Exception {
        robot.interact(() -> window.explorer().table().tableView().scrollTo(7));
        robot.clickOn("United States demands withdrawal");

        assertThat(state.selectedIdProperty().get()).isEqualTo(US_DEMAND);
        MapCamera camera = onFx(() -> window.mapView().cameraProperty().get());
        Point2D marker =
                onFx(() -> window.explorer().picker().pixelOf(US_DEMAND).orElseThrow());
        double w = onFx(() -> window.mapView().getWidth());
        double h = onFx(() -> window.mapView().getHeight());
        assertThat(marker.getX()).isCloseTo(w / 2, org.assertj.core.data.Offset.offset(0.5));
        assertThat(marker.getY()).isCloseTo(h / 2, org.assertj.core.data.Offset.offset(0.5));
        assertThat(camera).isNotNull();
    }

    @Test
    void dateFilterLeavesMapTableAndCountsWithTheSameEvents(FxRobot robot) throws Exception {
        EventFilter autumn = EventFilter.ALL.withDates(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 12, 31));
        robot.interact(() -> state.filterProperty().set(autumn));
        List<Event> expected =
                ExploreFixtures.small().stream().filter(autumn::test).toList();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Frame f = lastFrame.get();
            return f != null && f.time().eventsIn(f.events()).size() == expected.size();
        });
        // the frame carries the filter's dates as its time, and the painter marks the events of that time
        Frame f = lastFrame.get();
        assertThat(f.time()).isEqualTo(new MapTime(autumn.from(), autumn.to()));
        assertThat(f.time().eventsIn(f.events())).containsExactlyElementsOf(expected);
        assertThat(window.explorer().table().tableView().getItems()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(robot.lookup("#status-counts").queryAs(Label.class).getText())
                .isEqualTo(expected.size() + " of 8 events");
    }

    @Test
    void playbackMovesTheFramesTimeSoCrossingsAreDrawnForItsDay(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.explorer().timeline().setMode(org.borderwatch.ui.timeline.TimelineBar.PlayMode.SLIDING);
            state.filterProperty().set(EventFilter.ALL.withDates(LocalDate.of(2022, 12, 1), LocalDate.of(2022, 12, 9)));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Frame f = lastFrame.get();
            return f != null && LocalDate.of(2022, 12, 9).equals(f.time().day());
        });

        robot.interact(() -> window.explorer().timeline().step());
        EventFilter moved = state.filterProperty().get();
        assertThat(moved.to()).isAfter(LocalDate.of(2022, 12, 9));

        // the frame carries the played day: the regime painter draws each crossing's status on it
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Frame f = lastFrame.get();
            return f != null && moved.to().equals(f.time().day());
        });
        Frame f = lastFrame.get();
        assertThat(f.time()).isEqualTo(new MapTime(moved.from(), moved.to()));
        assertThat(f.time().eventsIn(f.events()))
                .containsExactlyElementsOf(
                        ExploreFixtures.small().stream().filter(moved::test).toList());
    }

    @Test
    void theCrossingsTableSitsWholeInATabBesideTheEventsTable(FxRobot robot) throws Exception {
        robot.clickOn("Crossings");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node table = robot.lookup("#crossings-table").query();
        javafx.scene.Node day = robot.lookup("#crossings-day").query();
        javafx.geometry.Bounds whole = onFx(() -> window.mapView()
                .getScene()
                .getRoot()
                .localToScreen(window.mapView().getScene().getRoot().getLayoutBounds()));
        for (javafx.scene.Node n : List.of(table, day)) {
            assertThat(n.isVisible()).isTrue();
            javafx.geometry.Bounds b = onFx(() -> n.localToScreen(n.getLayoutBounds()));
            assertThat(whole.contains(b)).as(n.getId() + " inside the window").isTrue();
        }
        // the status column and the rest are readable: the table is as wide as the events table beside it
        assertThat(onFx(() -> table.getLayoutBounds().getWidth())).isGreaterThan(600);
        assertThat(robot.lookup("#crossings-switches").tryQuery()).isPresent();
    }

    @Test
    void escapeInTheTableClearsTheSelectionOnTheMapToo(FxRobot robot) throws Exception {
        robot.clickOn("Jarinje crossing closed");
        assertThat(window.mapView().selectedIdsProperty().get()).containsExactly("2022-12-10-jarinje-closed");
        robot.type(KeyCode.ESCAPE);
        assertThat(state.selectedIdProperty().get()).isNull();
        assertThat(window.mapView().selectedIdsProperty().get()).isEqualTo(Set.of());
    }

    @Test
    void clickingEmptyMapClearsTheSelection(FxRobot robot) throws Exception {
        robot.interact(() -> state.select(BANJSKA));
        Point2D corner = onFx(() -> window.mapView().localToScreen(5, 5));
        robot.clickOn(corner);
        assertThat(state.selectedIdProperty().get()).isNull();
    }

    @Test
    void clickingEventsThatShareOneSpotListsThemToChooseFrom(FxRobot robot) throws Exception {
        Event sameSpot = ExploreFixtures.event(
                "2023-10-03-eu-statement",
                org.borderwatch.events.model.EventKind.DIPLOMATIC,
                "statement",
                "2023-10-03",
                null,
                "EU calls for calm",
                20.9,
                42.6,
                List.of("EU"),
                org.borderwatch.events.model.Confidence.CONFIRMED);
        List<Event> events = new java.util.ArrayList<>(ExploreFixtures.small());
        events.add(sameSpot);
        robot.interact(() -> state.eventsProperty().set(events));
        zoomTo(robot, US_DEMAND);

        robot.clickOn(screenOfMarker(US_DEMAND));

        List<String> items = onFx(() -> spotMenuItems().stream()
                .map(javafx.scene.control.MenuItem::getText)
                .toList());
        assertThat(items)
                .containsExactly("2 Oct 2023  United States demands withdrawal", "3 Oct 2023  EU calls for calm");
        robot.interact(() -> spotMenuItems().get(1).fire());
        assertThat(state.selectedIdProperty().get()).isEqualTo("2023-10-03-eu-statement");
    }

    private List<javafx.scene.control.MenuItem> spotMenuItems() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu)
                .map(w -> (javafx.scene.control.ContextMenu) w)
                .filter(m -> "map-spot-menu".equals(m.getId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no list of the events at the spot is showing"))
                .getItems();
    }

    @Test
    void hoveringAMarkerDescribesItsEvent(FxRobot robot) throws Exception {
        zoomTo(robot, US_DEMAND);
        String text = onFx(() -> {
            Point2D p = window.explorer().picker().pixelOf(US_DEMAND).orElseThrow();
            return MapEventPicker.describe(
                    window.explorer().picker().clusterAt(p.getX(), p.getY()).orElseThrow());
        });
        assertThat(text).isEqualTo("United States demands withdrawal\n2 Oct 2023");
    }
}
