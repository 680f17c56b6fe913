package org.borderwatch.events.postgis;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.EventStore;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.LoadReport;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.geojson.FeatureJson;
import org.borderwatch.events.model.Event;
import org.locationtech.jts.geom.Envelope;

/**
 * The event store shared by a team in a PostgreSQL database with PostGIS. Every change is committed at once,
 * one statement each, so {@link #save} has nothing left to do. Each event has a version; a change names the
 * version it was based on ({@code UPDATE … WHERE version = ?}) and is refused with an
 * {@link EditConflictException} when someone else got there first, so no edit is ever overwritten unseen.
 * The database keeps every version (trigger into {@code event_history}) and announces each change
 * (NOTIFY), which {@link #listen} turns into {@link RemoteChange}s. Who may write is the database's decision:
 * a refused write is a {@link StoreRefusedException} saying so.
 *
 * <p>Opened with {@link #open} it holds every event in memory, as the file store does (the command line, copies).
 * Connected with {@link #connect} it reads none up front: a map asks {@link #view} for what it shows, answered
 * in SQL through the indexes and the per-cell counts, and the store keeps the events it fetched (with their
 * versions, for conflicts) and reads others by id when asked. Thread-safe; calls reach the network, so never on
 * the JavaFX thread.
 */
public final class PostgisEventStore implements EventStore, AutoCloseable {

    static final String SCHEMA = "borderwatch";

    private final StoreLocation.Database location;
    private final Connections connections;
    private final HikariDataSource pool;
    private final Path name;
    private final LoadReport report;
    /** Guards {@link #events}, and is held from a write's commit until the cache has it, so the listener skips our own. */
    private final Object lock = new Object();

    private LinkedHashMap<String, Rows.Held> events;
    /** True when {@link #events} holds every row; false while only the rows fetched so far. */
    private boolean complete;

    private List<String> unreadable;
    private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
    private ChangeListener changeListener;

    private PostgisEventStore(Connections connections, HikariDataSource pool, Rows.Loaded loaded, int rows) {
        this.location = connections.location();
        this.connections = connections;
        this.pool = pool;
        this.name = location.asPath();
        this.events = loaded.events();
        this.complete = rows < 0;
        this.unreadable = loaded.unreadable();
        this.report = new LoadReport(name, complete ? loaded.events().size() : rows, loaded.problems(), true);
    }

    /**
     * Connects to {@code location}, brings its schema up to date if this user may (else refuses when it is
     * behind), and reads every event; rows that are not valid events are in the {@link #loadReport()}.
     *
     * @throws EventStoreException if the server cannot be reached, refuses the login, lacks the database, or the
     *     schema is behind and this user may not upgrade it; the message says which
     */
    public static PostgisEventStore open(StoreLocation.Database location, PasswordSource passwords)
            throws EventStoreException {
        Connections connections = Connections.of(location, passwords);
        HikariDataSource pool = connections.pool(4);
        try {
            Migrations.upToDate(connections);
            try (Connection c = pool.getConnection()) {
                return new PostgisEventStore(connections, pool, Rows.all(c, location.asPath()), -1);
            }
        } catch (SQLException e) {
            pool.close();
            throw new EventStoreException(location.asPath(), "cannot read the events: " + refusal(e), e);
        } catch (EventStoreException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Connects to {@code location} as {@link #open} does but reads no event: for a map that asks for its view
     * ({@link #view}), so connecting to a million events costs a count, not a million reads. {@link #all()} then
     * reads every row when first called; the {@link #loadReport()} counts rows without reading them.
     *
     * @throws EventStoreException as {@link #open} does
     */
    public static PostgisEventStore connect(StoreLocation.Database location, PasswordSource passwords)
            throws EventStoreException {
        Connections connections = Connections.of(location, passwords);
        HikariDataSource pool = connections.pool(4);
        try {
            Migrations.upToDate(connections);
            try (Connection c = pool.getConnection()) {
                Rows.Loaded none = new Rows.Loaded(new LinkedHashMap<>(), List.of(), List.of());
                return new PostgisEventStore(connections, pool, none, Rows.count(c));
            }
        } catch (SQLException e) {
            pool.close();
            throw new EventStoreException(location.asPath(), "cannot count the events: " + refusal(e), e);
        } catch (EventStoreException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Where this store is. */
    public StoreLocation.Database location() {
        return location;
    }

    @Override
    public LoadReport loadReport() {
        return report;
    }

    /**
     * Number of events: held, or (connected without reading them) rows in the database now.
     *
     * @throws StoreRefusedException if the database cannot be reached to count
     */
    @Override
    public int size() {
        synchronized (lock) {
            if (complete) return events.size();
        }
        try (Connection c = pool.getConnection()) {
            return Rows.count(c);
        } catch (SQLException e) {
            throw refused("cannot count the events", e);
        }
    }

    /**
     * Every event; connected without reading them, the first call reads every row.
     *
     * @throws StoreRefusedException if the rows must be read and the database cannot be reached
     */
    @Override
    public List<Event> all() {
        synchronized (lock) {
            if (!complete) {
                try (Connection c = pool.getConnection()) {
                    Rows.Loaded loaded = Rows.all(c, name);
                    events = loaded.events();
                    unreadable = loaded.unreadable();
                    complete = true;
                } catch (SQLException e) {
                    throw refused("cannot read the events", e);
                }
            }
            List<Event> out = new ArrayList<>(events.size());
            for (Rows.Held h : events.values()) out.add(h.event());
            return out;
        }
    }

    @Override
    public Optional<Event> find(String id) {
        Rows.Held h = lookup(id);
        return h == null ? Optional.empty() : Optional.of(h.event());
    }

    /** The event as this store holds it, read from the database (and kept) when it holds only some. */
    private Rows.Held lookup(String id) {
        synchronized (lock) {
            Rows.Held h = events.get(id);
            if (h != null || complete) return h;
            try (Connection c = pool.getConnection()) {
                h = Rows.one(c, id);
            } catch (FeatureJson.BadFeature bad) {
                return null;
            } catch (SQLException e) {
                throw refused("cannot read event " + id, e);
            }
            if (h != null) events.put(id, h);
            return h;
        }
    }

    /** True when this store holds every event ({@link #open}, or after {@link #all()}); false while only some. */
    public boolean holdsAll() {
        synchronized (lock) {
            return complete;
        }
    }

    /** The version of the event with this id as this store last read or wrote it; 0 if it holds none. */
    public long version(String id) {
        synchronized (lock) {
            Rows.Held h = events.get(id);
            return h == null ? 0 : h.version();
        }
    }

    /**
     * Asks the database, through its indexes, for the events in {@code area} and [{@code from}, {@code to}];
     * rows that are not readable events are left out.
     *
     * @throws StoreRefusedException if the database cannot be reached
     */
    @Override
    public List<Event> query(Envelope area, LocalDate from, LocalDate to, Predicate<Event> filter) {
        try (Connection c = pool.getConnection()) {
            return ViewQueries.query(c, area, from, to, filter);
        } catch (SQLException e) {
            throw refused("cannot query the events", e);
        }
    }

    /**
     * What a map view of {@code area} (WGS 84; null: everywhere) shows under {@code filter}: its events, fetched
     * and kept by this store, when at most {@code limit}; else their counts per cell about {@code cellDeg} degrees
     * wide, counted in the database. Either way no more than the view is read.
     *
     * @throws StoreRefusedException if the database cannot be reached
     */
    public EventView view(Envelope area, EventFilter filter, int limit, double cellDeg) {
        ViewQueries.Answer answer;
        try (Connection c = pool.getConnection()) {
            answer = ViewQueries.view(c, area, filter, limit, cellDeg);
        } catch (SQLException e) {
            throw refused("cannot read the events in view", e);
        }
        List<Event> shown = new ArrayList<>(answer.rows().size());
        synchronized (lock) {
            for (Rows.Held h : answer.rows()) {
                Rows.Held mine = events.get(h.event().id());
                // a later version heard meanwhile stays; the view is never older than what was saved
                if (mine == null || mine.version() < h.version())
                    events.put(h.event().id(), h);
                shown.add(events.get(h.event().id()).event());
            }
        }
        return new EventView(shown, answer.cells(), answer.total(), answer.countsIgnore());
    }

    /**
     * Adds a new event, committed at once.
     *
     * @throws IllegalArgumentException if an event with the same id is already in the database
     * @throws StoreRefusedException if this user may not write, or the server cannot be reached
     */
    @Override
    public void add(Event event) {
        add(event, Map.of());
    }

    /** Adds a new event with extra members of its GeoJSON Feature (kept verbatim), as {@link #add(Event)}. */
    public void add(Event event, Map<String, String> featureMembers) {
        String feature = new FeatureJson().write(event, featureMembers);
        synchronized (lock) {
            try (Connection c = pool.getConnection();
                    PreparedStatement st = c.prepareStatement(
                            "INSERT INTO events (id, feature) VALUES (?, ?::json) RETURNING version, changed_by")) {
                st.setString(1, event.id());
                st.setString(2, feature);
                try (ResultSet r = st.executeQuery()) {
                    r.next();
                    events.put(event.id(), new Rows.Held(event, r.getLong(1), r.getString(2), featureMembers));
                }
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState()))
                    throw new IllegalArgumentException(
                            location.name() + ": the store already holds an event with id " + event.id(), e);
                throw refused("cannot add event " + event.id(), e);
            }
        }
    }

    /** Replaces the event with the version this store holds; see {@link #replace(Event, Event)}. */
    @Override
    public void replace(Event event) {
        Rows.Held held = held(event.id());
        write(event, held.version(), held.featureMembers());
    }

    /**
     * Replaces {@code expected} with {@code replacement}, committed at once.
     *
     * @throws EditConflictException if the event is no longer {@code expected}: someone changed or deleted it
     * @throws NoSuchElementException if this store holds no event with that id
     * @throws StoreRefusedException if this user may not write, or the server cannot be reached
     */
    @Override
    public void replace(Event expected, Event replacement) {
        Rows.Held held = held(replacement.id());
        if (!held.event().equals(expected))
            throw new EditConflictException(
                    location.name(), replacement, held.event(), held.version(), held.changedBy(), replacement.id());
        write(replacement, held.version(), held.featureMembers());
    }

    /**
     * Writes {@code event} over version {@code baseVersion} of it, for "keep mine" and merges after a conflict.
     *
     * @throws EditConflictException if the event has moved past {@code baseVersion} (or was deleted)
     */
    public void replaceVersion(Event event, long baseVersion) {
        Rows.Held held = lookup(event.id());
        write(event, baseVersion, held == null ? Map.of() : held.featureMembers());
    }

    private void write(Event event, long baseVersion, Map<String, String> featureMembers) {
        String feature = new FeatureJson().write(event, featureMembers);
        synchronized (lock) {
            try (Connection c = pool.getConnection();
                    PreparedStatement st = c.prepareStatement(
                            "UPDATE events SET feature = ?::json WHERE id = ? AND version = ? RETURNING version, changed_by")) {
                st.setString(1, feature);
                st.setString(2, event.id());
                st.setLong(3, baseVersion);
                try (ResultSet r = st.executeQuery()) {
                    if (r.next()) {
                        events.put(event.id(), new Rows.Held(event, r.getLong(1), r.getString(2), featureMembers));
                        return;
                    }
                }
                throw conflict(c, event, event.id());
            } catch (SQLException e) {
                throw refused("cannot save event " + event.id(), e);
            }
        }
    }

    @Override
    public boolean delete(String id) {
        Rows.Held held = lookup(id);
        return held != null && delete(held.event());
    }

    /**
     * Deletes {@code expected}, committed at once; false if this store holds no event with its id.
     *
     * @throws EditConflictException if someone changed or deleted the event since it was {@code expected}
     * @throws StoreRefusedException if this user may not write, or the server cannot be reached
     */
    @Override
    public boolean delete(Event expected) {
        synchronized (lock) {
            Rows.Held held = lookup(expected.id());
            if (held == null) return false;
            if (!held.event().equals(expected))
                throw new EditConflictException(
                        location.name(), null, held.event(), held.version(), held.changedBy(), expected.id());
            try (Connection c = pool.getConnection();
                    PreparedStatement st = c.prepareStatement("DELETE FROM events WHERE id = ? AND version = ?")) {
                st.setString(1, expected.id());
                st.setLong(2, held.version());
                if (st.executeUpdate() == 1) {
                    events.remove(expected.id());
                    return true;
                }
                throw conflict(c, null, expected.id());
            } catch (SQLException e) {
                throw refused("cannot delete event " + expected.id(), e);
            }
        }
    }

    /** The conflict after a write matched no row: the event as it is now, or gone. */
    private EditConflictException conflict(Connection c, Event mine, String id) throws SQLException {
        try {
            Rows.Held now = Rows.one(c, id);
            if (now != null)
                return new EditConflictException(
                        location.name(), mine, now.event(), now.version(), now.changedBy(), id);
        } catch (FeatureJson.BadFeature bad) {
            return new EditConflictException(
                    location.name(),
                    mine,
                    null,
                    -1,
                    "someone (the row is no longer a readable event: " + bad.getMessage() + ")",
                    id);
        }
        return Histories.deleted(c, location.name(), mine, id);
    }

    private Rows.Held held(String id) {
        Rows.Held h = lookup(id);
        if (h == null) throw new NoSuchElementException(location.name() + ": no event with id " + id + " to replace");
        return h;
    }

    /**
     * Every version of the event with this id, oldest first, from the audit history.
     *
     * @throws StoreRefusedException if the database cannot be reached
     */
    public List<EventVersion> history(String id) {
        try (Connection c = pool.getConnection()) {
            return Histories.of(c, id);
        } catch (SQLException e) {
            throw refused("cannot read the history of event " + id, e);
        }
    }

    /**
     * Makes an old version the event's current one (a new version, so the history keeps everything); adds it back
     * if the event was deleted.
     *
     * @throws EditConflictException if someone changed the event since this store last read it
     */
    public void restore(EventVersion old) {
        if (old.event() == null)
            throw new IllegalArgumentException(
                    "version " + old.version() + " of " + old.id() + " is not a readable event");
        Rows.Held held = lookup(old.id());
        if (held == null) add(old.event());
        else write(old.event(), held.version(), held.featureMembers());
    }

    /** The extra members of an event's GeoJSON Feature (besides type, geometry, properties), for a lossless copy. */
    public Map<String, String> featureMembers(String id) {
        synchronized (lock) {
            Rows.Held h = events.get(id);
            return h == null ? Map.of() : h.featureMembers();
        }
    }

    /** The rows the load could not read as events, as their feature text, for a lossless copy. */
    public List<String> unreadableFeatures() {
        synchronized (lock) {
            return List.copyOf(unreadable);
        }
    }

    /**
     * The members a GeoJSON store file would have besides its features (name, crs…), as JSON text in order.
     *
     * @throws StoreRefusedException if the database cannot be reached
     */
    public Map<String, String> collectionMembers() {
        try (Connection c = pool.getConnection()) {
            return Rows.collectionMembers(c);
        } catch (SQLException e) {
            throw refused("cannot read the collection's members", e);
        }
    }

    /**
     * Copies a whole store's contents into this one, which must hold no event yet, in one transaction: all of it
     * is there afterwards or none. Unreadable features are kept as rows (the load reports them), under their id
     * when they have a free one.
     *
     * @throws IllegalStateException if this store already holds events
     * @throws StoreRefusedException if this user may not write, or the server cannot be reached
     */
    public void fill(
            Iterable<Event> all,
            Map<String, Map<String, String>> featureMembers,
            Map<String, String> members,
            List<String> unreadableFeatures) {
        synchronized (lock) {
            if (!events.isEmpty() || !unreadable.isEmpty())
                throw new IllegalStateException(
                        location.name() + " already holds events; copy only into an empty store");
            try (Connection c = pool.getConnection()) {
                events = StoreFill.into(
                        c, location.name(), location.user(), all, featureMembers, members, unreadableFeatures);
            } catch (SQLException e) {
                throw refused("cannot copy the events in (nothing was written)", e);
            }
            complete = true;
            unreadable = List.copyOf(unreadableFeatures);
        }
    }

    /**
     * Starts telling {@code listener} about other clients' changes (and keeps this store's events up to date
     * with them); the first call starts a listener thread on a connection of its own, listening when this returns.
     *
     * @throws StoreRefusedException if the listening connection cannot be made
     */
    public void listen(StoreListener listener) {
        listeners.add(listener);
        synchronized (lock) {
            if (changeListener == null) {
                try {
                    changeListener = ChangeListener.start(this, connections);
                } catch (SQLException e) {
                    throw refused("cannot listen for changes", e);
                }
            }
        }
    }

    /** True while the change listener is connected (or none was started). */
    public boolean online() {
        ChangeListener l;
        synchronized (lock) {
            l = changeListener;
        }
        return l == null || l.online();
    }

    /**
     * Applies a change the listener heard of, unless this store made it itself or already has a later version;
     * called on the listener thread. The version is read from the history, so changes made in quick succession
     * each arrive as they were, not as the row is by the time the listener reads it.
     */
    void heard(String op, String id, long version, String by) throws SQLException {
        RemoteChange change;
        synchronized (lock) {
            Rows.Held now = events.get(id);
            if (now != null && now.version() >= version) return;
            if (op.equals("delete")) {
                // holding only what views fetched, a delete elsewhere still changes what a view shows
                if (now == null && complete) return;
                events.remove(id);
                change = new RemoteChange(op, id, version, by, null);
            } else {
                Rows.Held read;
                try (Connection c = pool.getConnection()) {
                    read = Rows.version(c, id, version);
                } catch (FeatureJson.BadFeature bad) {
                    read = null;
                }
                if (read == null) events.remove(id);
                else events.put(id, read);
                change = new RemoteChange(op, id, version, by, read == null ? null : read.event());
            }
        }
        for (StoreListener l : listeners) l.changed(change);
    }

    /** Reads every event again after the connection came back, since notifications sent meanwhile are lost. */
    void resync() throws SQLException {
        boolean whole;
        synchronized (lock) {
            whole = complete;
            // holding only what views fetched, forget it: the next view and find read the rows as they are now
            if (!whole) events = new LinkedHashMap<>();
        }
        if (whole) {
            try (Connection c = pool.getConnection()) {
                Rows.Loaded loaded = Rows.all(c, name);
                synchronized (lock) {
                    events = loaded.events();
                    unreadable = loaded.unreadable();
                }
            }
        }
        for (StoreListener l : listeners) l.reconnected();
    }

    void lost(String message) {
        for (StoreListener l : listeners) l.connectionLost(message);
    }

    /** Outside changes arrive through {@link #listen}, not by comparing the data with a stamp. */
    @Override
    public boolean changedOutside() {
        return false;
    }

    /** Nothing to do: every change was committed when it was made. */
    @Override
    public void save(boolean overwriteOutsideChanges) {
        // each add, replace and delete is its own committed transaction
    }

    @Override
    public void close() {
        ChangeListener l;
        synchronized (lock) {
            l = changeListener;
            changeListener = null;
        }
        if (l != null) l.close();
        pool.close();
    }

    private StoreRefusedException refused(String what, SQLException e) {
        return new StoreRefusedException(location.name() + ": " + what + ": " + refusalFor(location.user(), e), e);
    }

    private static String refusal(SQLException e) {
        return refusalFor(null, e);
    }

    /** The server's reason in the user's terms; nothing was written in any of these cases. */
    static String refusalFor(String user, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String server = Connections.firstLine(e.getMessage());
        if (state.equals("42501"))
            return (user == null ? "this user" : user) + " may not do this: PostgreSQL refused it (" + server
                    + "); editing needs the bw_editor role, which an admin can grant";
        // 08: connection failures; 57P: the server shutting down or crashing under the statement
        if (state.startsWith("08") || state.startsWith("57P") || e instanceof java.sql.SQLTransientConnectionException)
            return "the database server cannot be reached (" + server + "); nothing was saved";
        return server;
    }
}
