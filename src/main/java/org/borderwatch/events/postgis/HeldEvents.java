package org.borderwatch.events.postgis;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.geojson.FeatureJson;
import org.borderwatch.events.model.Event;

/**
 * The events a store holds with the versions it read or wrote them at: every row ({@link #complete()}), or only
 * those views and look-ups fetched so far, reading others by id when asked. Its monitor guards them; a write holds it
 * from its commit until the change is here, so the listener, which takes it too, skips the store's own changes.
 */
final class HeldEvents {
    private final HikariDataSource pool;
    private final StoreLocation.Database location;
    private LinkedHashMap<String, Rows.Held> events;
    /** True when {@link #events} holds every row; false while only the rows fetched so far. */
    private boolean complete;

    private List<String> unreadable;

    HeldEvents(HikariDataSource pool, StoreLocation.Database location, Rows.Loaded loaded, boolean complete) {
        this.pool = pool;
        this.location = location;
        this.events = loaded.events();
        this.complete = complete;
        this.unreadable = loaded.unreadable();
    }

    synchronized boolean complete() {
        return complete;
    }

    /** The event with this id as held, without reading it; null if not held. */
    synchronized Rows.Held held(String id) {
        return events.get(id);
    }

    /**
     * The event as held, read from the database (and kept) when only some are held; null if there is none.
     *
     * @throws StoreRefusedException if it must be read and the database cannot be reached
     */
    synchronized Rows.Held lookup(String id) {
        Rows.Held h = events.get(id);
        if (h != null || complete) return h;
        try (Connection c = pool.getConnection()) {
            h = Rows.one(c, id);
        } catch (FeatureJson.BadFeature bad) {
            return null;
        } catch (SQLException e) {
            throw Refusals.refused(location, "cannot read event " + id, e);
        }
        if (h != null) events.put(id, h);
        return h;
    }

    /**
     * Every event, reading every row first when only some are held.
     *
     * @throws StoreRefusedException if the rows must be read and the database cannot be reached
     */
    synchronized List<Event> all() {
        if (!complete) {
            try (Connection c = pool.getConnection()) {
                Rows.Loaded loaded = Rows.all(c, location.asPath());
                events = loaded.events();
                unreadable = loaded.unreadable();
                complete = true;
            } catch (SQLException e) {
                throw Refusals.refused(location, "cannot read the events", e);
            }
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Rows.Held h : events.values()) out.add(h.event());
        return out;
    }

    synchronized int size() {
        return events.size();
    }

    synchronized void put(Rows.Held h) {
        events.put(h.event().id(), h);
    }

    synchronized void remove(String id) {
        events.remove(id);
    }

    /** Keeps the rows a view fetched, unless a later version is held; the events as held afterwards, in order. */
    synchronized List<Event> keepNewer(List<Rows.Held> rows) {
        List<Event> shown = new ArrayList<>(rows.size());
        for (Rows.Held h : rows) {
            Rows.Held mine = events.get(h.event().id());
            // a later version heard meanwhile stays; the view is never older than what was saved
            if (mine == null || mine.version() < h.version())
                events.put(h.event().id(), h);
            shown.add(events.get(h.event().id()).event());
        }
        return shown;
    }

    /** True while no event and no unreadable row is held. */
    synchronized boolean isEmpty() {
        return events.isEmpty() && unreadable.isEmpty();
    }

    /** Holds exactly {@code filled} (every row) after a copy into an empty store. */
    synchronized void filled(LinkedHashMap<String, Rows.Held> filled, List<String> unreadableFeatures) {
        events = filled;
        unreadable = List.copyOf(unreadableFeatures);
        complete = true;
    }

    synchronized List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    /**
     * Reads every row again when all are held, else forgets the fetched ones (the next view and look-up read them as
     * they are now): after a lost connection, since the changes announced meanwhile were not heard.
     */
    void reread() throws SQLException {
        synchronized (this) {
            if (!complete) {
                events = new LinkedHashMap<>();
                return;
            }
        }
        Rows.Loaded loaded;
        try (Connection c = pool.getConnection()) {
            loaded = Rows.all(c, location.asPath());
        }
        synchronized (this) {
            events = loaded.events();
            unreadable = loaded.unreadable();
        }
    }
}
