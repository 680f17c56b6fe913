package org.borderwatch.events.postgis;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.StoreLocation;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL + PostGIS server for the tests, started once per test run by {@code scripts/postgis-local}
 * in {@code target/postgis-test} and stopped when the run ends; {@link #own} gives a test class a server of its own
 * (its own folder and port), for tests that kill it. Tests skip, saying why, when Debian's
 * postgresql-15-postgis-3 is not installed ({@code .ci/run} installs it, so CI runs them).
 */
public final class PostgisServer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    static final Path SCRIPT = Path.of("scripts/postgis-local");
    static final Path DIR = Path.of("target/postgis-test");
    private static final String PGBIN = System.getenv().getOrDefault("PGBIN", "/usr/lib/postgresql/15/bin");
    /** Seconds a start may take: after a kill -9 the server replays its WAL first, slowly on a loaded machine. */
    private static final int START_TIMEOUT_S = 300;

    private final Path dir;
    private StoreLocation.Database admin;

    /** The server shared by the test classes of a run. */
    public PostgisServer() {
        this(DIR);
    }

    private PostgisServer(Path dir) {
        this.dir = dir;
    }

    /** A server of a test class's own, in {@code target/postgis-NAME}, so killing it disturbs no other test. */
    public static PostgisServer own(String name) {
        return new PostgisServer(Path.of("target/postgis-" + name));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        assumeTrue(
                Files.isExecutable(Path.of(PGBIN, "initdb")),
                "PostgreSQL 15 is not installed (" + PGBIN
                        + "/initdb missing): apt-get install postgresql-15-postgis-3");
        PostgisServer server = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(PostgisServer.class.getName() + ":" + dir, k -> start(dir), PostgisServer.class);
        admin = server.admin;
        if (dir.equals(DIR))
            System.setProperty(
                    "org.postgresql.pgpassfile",
                    DIR.resolve("pgpass").toAbsolutePath().toString());
    }

    private static PostgisServer start(Path dir) {
        PostgisServer s = new PostgisServer(dir);
        List<String> out = s.run("start");
        s.admin = (StoreLocation.Database) StoreLocation.parse(out.get(out.size() - 1));
        return s;
    }

    private List<String> run(String command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), command, dir.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().put("PGSTART_TIMEOUT", String.valueOf(START_TIMEOUT_S));
            Process p = builder.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(START_TIMEOUT_S + 60, TimeUnit.SECONDS) || p.exitValue() != 0)
                throw new IllegalStateException(SCRIPT + " " + command + " failed: " + out);
            return out.lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException(SCRIPT + " " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(SCRIPT + " " + command + " interrupted", e);
        }
    }

    /** Kills the server with SIGKILL, as a crash would, and starts it again on the same port. */
    public void crashAndRestart() {
        run("crash");
        run("start");
    }

    /** Kills the server with SIGKILL and leaves it down. */
    public void crash() {
        run("crash");
    }

    /** Starts the server again after {@link #crash()}, on the same port. */
    public void restart() {
        run("start");
    }

    @Override
    public void close() {
        run("stop");
    }

    /** The database as {@code user} (admin, editor or viewer). */
    public StoreLocation.Database as(String user) {
        return admin.as(user);
    }

    /** The server's password file, for a client in another process ({@code PGPASSFILE}). */
    public Path passwordFile() {
        return dir.resolve("pgpass").toAbsolutePath();
    }

    /** The passwords of this server's users, from its password file. */
    public PasswordSource passwords() {
        return location -> {
            try {
                for (String line : Files.readAllLines(passwordFile())) {
                    String[] f = line.split(":", 5);
                    if (f.length == 5 && f[1].equals(String.valueOf(location.port())) && f[3].equals(location.user()))
                        return f[4].toCharArray();
                }
                return null;
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + passwordFile() + ": " + e.getMessage(), e);
            }
        };
    }

    /** Opens the store as {@code user}, with passwords from the server's password file. */
    public PostgisEventStore open(String user) throws EventStoreException {
        return PostgisEventStore.open(as(user), passwords());
    }

    /** Connects to the store as {@code user} without reading the events, as the app does. */
    public PostgisEventStore connect(String user) throws EventStoreException {
        return PostgisEventStore.connect(as(user), passwords());
    }

    /** Empties the store and its history (as admin, migrating first if needed). */
    public void reset() throws EventStoreException, SQLException {
        PostgisEventStore.open(admin, passwords()).close();
        sql("TRUNCATE borderwatch.events, borderwatch.event_history, borderwatch.collection_members");
    }

    /** Runs SQL as admin. */
    public void sql(String sql) throws SQLException {
        sqlAs("admin", sql);
    }

    /** Runs SQL as {@code user}. */
    public void sqlAs(String user, String sql) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", new String(passwords().password(admin.as(user))));
        try (Connection c = DriverManager.getConnection(
                        "jdbc:postgresql://" + admin.host() + ":" + admin.port() + "/" + admin.database(), props);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
