package org.borderwatch.events.postgis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on its own connection for the database's change notifications and hands them to the store. When the
 * connection breaks it says so once, tries again every second, and on success reads the store again (what was
 * announced while it was away is lost).
 */
final class ChangeListener implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ChangeListener.class.getName());

    static final String CHANNEL = "borderwatch_events";
    private static final int POLL_MS = 250;
    private static final int RETRY_MS = 1000;

    private final LiveUpdates updates;
    private final Connections connections;
    private final ObjectMapper json = new ObjectMapper();
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean online = true;
    private volatile Connection current;

    private ChangeListener(LiveUpdates updates, Connections connections) {
        this.updates = updates;
        this.connections = connections;
        this.thread = new Thread(
                this::run, "borderwatch-listen-" + connections.location().name());
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler(
                (t, e) -> LOG.log(System.Logger.Level.ERROR, t.getName() + " stopped: " + e, e));
    }

    /**
     * Listens from the moment this returns: the first LISTEN is done here, so no change made after it is missed.
     *
     * @throws SQLException if the first connection fails
     */
    static ChangeListener start(LiveUpdates updates, Connections connections) throws SQLException {
        ChangeListener l = new ChangeListener(updates, connections);
        l.current = l.connect();
        l.thread.start();
        return l;
    }

    private Connection connect() throws SQLException {
        Connection c = connections.single();
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    boolean online() {
        return online;
    }

    private void run() {
        while (!closed) {
            try (Connection c = current != null ? current : connect()) {
                current = c;
                if (!online) {
                    updates.reread();
                    // online before the news, so whoever hears it finds the store online
                    online = true;
                    updates.reconnected();
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] heard = pg.getNotifications(POLL_MS);
                    if (heard == null) continue;
                    for (PGNotification n : heard) apply(n.getParameter());
                }
            } catch (SQLException e) {
                current = null;
                if (closed) return;
                if (online) {
                    online = false;
                    updates.lost(
                            "lost the connection to " + connections.location().name() + " ("
                                    + Connections.firstLine(e.getMessage()) + "); trying again every second");
                }
                try {
                    Thread.sleep(RETRY_MS);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    private void apply(String payload) throws SQLException {
        JsonNode n;
        try {
            n = json.readTree(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // only our trigger writes to the channel; anything else is not ours to act on
            LOG.log(
                    System.Logger.Level.WARNING,
                    "ignored a notification on " + CHANNEL + " that is not ours: " + payload);
            return;
        }
        updates.heard(
                n.path("op").asText(),
                n.path("id").asText(),
                n.path("version").asLong(),
                n.path("by").asText());
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        Connection c = current;
        try {
            if (c != null) c.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot close the listening connection: " + e.getMessage(), e);
        }
    }
}
