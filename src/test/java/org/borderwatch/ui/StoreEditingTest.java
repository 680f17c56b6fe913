package org.borderwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.borderwatch.events.RecordProblem;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Event;
import org.borderwatch.ui.settings.RecentStores;
import org.borderwatch.ui.settings.Settings;
import org.borderwatch.ui.store.EventChange;
import org.borderwatch.ui.task.InlineTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window with a store open: opening good and bad stores, adding, editing, undoing, deleting, outside changes. */
@ExtendWith(ApplicationExtension.class)
class StoreEditingTest {
    private static final Path SHIPPED = Path.of("data/events.geojson");
    private static final String FIRST_ID = "2022-12-06-election-commission-offices-attacked";

    @TempDir
    Path dir;

    private MapWindowFixture fixture;
    private StoreUi ui;
    private Path store;

    @Start
    void start(Stage stage) {
        fixture = MapWindowFixture.open(stage, Settings.defaults());
    }

    @AfterEach
    void closeSession() throws Exception {
        if (ui != null) fixture.runFx(() -> ui.session().close());
    }

    private void openShipped(FxRobot robot) throws Exception {
        store = dir.resolve("events.geojson");
        Files.copy(SHIPPED, store, StandardCopyOption.REPLACE_EXISTING);
        fixture.runFx(() -> {
            ui = StoreUi.attach(
                    fixture.window,
                    new InlineTaskRunner(),
                    new RecentStores(dir.resolve("recent.json")),
                    location -> GeoJsonEventStore.open(location.asPath()),
                    Platform::runLater);
            ui.session().open(store);
        });
    }

    private List<Event> events() throws Exception {
        return fixture.onFx(() -> ui.session().eventsProperty().get());
    }

    private static List<Event> reread(Path file) throws Exception {
        return GeoJsonEventStore.open(file).all();
    }

    private DialogPane dialog(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + id).queryAs(DialogPane.class);
    }

    @Test
    void malformedStoreGivesAClearMessageAndThePreviousStoreStaysOpen(FxRobot robot) throws Exception {
        openShipped(robot);
        Path broken = dir.resolve("broken.geojson");
        Files.writeString(broken, "{\"type\": \"FeatureCollection\", \"features\": [\n  {\"type\": \"Feature\",,}\n]}");
        fixture.runFx(() -> ui.session().open(broken));

        DialogPane shown = dialog(robot, "load-problems");
        assertThat(shown.getHeaderText())
                .isEqualTo("Could not open broken.geojson. The store shown before stays open.");
        TableView<RecordProblem> table = robot.lookup("#load-problems-table").queryAs(castTable());
        assertThat(table.getItems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("line 2"));
        assertThat(fixture.onFx(() -> ui.session().fileProperty().get()))
                .isEqualTo(store.toAbsolutePath().normalize());
        assertThat(events()).hasSize(67);
        assertThat(fixture.onFx(() -> fixture.window.stage().getTitle())).isEqualTo("events.geojson — BorderWatch");
    }

    @Test
    void storeWithBadRecordsOpensWithTheGoodOnesAndListsWhatWasSkipped(FxRobot robot) throws Exception {
        openShipped(robot);
        String text = Files.readString(store, StandardCharsets.UTF_8)
                .replaceFirst("\"date\": \"2022-12-06\"", "\"date\": \"6 December 2022\"");
        Path partly = dir.resolve("partly.geojson");
        Files.writeString(partly, text);
        fixture.runFx(() -> ui.session().open(partly));

        DialogPane shown = dialog(robot, "load-problems");
        assertThat(shown.getHeaderText()).startsWith("Opened partly.geojson with 66 events; 1 problem was found");
        TableView<RecordProblem> table = robot.lookup("#load-problems-table").queryAs(castTable());
        RecordProblem p = table.getItems().get(0);
        assertThat(p.index()).isZero();
        assertThat(p.id()).isEqualTo(FIRST_ID);
        assertThat(p.pointer()).isEqualTo("/features/0/properties/date");
        assertThat(events()).hasSize(66).noneMatch(e -> e.id().equals(FIRST_ID));
        assertThat(fixture.onFx(
                        () -> ui.session().fileProperty().get().getFileName().toString()))
                .isEqualTo("partly.geojson");
    }

    @Test
    void eventAddedThroughTheFormIsInTheFileAfterSave(FxRobot robot) throws Exception {
        openShipped(robot);
        fixture.runFx(() -> ui.newEventAt(20.8656, 42.9075));
        assertThat(robot.lookup("#form-lon").queryAs(TextField.class).getText()).isEqualTo("20.8656");

        robot.clickOn("#form-title").write("Shots fired at a checkpoint");
        fixture.runFx(() -> robot.lookup("#form-date").queryAs(TextField.class).setText("2023-10-02"));
        robot.clickOn("#form-save");
        Label sourcesError = robot.lookup("#form-error-sources").queryAs(Label.class);
        assertThat(sourcesError.isVisible()).isTrue();
        assertThat(sourcesError.getText()).contains("at least one source");
        assertThat(reread(store)).hasSize(67);

        fixture.runFx(() -> robot.lookup("#form-sources")
                .queryAs(javafx.scene.control.TextArea.class)
                .setText("Reuters | Shots at checkpoint | https://example.org/shots | 2023-10-02"));
        robot.clickOn("#form-save");
        WaitForAsyncUtils.waitForFxEvents();

        List<Event> onDisk = reread(store);
        assertThat(onDisk).hasSize(68);
        Event added = onDisk.stream()
                .filter(e -> e.id().equals("2023-10-02-shots-fired-at-a-checkpoint"))
                .findFirst()
                .orElseThrow();
        assertThat(added.title()).isEqualTo("Shots fired at a checkpoint");
        assertThat(added.lon()).isEqualTo(20.8656);
        assertThat(added.sources().get(0).publisher()).isEqualTo("Reuters");
        assertThat(events()).hasSize(68);
        assertThat(Files.exists(dir.resolve("events.geojson.bak"))).isTrue();
    }

    @Test
    void editThenUndoPutsFileAndStateBackAsTheyWere(FxRobot robot) throws Exception {
        openShipped(robot);
        List<Event> original = events();
        Event before = original.get(0);
        fixture.runFx(() -> {
            ui.selectedIdProperty().set(FIRST_ID);
            ui.editSelected();
        });
        TextField title = robot.lookup("#form-title").queryAs(TextField.class);
        fixture.runFx(() -> title.setText("Edited title"));
        robot.clickOn("#form-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reread(store).get(0).title()).isEqualTo("Edited title");
        assertThat(fixture.onFx(() -> ui.history().state().undoText().get())).isEqualTo("Undo edit “Edited title”");

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(events().get(0)).isEqualTo(before);
        assertThat(reread(store).get(0)).isEqualTo(before);
        assertThat(reread(store)).isEqualTo(original);
        assertThat(fixture.onFx(() -> ui.history().state().canRedo().get())).isTrue();

        fixture.runFx(() -> ui.history().redo());
        assertThat(reread(store).get(0).title()).isEqualTo("Edited title");
    }

    @Test
    void deleteAsksFirstAndOnlyDeletesOnConfirmation(FxRobot robot) throws Exception {
        openShipped(robot);
        fixture.runFx(() -> {
            ui.selectedIdProperty().set(FIRST_ID);
            ui.deleteSelected();
        });
        DialogPane confirm = dialog(robot, "confirm-delete");
        assertThat(confirm.getHeaderText())
                .isEqualTo("Delete “Election commission offices in northern Kosovo wrecked” (2022-12-06)?");
        robot.clickOn((Node) confirm.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reread(store)).hasSize(67);

        fixture.runFx(() -> ui.deleteSelected());
        DialogPane again = dialog(robot, "confirm-delete");
        Button delete = (Button) again.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Delete"))
                .map(again::lookupButton)
                .findFirst()
                .orElseThrow();
        robot.clickOn(delete);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reread(store)).hasSize(66).noneMatch(e -> e.id().equals(FIRST_ID));
        assertThat(events()).hasSize(66);
        assertThat(fixture.onFx(() -> ui.selectedIdProperty().get())).isNull();

        fixture.runFx(() -> ui.history().undo());
        assertThat(reread(store)).hasSize(67).anyMatch(e -> e.id().equals(FIRST_ID));
    }

    @Test
    void changeOnDiskByAnotherProgramShowsTheReloadNotice(FxRobot robot) throws Exception {
        openShipped(robot);
        NoticeBar bar = fixture.onFx(() -> ui.noticeBar());
        assertThat(fixture.onFx(bar::isVisible)).isFalse();

        String text = Files.readString(store)
                .replace("Election commission offices in northern Kosovo wrecked", "Changed elsewhere");
        Files.writeString(store, text);
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(bar::isVisible).get());
        assertThat(fixture.onFx(bar::messageText)).startsWith("events.geojson was changed by another program");

        robot.clickOn("#notice-action");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(events().get(0).title()).isEqualTo("Changed elsewhere");
        assertThat(fixture.onFx(() -> ui.session().changedOnDiskProperty().get()))
                .isFalse();
    }

    @Test
    void editRefusedWhenTheFileChangedOnDiskAndTheStoreIsLeftAsItWas(FxRobot robot) throws Exception {
        openShipped(robot);
        Event first = events().get(0);
        Files.writeString(store, Files.readString(store) + "\n");
        fixture.runFx(() -> ui.history().perform(EventChange.delete(first)));
        DialogPane failed = dialog(robot, "save-failed");
        assertThat(failed.getContentText())
                .contains("changed on disk since it was loaded")
                .contains("taken back");
        assertThat(events()).hasSize(67);
        assertThat(reread(store)).hasSize(67);
        assertThat(fixture.onFx(() -> ui.history().state().canUndo().get())).isFalse();
    }

    @Test
    void contextMenuOnTheMapOffersANewEventAtThatPlace(FxRobot robot) throws Exception {
        openShipped(robot);
        fixture.awaitFrame();
        Point2D pixel = fixture.pixelOfLonLat(20.9, 42.9);
        Point2D screen = fixture.screenOf(pixel.getX(), pixel.getY());
        Point2D inScene = fixture.onFx(() -> fixture.view().localToScene(pixel));
        // Monocle's headless robot makes no context-menu event from a right click, so send the one the platform would
        fixture.runFx(() -> javafx.event.Event.fireEvent(
                fixture.view(),
                new javafx.scene.input.ContextMenuEvent(
                        javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                        inScene.getX(),
                        inScene.getY(),
                        screen.getX(),
                        screen.getY(),
                        false,
                        null)));
        javafx.scene.control.ContextMenu menu = fixture.onFx(() -> ui.mapMenu());
        assertThat(fixture.onFx(menu::isShowing)).isTrue();
        fixture.runFx(() -> {
            menu.getItems().get(0).fire();
            menu.hide();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double lon = Double.parseDouble(
                robot.lookup("#form-lon").queryAs(TextField.class).getText());
        double lat = Double.parseDouble(
                robot.lookup("#form-lat").queryAs(TextField.class).getText());
        assertThat(lon).isCloseTo(20.9, org.assertj.core.data.Offset.offset(0.01));
        assertThat(lat).isCloseTo(42.9, org.assertj.core.data.Offset.offset(0.01));
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#event-form").tryQuery()).isEmpty();
        assertThat(reread(store)).hasSize(67);
    }

    @Test
    void detailsButtonsFollowTheSelectionAndEditOpensTheFormOnIt(FxRobot robot) throws Exception {
        openShipped(robot);
        javafx.scene.layout.HBox buttons = fixture.onFx(() -> ui.eventButtons());
        Button edit = (Button) buttons.getChildren().get(0);
        assertThat(fixture.onFx(edit::isDisabled)).isTrue();
        fixture.runFx(() -> ui.selectedIdProperty().set(FIRST_ID));
        assertThat(fixture.onFx(edit::isDisabled)).isFalse();
        fixture.runFx(edit::fire);
        assertThat(robot.lookup("#form-id").queryAs(TextField.class).getText()).isEqualTo(FIRST_ID);
        assertThat(robot.lookup("#form-id").queryAs(TextField.class).isEditable())
                .isFalse();
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#event-form").tryQuery()).isEmpty();
    }

    @Test
    void openedStoreIsFirstInOpenRecentAndTitlesTheWindow(FxRobot robot) throws Exception {
        openShipped(robot);
        javafx.scene.control.Menu recent = fixture.onFx(() ->
                (javafx.scene.control.Menu) fixture.window.menuBar().getMenus().get(0).getItems().stream()
                        .filter(i -> "menu-open-recent".equals(i.getId()))
                        .findFirst()
                        .orElseThrow());
        assertThat(fixture.onFx(() -> recent.getItems().get(0).getText())).contains("events.geojson");
        assertThat(fixture.onFx(() -> fixture.window.stage().getTitle())).isEqualTo("events.geojson — BorderWatch");
        assertThat(new RecentStores(dir.resolve("recent.json")).list())
                .containsExactly(new org.borderwatch.events.StoreLocation.File(
                        store.toAbsolutePath().normalize()));
    }

    @SuppressWarnings("unchecked")
    private static Class<TableView<RecordProblem>> castTable() {
        return (Class<TableView<RecordProblem>>) (Class<?>) TableView.class;
    }
}
