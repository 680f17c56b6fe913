package org.borderwatch.events.postgis;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.borderwatch.events.geojson.FeatureJson;

/**
 * Other clients' changes as a store hears them: the {@link ChangeListener} (started by the first {@link #listen})
 * hands each notification here, which brings the held events up to date and tells the store's listeners; a lost
 * connection and its return are told the same way.
 */
final class LiveUpdates implements AutoCloseable {
    private final HikariDataSource pool;
    private final Connections connections;
    private final HeldEvents held;
    private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
    private ChangeListener changeListener;

    LiveUpdates(HikariDataSource pool, Connections connections, HeldEvents held) {
        this.pool = pool;
        this.connections = connections;
        this.held = held;
    }

    /** @throws StoreRefusedException if the listening connection cannot be made */
    void listen(StoreListener listener) {
        listeners.add(listener);
        synchronized (this) {
            if (changeListener == null) {
                try {
                    changeListener = ChangeListener.start(this, connections);
                } catch (SQLException e) {
                    throw Refusals.refused(connections.location(), "cannot listen for changes", e);
                }
            }
        }
    }

    /** True while the change listener is connected (or none was started). */
    synchronized boolean online() {
        return changeListener == null || changeListener.online();
    }

    /**
     * Applies a change the listener heard of, unless the store made it itself or already has a later version; called
     * on the listener thread. The version is read from the history, so changes made in quick succession each arrive
     * as they were, not as the row is by the time the listener reads it.
     */
    void heard(String op, String id, long version, String by) throws SQLException {
        RemoteChange change;
        synchronized (held) {
            Rows.Held now = held.held(id);
            if (now != null && now.version() >= version) return;
            if (op.equals("delete")) {
                // holding only what views fetched, a delete elsewhere still changes what a view shows
                if (now == null && held.complete()) return;
                held.remove(id);
                change = new RemoteChange(op, id, version, by, null);
            } else {
                Rows.Held read;
                try (Connection c = pool.getConnection()) {
                    read = Rows.version(c, id, version);
                } catch (FeatureJson.BadFeature bad) {
                    read = null;
                }
                if (read == null) held.remove(id);
                else held.put(read);
                change = new RemoteChange(op, id, version, by, read == null ? null : read.event());
            }
        }
        for (StoreListener l : listeners) l.changed(change);
    }

    /** Reads the events again after the connection came back, since notifications sent meanwhile are lost. */
    void reread() throws SQLException {
        held.reread();
    }

    /** Tells the listeners the connection is back and the events were read again. */
    void reconnected() {
        for (StoreListener l : listeners) l.reconnected();
    }

    void lost(String message) {
        for (StoreListener l : listeners) l.connectionLost(message);
    }

    @Override
    public void close() {
        ChangeListener l;
        synchronized (this) {
            l = changeListener;
            changeListener = null;
        }
        if (l != null) l.close();
    }
}
