package org.borderwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.postgis.PasswordSource;
import org.borderwatch.events.postgis.PostgisEventStore;
import org.borderwatch.events.postgis.PostgisServer;
import org.borderwatch.ui.settings.RecentStores;
import org.borderwatch.ui.settings.Settings;
import org.borderwatch.ui.store.EventChange;
import org.borderwatch.ui.task.InlineTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a shared PostGIS store with a second client beside it: changes arriving live, a conflict
 * resolved, an event's history. Writes pictures of the dialogs to target/screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class SharedStoreUiTest {

    @RegisterExtension
    static final PostgisServer server = new PostgisServer();

    private static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    Path dir;

    private MapWindowFixture fixture;
    private StoreUi ui;
    private Event first;

    @Start
    void start(Stage stage) {
        fixture = MapWindowFixture.open(stage, Settings.defaults());
    }

    @BeforeEach
    void openSharedStore() throws Exception {
        server.reset();
        GeoJsonEventStore shipped = GeoJsonEventStore.open(Path.of("data/events.geojson"));
        first = shipped.all().get(0);
        try (PostgisEventStore db = server.open("editor")) {
            db.fill(shipped.all(), java.util.Map.of(), shipped.topMembers(), List.of());
        }
        StoreLocation.Database editor = server.as("editor");
        fixture.runFx(() -> {
            ui = StoreUi.attach(
                    fixture.window,
                    new InlineTaskRunner(),
                    new RecentStores(dir.resolve("recent.json")),
                    location ->
                            PostgisEventStore.open((StoreLocation.Database) location, PasswordSource.standard(null)),
                    Platform::runLater);
            ui.session().open(editor);
        });
        assertThat(fixture.onFx(() -> ui.session().eventsProperty().get())).hasSize(shipped.size());
        assertThat(fixture.onFx(() -> fixture.window.stage().getTitle())).isEqualTo(editor.name() + " — BorderWatch");
    }

    @AfterEach
    void closeSession() throws Exception {
        if (ui != null) fixture.runFx(() -> ui.session().close());
    }

    private String titleInWindow(String id) throws Exception {
        return fixture.onFx(() -> ui.session().eventsProperty().get().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .map(Event::title)
                .orElse(null));
    }

    @Test
    void anotherUsersEditAppearsWithoutAReloadAndTheWindowSaysWho() throws Exception {
        try (PostgisEventStore other = server.open("admin")) {
            other.replace(first, first.withTitle("Renamed by a colleague"));
        }
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> "Renamed by a colleague".equals(titleInWindow(first.id())));
        assertThat(fixture.onFx(() -> fixture.window.statusBar().newsText()))
                .endsWith("admin changed “Renamed by a colleague”");
    }

    @Test
    void aConflictingEditShowsBothVersionsAndKeepMineSavesOverTheirs(FxRobot robot) throws Exception {
        try (PostgisEventStore other = server.open("admin")) {
            other.replace(first, first.withTitle("Theirs"));
        }
        // the user's form was opened on the first version, before the colleague's change
        Event mine = first.withTitle("Mine");
        fixture.runFx(() -> ui.history().perform(EventChange.edit(first, mine)));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#conflict-dialog").queryAs(DialogPane.class);
        assertThat(fixture.onFx(() -> ((javafx.scene.control.Label) dialog.lookup(".header-panel .label")).getText()))
                .contains("changed by admin (version 2)");
        shoot(dialog, "conflict.png");
        fixture.runFx(
                () -> ((Button) dialog.lookupButton(dialog.getButtonTypes().get(0))).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Mine".equals(titleInWindow(first.id())));
        try (PostgisEventStore fresh = server.open("viewer")) {
            assertThat(fresh.find(first.id()).orElseThrow().title()).isEqualTo("Mine");
            assertThat(fresh.version(first.id())).isEqualTo(3);
        }
    }

    /** The edit form waits on its save: once the conflict is settled by keeping mine, it is told the save is done. */
    @Test
    void aSaveThatMetAConflictIsReportedSavedOnceKeepMineIsStored(FxRobot robot) throws Exception {
        try (PostgisEventStore other = server.open("admin")) {
            other.replace(first, first.withTitle("Theirs again"));
        }
        java.util.concurrent.atomic.AtomicBoolean saved = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();
        fixture.runFx(() -> ui.session()
                .apply(EventChange.edit(first, first.withTitle("Mine, kept")), () -> saved.set(true), refused::add));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> !robot.lookup("#conflict-dialog").queryAll().isEmpty());
        assertThat(refused).singleElement().asString().contains("conflict window");
        assertThat(saved).isFalse();

        DialogPane dialog = robot.lookup("#conflict-dialog").queryAs(DialogPane.class);
        fixture.runFx(
                () -> ((Button) dialog.lookupButton(dialog.getButtonTypes().get(0))).fire());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, saved::get);
        assertThat(titleInWindow(first.id())).isEqualTo("Mine, kept");
    }

    @Test
    void theDetailsShowAnEventsHistoryAndRestoreAnOldVersion(FxRobot robot) throws Exception {
        Event second = first.withTitle("Second title");
        fixture.runFx(() -> ui.history().perform(EventChange.edit(first, second)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Second title".equals(titleInWindow(first.id())));
        fixture.runFx(() -> {
            ui.selectedIdProperty().set(first.id());
            ui.showHistory();
        });
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#history-dialog").queryAs(DialogPane.class);
        @SuppressWarnings("unchecked")
        TableView<org.borderwatch.events.postgis.EventVersion> table =
                (TableView<org.borderwatch.events.postgis.EventVersion>) dialog.lookup("#history-table");
        assertThat(fixture.onFx(() -> table.getItems().stream()
                        .map(v -> v.op() + " by " + v.changedBy())
                        .toList()))
                .containsExactly("update by editor", "insert by editor");
        shoot(dialog, "history.png");
        fixture.runFx(() -> {
            table.getSelectionModel().select(1);
            ((Button) dialog.lookup("#history-restore")).fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> first.title().equals(titleInWindow(first.id())));
    }

    @Test
    void theConnectDialogAsksForEverythingButThePassword(FxRobot robot) throws Exception {
        fixture.runFx(() -> ui.connect());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#connect-dialog").queryAs(DialogPane.class);
        assertThat(robot.lookup("#connect-host").tryQuery()).isPresent();
        assertThat(dialog.lookupAll(".password-field")).isEmpty();
        shoot(dialog, "connect.png");
        fixture.runFx(() -> ((Button) dialog.lookupButton(ButtonType.CANCEL)).fire());
    }

    /** Writes a picture of {@code node} for the docs. */
    private void shoot(Node node, String name) throws Exception {
        WritableImage image = fixture.onFx(() -> node.snapshot(null, null));
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, pixels.getArgb(x, y));
        Files.createDirectories(SHOTS);
        ImageIO.write(out, "png", SHOTS.resolve(name).toFile());
    }
}
