package org.borderwatch.events.postgis;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
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
 * <p>The events are also held in memory (the map, table and timeline show them all); viewport and time
 * queries go to the database and its GiST and date indexes. Thread-safe; calls reach the network, so never
 * on the JavaFX thread.
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
    private List<String> unreadable;
    private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
    private ChangeListener changeListener;

    private PostgisEventStore(Connections connections, HikariDataSource pool, Rows.Loaded loaded) {
        this.location = connections.location();
        this.connections = connections;
        this.pool = pool;
        this.name = location.asPath();
        this.events = loaded.events();
        this.unreadable = loaded.unreadable();
        this.report = new LoadReport(name, loaded.events().size(), loaded.problems(), true);
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
                return new PostgisEventStore(connections, pool, Rows.all(c, location.asPath()));
            }
        } catch (SQLException e) {
            pool.close();
            throw new EventStoreException(location.asPath(), "cannot read the events: " + refusal(e), e);
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

    @Override
    public int size() {
        synchronized (lock) {
            return events.size();
        }
    }

    @Override
    public List<Event> all() {
        synchronized (lock) {
            List<Event> out = new ArrayList<>(events.size());
            for (Rows.Held h : events.values()) out.add(h.event());
            return out;
        }
    }

    @Override
    public Optional<Event> find(String id) {
        synchronized (lock) {
            Rows.Held h = events.get(id);
            return h == null ? Optional.empty() : Optional.of(h.event());
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
        StringBuilder sql = new StringBuilder("SELECT id, feature::text, version, changed_by FROM events WHERE true");
        if (area != null) sql.append(" AND footprint && ST_MakeEnvelope(?, ?, ?, ?, 4326)");
        if (from != null) sql.append(" AND day_to >= ?");
        if (to != null) sql.append(" AND day_from <= ?");
        sql.append(" ORDER BY seq");
        List<Event> out = new ArrayList<>();
        try (Connection c = pool.getConnection();
                PreparedStatement st = c.prepareStatement(sql.toString())) {
            int i = bindArea(st, 1, area);
            if (from != null) st.setObject(i++, from);
            if (to != null) st.setObject(i, to);
            FeatureJson json = new FeatureJson();
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    try {
                        Event e = Rows.read(json, r.getString(1), r.getString(2), r.getLong(3), r.getString(4))
                                .event();
                        if (filter == null || filter.test(e)) out.add(e);
                    } catch (FeatureJson.BadFeature bad) {
                        // reported by the load; a query shows what can be shown
                    }
                }
            }
        } catch (SQLException e) {
            throw refused("cannot query the events", e);
        }
        return out;
    }

    /** One cell of a server-side clustering: where its events are on average, and how many. */
    public record Cell(double lon, double lat, int count) {}

    /**
     * Counts the events in {@code area} and [{@code from}, {@code to}] per grid cell {@code cellDeg} degrees
     * wide, in the database, for a view too wide to fetch every event.
     */
    public List<Cell> clusters(Envelope area, LocalDate from, LocalDate to, double cellDeg) {
        String sql = "SELECT avg(ST_X(position)), avg(ST_Y(position)), count(*) FROM events"
                + " WHERE footprint && ST_MakeEnvelope(?, ?, ?, ?, 4326) AND day_to >= ? AND day_from <= ?"
                + " GROUP BY floor(ST_X(position) / ?), floor(ST_Y(position) / ?)";
        List<Cell> out = new ArrayList<>();
        try (Connection c = pool.getConnection();
                PreparedStatement st = c.prepareStatement(sql)) {
            int i = bindArea(st, 1, area);
            st.setObject(i++, from == null ? LocalDate.MIN : from);
            st.setObject(i++, to == null ? LocalDate.of(9999, 12, 31) : to);
            st.setDouble(i++, cellDeg);
            st.setDouble(i, cellDeg);
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) out.add(new Cell(r.getDouble(1), r.getDouble(2), r.getInt(3)));
            }
        } catch (SQLException e) {
            throw refused("cannot cluster the events", e);
        }
        return out;
    }

    private static int bindArea(PreparedStatement st, int i, Envelope area) throws SQLException {
        if (area == null) return i;
        st.setDouble(i++, area.getMinX());
        st.setDouble(i++, area.getMinY());
        st.setDouble(i++, area.getMaxX());
        st.setDouble(i++, area.getMaxY());
        return i;
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
        Rows.Held held;
        synchronized (lock) {
            held = events.get(event.id());
        }
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
        Rows.Held held;
        synchronized (lock) {
            held = events.get(id);
        }
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
            Rows.Held held = events.get(expected.id());
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
        try (PreparedStatement st = c.prepareStatement(
                "SELECT version, changed_by FROM event_history WHERE id = ? ORDER BY seq DESC LIMIT 1")) {
            st.setString(1, id);
            try (ResultSet r = st.executeQuery()) {
                return r.next()
                        ? new EditConflictException(location.name(), mine, null, r.getLong(1), r.getString(2), id)
                        : new EditConflictException(location.name(), mine, null, 0, "someone", id);
            }
        }
    }

    private Rows.Held held(String id) {
        synchronized (lock) {
            Rows.Held h = events.get(id);
            if (h == null)
                throw new NoSuchElementException(location.name() + ": no event with id " + id + " to replace");
            return h;
        }
    }

    /**
     * Every version of the event with this id, oldest first, from the audit history.
     *
     * @throws StoreRefusedException if the database cannot be reached
     */
    public List<EventVersion> history(String id) {
        List<EventVersion> out = new ArrayList<>();
        FeatureJson json = new FeatureJson();
        try (Connection c = pool.getConnection();
                PreparedStatement st = c.prepareStatement(
                        "SELECT version, op, feature::text, changed_by, changed_at FROM event_history WHERE id = ? ORDER BY seq")) {
            st.setString(1, id);
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    Event e = null;
                    String problem = null;
                    try {
                        e = json.read(r.getString(3)).event();
                    } catch (FeatureJson.BadFeature bad) {
                        problem = (bad.pointer().isEmpty() ? "" : bad.pointer() + ": ") + bad.getMessage();
                    }
                    Timestamp at = r.getTimestamp(5);
                    out.add(new EventVersion(
                            id, r.getLong(1), r.getString(2), e, r.getString(4), at.toInstant(), problem));
                }
            }
        } catch (SQLException e) {
            throw refused("cannot read the history of event " + id, e);
        }
        return out;
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
        Rows.Held held;
        synchronized (lock) {
            held = events.get(old.id());
        }
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
        FeatureJson json = new FeatureJson();
        synchronized (lock) {
            if (!events.isEmpty() || !unreadable.isEmpty())
                throw new IllegalStateException(
                        location.name() + " already holds events; copy only into an empty store");
            LinkedHashMap<String, Rows.Held> added = new LinkedHashMap<>();
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement st = c.prepareStatement("INSERT INTO events (id, feature) VALUES (?, ?::json)");
                        PreparedStatement m = c.prepareStatement(
                                "INSERT INTO collection_members (name, position, value) VALUES (?, ?, ?::json)")) {
                    int n = 0;
                    for (Event e : all) {
                        Map<String, String> fm = featureMembers.getOrDefault(e.id(), Map.of());
                        st.setString(1, e.id());
                        st.setString(2, json.write(e, fm));
                        st.addBatch();
                        added.put(e.id(), new Rows.Held(e, 1, location.user(), fm));
                        if (++n % 1000 == 0) st.executeBatch();
                    }
                    int k = 0;
                    java.util.Set<String> taken = new java.util.HashSet<>(added.keySet());
                    for (String feature : unreadableFeatures) {
                        String id = UnreadableIds.idOf(feature, taken, k++);
                        while (!taken.add(id)) id = "unreadable-" + k++;
                        st.setString(1, id);
                        st.setString(2, feature);
                        st.addBatch();
                    }
                    st.executeBatch();
                    int position = 0;
                    for (Map.Entry<String, String> member : members.entrySet()) {
                        m.setString(1, member.getKey());
                        m.setInt(2, position++);
                        m.setString(3, member.getValue());
                        m.addBatch();
                    }
                    m.executeBatch();
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw refused("cannot copy the events in (nothing was written)", e);
            }
            events = added;
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
                if (now == null) return;
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
        try (Connection c = pool.getConnection()) {
            Rows.Loaded loaded = Rows.all(c, name);
            synchronized (lock) {
                events = loaded.events();
                unreadable = loaded.unreadable();
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
