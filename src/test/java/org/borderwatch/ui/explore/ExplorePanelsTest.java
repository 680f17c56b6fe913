package org.borderwatch.ui.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.borderwatch.analysis.DistanceRange;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.model.Event;
import org.borderwatch.ui.details.EventDetailsPane;
import org.borderwatch.ui.details.SelectableText;
import org.borderwatch.ui.table.EventTable;
import org.borderwatch.ui.task.InlineTaskRunner;
import org.borderwatch.ui.task.QueuedTaskRunner;
import org.borderwatch.ui.timeline.TimelineBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The exploring panels together on one stage, driven like a user would, asserting on the shared state. */
@ExtendWith(ApplicationExtension.class)
class ExplorePanelsTest {
    private final QueuedTaskRunner distanceJobs = new QueuedTaskRunner();
    private final List<String> opened = new ArrayList<>();
    private final List<Event> openedEvents = new ArrayList<>();
    private ExploreState state;
    private EventTable table;
    private EventDetailsPane details;
    private TimelineBar timeline;

    @Start
    void start(Stage stage) {
        state = new ExploreState(new InlineTaskRunner());
        table = new EventTable(state);
        table.setOnOpen(openedEvents::add);
        details = new EventDetailsPane(state.selectedProperty(), distanceJobs, opened::add);
        details.boundaryDistanceProperty().set(e -> new DistanceRange(3.25, 7.25));
        timeline = new TimelineBar(state);
        FilterPanel filters = new FilterPanel(state);
        BorderPane root = new BorderPane(table);
        root.setLeft(filters);
        root.setRight(details);
        root.setBottom(timeline);
        details.setPrefWidth(300);
        state.eventsProperty().set(ExploreFixtures.small());
        stage.setScene(new Scene(root, 1260, 760));
        stage.show();
    }

    private TableView<Event> view() {
        return table.tableView();
    }

    private String text(FxRobot robot, String id) {
        Node n = robot.lookup("#" + id).query();
        return n instanceof Label l ? l.getText() : ((SelectableText) n).getText();
    }

    @Test
    void selectingARowShowsItsDetailsWithTitleAndSources(FxRobot robot) {
        robot.clickOn("Kosovo police patrol ambushed near Banjska");

        assertThat(state.selectedIdProperty().get()).isEqualTo("2023-09-24-banjska-ambush");
        assertThat(text(robot, "details-title")).isEqualTo("Kosovo police patrol ambushed near Banjska");
        assertThat(text(robot, "details-casualties"))
                .contains("4 killed, 1 injured, 3 arrested")
                .contains("Kosovo Police: 1 killed, 1 injured")
                .contains("Serb armed group: 3 killed, 3 arrested");
        assertThat(text(robot, "details-precision")).isEqualTo("approximate, within 2 km");
        assertThat(text(robot, "details-place")).isEqualTo("Banjska, Zvečan, Kosovo");
        assertThat(robot.lookup("#details-sources .hyperlink").queryAllAs(Hyperlink.class))
                .extracting(Hyperlink::getText)
                .containsExactly("Reuters: Kosovo policeman killed in attack (2023-09-24)", "KoSSev");
    }

    @Test
    void clickingASourceOpensItInTheBrowser(FxRobot robot) {
        robot.interact(() -> state.select("2023-09-24-banjska-ambush"));
        robot.interact(() -> details.setVvalue(1));
        Hyperlink kossev = robot.lookup("#details-sources .hyperlink").nth(1).queryAs(Hyperlink.class);
        robot.clickOn(kossev);
        assertThat(opened).containsExactly("https://kossev.info/banjska");
    }

    @Test
    void refusesToOpenAnAddressThatIsNotHttp(FxRobot robot) {
        robot.interact(() -> state.select("2023-09-24-banjska-ambush"));
        robot.interact(() -> details.open("file:///etc/passwd"));
        robot.interact(() -> details.open("javascript:alert(1)"));
        assertThat(opened).isEmpty();
        assertThat(text(robot, "details-link-message"))
                .contains("javascript:alert(1)")
                .contains("not an http or https");
    }

    @Test
    void boundaryDistanceIsWorkedOutOffTheFxThreadAndShownWhenReady(FxRobot robot) {
        robot.interact(() -> state.select("2023-09-24-banjska-ambush"));
        assertThat(text(robot, "details-boundary")).isEqualTo("working it out…");
        assertThat(distanceJobs.waiting()).isEqualTo(1);
        robot.interact(distanceJobs::runNext);
        assertThat(text(robot, "details-boundary")).isEqualTo("3.3–7.3 km from the Kosovo–Serbia line (geodesic)");
    }

    @Test
    void dateFilterLeavesTheTableWithExactlyTheFilteredEvents(FxRobot robot) {
        EventFilter summer = EventFilter.ALL.withDates(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 8, 31));
        robot.interact(() -> state.filterProperty().set(summer));

        List<Event> expected =
                ExploreFixtures.small().stream().filter(summer::test).toList();
        assertThat(expected)
                .extracting(Event::id)
                .containsExactlyInAnyOrder("2023-05-30-kfor-reinforced", "2023-06-14-officers-detained");
        assertThat(view().getItems()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(robot.lookup("#event-table-counts").queryAs(Label.class).getText())
                .isEqualTo("2 of 8 events");
    }

    @Test
    void escapeClearsTheSelectionAndTheDetails(FxRobot robot) {
        robot.clickOn("Jarinje crossing closed");
        assertThat(state.selectedIdProperty().get()).isEqualTo("2022-12-10-jarinje-closed");
        robot.type(KeyCode.ESCAPE);
        assertThat(state.selectedIdProperty().get()).isNull();
        assertThat(view().getSelectionModel().getSelectedItem()).isNull();
        assertThat(robot.lookup("#details-empty").tryQuery()).isPresent();
    }

    @Test
    void arrowsMoveThroughRowsAndEnterOpensTheEvent(FxRobot robot) {
        robot.clickOn("Jarinje crossing closed");
        robot.type(KeyCode.DOWN);
        assertThat(state.selectedIdProperty().get())
                .isEqualTo(view().getItems().get(1).id());
        robot.type(KeyCode.ENTER);
        assertThat(openedEvents)
                .extracting(Event::id)
                .containsExactly(view().getItems().get(1).id());
    }

    @Test
    void selectingElsewhereSelectsTheRow(FxRobot robot) {
        robot.interact(() -> state.select("2023-10-02-us-demand"));
        assertThat(view().getSelectionModel().getSelectedItem().id()).isEqualTo("2023-10-02-us-demand");
    }

    @Test
    void searchBoxAndFilterPanelEditTheSameText(FxRobot robot) {
        robot.clickOn("#event-search").write("zvecan");
        assertThat(state.filterProperty().get().text()).isEqualTo("zvecan");
        assertThat(view().getItems())
                .extracting(Event::id)
                .containsExactlyInAnyOrder("2023-05-29-zvecan-clashes", "2023-09-24-banjska-ambush");
        assertThat(robot.lookup("#filter-text").queryTextInputControl().getText())
                .isEqualTo("zvecan");
    }

    @Test
    void untickingAKindHidesItsEvents(FxRobot robot) {
        robot.clickOn("#filter-kind-deployment");
        assertThat(view().getItems())
                .hasSize(5)
                .noneMatch(e -> e.kind() == org.borderwatch.events.model.EventKind.DEPLOYMENT);
        robot.clickOn("#filter-reset");
        assertThat(view().getItems()).hasSize(8);
        assertThat(robot.lookup("#filter-kind-deployment")
                        .queryAs(javafx.scene.control.CheckBox.class)
                        .isSelected())
                .isTrue();
    }

    @Test
    void categoryListHoldsTheCategoriesOfTheStore(FxRobot robot) {
        assertThat(robot.lookup("#filter-categories").queryListView().getItems())
                .containsExactly(
                        "armed_clash",
                        "armour",
                        "arrest",
                        "artillery",
                        "attack",
                        "border_closure",
                        "demand",
                        "peacekeeping");
        robot.clickOn("#filter-categories-none");
        assertThat(view().getItems()).isEmpty();
        assertThat(state.filterProperty().get().describe()).isEqualTo("no events");
    }

    @Test
    void draggingOnTheTimelineChoosesADateRange(FxRobot robot) {
        Node histogram = robot.lookup("#timeline-histogram").query();
        javafx.geometry.Bounds b = histogram.localToScreen(histogram.getBoundsInLocal());
        robot.drag(b.getMinX() + b.getWidth() * 0.6, b.getMinY() + 20)
                .dropTo(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * 0.8, b.getMinY() + 20));
        EventFilter f = state.filterProperty().get();
        assertThat(f.from()).isNotNull();
        assertThat(f.to()).isAfter(f.from());
        assertThat(view().getItems())
                .containsExactlyInAnyOrderElementsOf(
                        ExploreFixtures.small().stream().filter(f::test).toList());
    }

    @Test
    void draggingChoosesDaysNotWholeWeekBars(FxRobot robot) {
        Node histogram = robot.lookup("#timeline-histogram").query();
        LocalDate sept1 = LocalDate.of(2023, 9, 1);
        LocalDate oct31 = LocalDate.of(2023, 10, 31);
        // the middle of each day's slice of the bar, since the robot moves to whole pixels
        javafx.geometry.Point2D from =
                histogram.localToScreen((timeline.xOf(sept1) + timeline.xOf(sept1.plusDays(1))) / 2, 20);
        javafx.geometry.Point2D to =
                histogram.localToScreen((timeline.xOf(oct31) + timeline.xOf(oct31.plusDays(1))) / 2, 20);

        robot.drag(from).dropTo(to);

        // weekly bars: 1 September is a Friday, 31 October a Tuesday; whole bars would give 28 Aug – 5 Nov
        assertThat(state.filterProperty().get().from()).isEqualTo(sept1);
        assertThat(state.filterProperty().get().to()).isEqualTo(oct31);
    }

    @Test
    void everyDayOfTheSpanCanBeChosenOnTheHistogram(FxRobot robot) {
        TimeHistogram h = state.histogramProperty().get();
        for (LocalDate d = h.first(); !d.isAfter(h.last()); d = d.plusDays(1))
            assertThat(timeline.dayAt(timeline.xOf(d) + 0.01)).isEqualTo(d);
    }

    @Test
    void typedDatesSetTheExactRange(FxRobot robot) {
        robot.clickOn("#timeline-from").write("2023-09-01").type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#timeline-to").write("2023-09-30").type(javafx.scene.input.KeyCode.ENTER);

        assertThat(state.filterProperty().get().from()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(state.filterProperty().get().to()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(view().getItems())
                .extracting(Event::id)
                .contains("2023-09-24-banjska-ambush")
                .doesNotContain("2022-12-10-jarinje-closed");
    }

    @Test
    void playButtonShowsPauseBarsWhilePlayingAndATriangleWhenStopped(FxRobot robot) {
        String stopped = timeline.glyphShape();
        robot.interact(timeline::togglePlay);
        assertThat(timeline.glyphShape()).isNotEqualTo(stopped).contains("M6.5,0");
        robot.interact(timeline::togglePlay);
        assertThat(timeline.glyphShape()).isEqualTo(stopped);
        assertThat(robot.lookup("#timeline-play").queryButton().getText())
                .as("no font glyph that may be missing")
                .isNull();
    }

    @Test
    void aFilterThatHidesTheSelectedEventClearsTheDetails(FxRobot robot) {
        robot.clickOn("Kosovo police patrol ambushed near Banjska");
        assertThat(text(robot, "details-title")).isEqualTo("Kosovo police patrol ambushed near Banjska");

        robot.interact(() -> state.filterProperty()
                .set(EventFilter.ALL.withKinds(java.util.Set.of(org.borderwatch.events.model.EventKind.DEPLOYMENT))));

        assertThat(state.selectedProperty().get()).isNull();
        assertThat(details.shownEvent()).isNull();
        assertThat(robot.lookup("#details-title").tryQuery()).isEmpty();
    }

    @Test
    void cumulativePlayKeepsEarlierEventsAndSlidingPlayDropsThem(FxRobot robot) {
        robot.interact(() -> {
            timeline.setMode(TimelineBar.PlayMode.CUMULATIVE);
            timeline.togglePlay();
            timeline.togglePlay();
        });
        LocalDate storeStart = LocalDate.of(2022, 12, 10);
        assertThat(state.filterProperty().get().from()).isEqualTo(storeStart);
        LocalDate firstEnd = state.filterProperty().get().to();
        robot.interact(() -> {
            for (int i = 0; i < 10; i++) timeline.step();
        });
        assertThat(state.filterProperty().get().from()).isEqualTo(storeStart);
        assertThat(state.filterProperty().get().to()).isEqualTo(firstEnd.plusWeeks(10));
        assertThat(state.shownProperty().get()).extracting(Event::id).contains("2022-12-10-jarinje-closed");

        robot.interact(() -> {
            timeline.setMode(TimelineBar.PlayMode.SLIDING);
            for (int i = 0; i < 30; i++) timeline.step();
        });
        assertThat(state.filterProperty().get().from()).isAfter(storeStart);
        assertThat(state.shownProperty().get()).extracting(Event::id).doesNotContain("2022-12-10-jarinje-closed");
    }

    @Test
    void playStopsAtTheEndOfTheSpan(FxRobot robot) {
        robot.interact(() -> {
            timeline.setMode(TimelineBar.PlayMode.CUMULATIVE);
            timeline.togglePlay();
        });
        robot.interact(() -> {
            while (timeline.step()) {
                // each step moves the end one week on until the last
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.isPlaying()).isFalse();
        assertThat(state.filterProperty().get().to()).isNull();
        assertThat(view().getItems()).hasSize(8);
    }
}
