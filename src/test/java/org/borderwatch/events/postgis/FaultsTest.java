package org.borderwatch.events.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.model.Event;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Kill -9 of the server mid-transaction and of a client mid-save, against a server of this class's own (killing the
 * shared one would fail the tests after it): afterwards no partial edit is visible, the version did not move, and a
 * store that lost its server says so and reconnects by itself.
 */
class FaultsTest {

    @RegisterExtension
    static final PostgisServer server = PostgisServer.own("faults");

    @BeforeEach
    void emptyStore() throws Exception {
        server.reset();
    }

    private static Connection connection(String user) throws SQLException {
        StoreLocation.Database as = server.as(user);
        return DriverManager.getConnection(
                "jdbc:postgresql://" + as.host() + ":" + as.port() + "/" + as.database(),
                user,
                new String(server.passwords().password(as)));
    }

    private static int count(String sql) throws SQLException {
        try (Connection c = connection("admin");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Listens to {@code store} and queues "lost: message" and "back". */
    private static BlockingQueue<String> news(PostgisEventStore store) {
        BlockingQueue<String> news = new LinkedBlockingQueue<>();
        store.listen(new StoreListener() {
            @Override
            public void changed(RemoteChange change) {}

            @Override
            public void connectionLost(String message) {
                news.add("lost: " + message);
            }

            @Override
            public void reconnected() {
                news.add("back");
            }
        });
        return news;
    }

    @Test
    void aServerKilledMidTransactionLeavesNoPartialChangeAndTheStoreReconnectsAndSaysSo() throws Exception {
        Event kept = PostgisEventStoreTest.event("k", "Kept", 20.8, 42.9, "2023-05-29", Map.of());
        try (PostgisEventStore store = server.open("editor")) {
            store.add(kept);
            BlockingQueue<String> news = news(store);
            // a transaction left open on the server when it dies: its change must not survive
            try (Connection c = connection("editor")) {
                c.setAutoCommit(false);
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE borderwatch.events SET feature = replace(feature::text, '\"Kept\"',"
                            + " '\"Half-done\"')::json WHERE id = 'k'");
                }
                server.crash();
            }
            try {
                assertThat(news.poll(60, TimeUnit.SECONDS))
                        .startsWith("lost: lost the connection to borderwatch@127.0.0.1:");
                assertThat(store.online()).isFalse();
                Event mine = PostgisEventStoreTest.event("k", "While down", 20.8, 42.9, "2023-05-29", Map.of());
                // the client is told the truth: refused, nothing saved, and it still holds the event as it was
                assertThatThrownBy(() -> store.replace(kept, mine))
                        .isInstanceOf(StoreRefusedException.class)
                        .hasMessageContaining("nothing was saved");
                assertThat(store.find("k").orElseThrow()).isEqualTo(kept);
                assertThat(store.version("k")).isEqualTo(1);
            } finally {
                server.restart();
            }
            assertThat(news.poll(60, TimeUnit.SECONDS)).isEqualTo("back");
            assertThat(store.online()).isTrue();
            assertThat(store.find("k").orElseThrow()).isEqualTo(kept);
        }
        try (PostgisEventStore fresh = server.open("viewer")) {
            assertThat(fresh.find("k").orElseThrow().title()).isEqualTo("Kept");
            assertThat(fresh.version("k")).isEqualTo(1);
            assertThat(fresh.history("k")).extracting(EventVersion::op).containsExactly("insert");
        }
    }

    @Test
    void aClientKilledMidSaveLeavesNoPartialEditAndTheVersionDoesNotMove() throws Exception {
        Event before = PostgisEventStoreTest.event("c", "Before", 20.8, 42.9, "2023-05-29", Map.of());
        try (PostgisEventStore store = server.open("editor")) {
            store.add(before);
        }
        Process client;
        Path said = Files.createTempFile("saving-client", ".txt");
        // a lock held here keeps the other process's save waiting inside its open transaction until it is killed
        try (Connection holder = connection("admin")) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.executeQuery("SELECT 1 FROM borderwatch.events WHERE id = 'c' FOR UPDATE")
                        .close();
            }
            client = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            "-Dorg.postgresql.pgpassfile=" + server.passwordFile(),
                            SavingClient.class.getName(),
                            server.as("editor").toString(),
                            "c",
                            "Half-saved")
                    .redirectErrorStream(true)
                    .redirectOutput(said.toFile())
                    .start();
            String waiting = "SELECT count(*) FROM pg_locks WHERE NOT granted";
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !client.isAlive() || count(waiting) > 0);
            assertThat(client.isAlive())
                    .as("the saving client is waiting on its open transaction; it printed: %s", output(said))
                    .isTrue();
            client.destroyForcibly(); // SIGKILL
            assertThat(client.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(output(said)).contains("saving").doesNotContain("saved\n");
            // the server notices its client is gone and rolls the save back, before the lock it waited for is freed
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> count(waiting) == 0);
            holder.rollback();
        }
        try (PostgisEventStore fresh = server.open("viewer")) {
            assertThat(fresh.find("c").orElseThrow()).isEqualTo(before);
            assertThat(fresh.version("c")).isEqualTo(1);
            assertThat(fresh.history("c")).extracting(EventVersion::op).containsExactly("insert");
        }
    }

    private static String output(Path file) throws java.io.IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
