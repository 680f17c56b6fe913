package org.borderwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.postgis.PostgisEventStore;
import org.borderwatch.events.postgis.PostgisServer;
import org.borderwatch.ui.edit.EventForm;
import org.borderwatch.ui.settings.RecentStores;
import org.borderwatch.ui.settings.Settings;
import org.borderwatch.ui.task.InlineTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window on a shared store whose server is killed and comes back (a server of this class's own): the status
 * area says it is offline and then reconnected, and an edit saved meanwhile stays pending in its form with the
 * reason, never reported as saved.
 */
@ExtendWith(ApplicationExtension.class)
class OfflineStoreUiTest {

    @RegisterExtension
    static final PostgisServer server = PostgisServer.own("offline-ui");

    @TempDir
    Path dir;

    private MapWindowFixture fixture;
    private StoreUi ui;

    @Start
    void start(Stage stage) {
        fixture = MapWindowFixture.open(stage, Settings.defaults());
    }

    @AfterEach
    void closeSession() throws Exception {
        if (ui != null) fixture.runFx(() -> ui.session().close());
    }

    private String status() throws Exception {
        return fixture.onFx(() -> fixture.window.statusBar().connectionText());
    }

    @Test
    void theStatusAreaSaysOfflineThenReconnectedAndAnEditMeanwhileStaysPendingInItsForm() throws Exception {
        server.reset();
        GeoJsonEventStore shipped = GeoJsonEventStore.open(Path.of("data/events.geojson"));
        Event first = shipped.all().get(0);
        try (PostgisEventStore db = server.open("editor")) {
            db.fill(shipped.all(), java.util.Map.of(), shipped.topMembers(), List.of());
        }
        StoreLocation.Database editor = server.as("editor");
        fixture.runFx(() -> {
            ui = StoreUi.attach(
                    fixture.window,
                    new InlineTaskRunner(),
                    new RecentStores(dir.resolve("recent.json")),
                    location -> PostgisEventStore.open((StoreLocation.Database) location, server.passwords()),
                    Platform::runLater);
            ui.session().open(editor);
        });
        assertThat(fixture.onFx(() -> ui.session().eventsProperty().get())).hasSize(shipped.size());

        server.crash();
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status().startsWith("Offline"));
            assertThat(status()).isEqualTo("Offline: the shared store at 127.0.0.1 is not answering; retrying…");

            EventForm form = fixture.onFx(() -> {
                ui.selectedIdProperty().set(first.id());
                return ui.editSelected();
            });
            fixture.runFx(() -> {
                ((TextField) form.getDialogPane().lookup("#form-title")).setText("Typed while offline");
                ((Button) form.getDialogPane().lookup("#form-save")).fire();
            });
            WaitForAsyncUtils.waitFor(
                    60, TimeUnit.SECONDS, () -> fixture.onFx(form::saveMessage).startsWith("Not saved"));
            assertThat(fixture.onFx(form::saveMessage)).contains("nothing was saved");
            // still open with the user's text, so the edit can be saved again once the server is back
            assertThat(fixture.onFx(form::isShowing)).isTrue();
            assertThat(fixture.onFx(() -> ((TextField) form.getDialogPane().lookup("#form-title")).getText()))
                    .isEqualTo("Typed while offline");
            assertThat(fixture.onFx(() -> ui.history().state().canUndo().get())).isFalse();
            fixture.runFx(form::close);
        } finally {
            server.restart();
        }
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> status().equals("Reconnected"));
        try (PostgisEventStore fresh = server.open("viewer")) {
            assertThat(fresh.find(first.id()).orElseThrow().title()).isEqualTo(first.title());
        }
    }
}
