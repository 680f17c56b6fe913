package org.borderwatch.events.postgis;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Predicate;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.EventStore;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.LoadReport;
import org.borderwatch.events.StoreLocation;
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
 *
 * <p>This class connects and reads; the events it holds are {@link HeldEvents}, its writes {@link EventWrites}, and
 * what it hears of other clients {@link LiveUpdates}.
 */
public final class PostgisEventStore implements EventStore, AutoCloseable {

    static final String SCHEMA = "borderwatch";

    private final StoreLocation.Database location;
    private final HikariDataSource pool;
    private final LoadReport report;
    private final HeldEvents held;
    private final EventWrites writes;
    private final LiveUpdates updates;

    private PostgisEventStore(Connections connections, HikariDataSource pool, Rows.Loaded loaded, int rows) {
        this.location = connections.location();
        this.pool = pool;
        boolean complete = rows < 0;
        this.held = new HeldEvents(pool, location, loaded, complete);
        this.writes = new EventWrites(pool, location, held);
        this.updates = new LiveUpdates(pool, connections, held);
        this.report =
                new LoadReport(location.asPath(), complete ? loaded.events().size() : rows, loaded.problems(), true);
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
            throw new EventStoreException(location.asPath(), "cannot read the events: " + Refusals.reason(null, e), e);
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
            throw new EventStoreException(location.asPath(), "cannot count the events: " + Refusals.reason(null, e), e);
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
        if (held.complete()) return held.size();
        try (Connection c = pool.getConnection()) {
            return Rows.count(c);
        } catch (SQLException e) {
            throw Refusals.refused(location, "cannot count the events", e);
        }
    }

    /**
     * Every event; connected without reading them, the first call reads every row.
     *
     * @throws StoreRefusedException if the rows must be read and the database cannot be reached
     */
    @Override
    public List<Event> all() {
        return held.all();
    }

    @Override
    public Optional<Event> find(String id) {
        Rows.Held h = held.lookup(id);
        return h == null ? Optional.empty() : Optional.of(h.event());
    }

    /** True when this store holds every event ({@link #open}, or after {@link #all()}); false while only some. */
    public boolean holdsAll() {
        return held.complete();
    }

    /** The version of the event with this id as this store last read or wrote it; 0 if it holds none. */
    public long version(String id) {
        Rows.Held h = held.held(id);
        return h == null ? 0 : h.version();
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
            throw Refusals.refused(location, "cannot query the events", e);
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
            throw Refusals.refused(location, "cannot read the events in view", e);
        }
        return new EventView(held.keepNewer(answer.rows()), answer.cells(), answer.total());
    }

    /**
     * The first {@code limit} events of {@code area} (WGS 84; null: everywhere) passing {@code filter}, in store
     * order, fetched and kept: what a table lists of a view too full to fetch whole.
     *
     * @throws StoreRefusedException if the database cannot be reached
     */
    public List<Event> page(Envelope area, EventFilter filter, int limit) {
        try (Connection c = pool.getConnection()) {
            return held.keepNewer(ViewQueries.page(c, area, filter, limit));
        } catch (SQLException e) {
            throw Refusals.refused(location, "cannot read a page of the events in view", e);
        }
    }

    /**
     * The timeline of {@code area} (WGS 84; null: everywhere): its events passing {@code filter} but its dates, per
     * day, counted in the database.
     *
     * @throws StoreRefusedException if the database cannot be reached
     */
    public List<DayCount> timeline(Envelope area, EventFilter filter) {
        try (Connection c = pool.getConnection()) {
            return Timelines.of(c, area == null ? ViewQueries.WORLD : area, filter);
        } catch (SQLException e) {
            throw Refusals.refused(location, "cannot count the events per day", e);
        }
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
        writes.add(event, featureMembers);
    }

    /** Replaces the event with the version this store holds; see {@link #replace(Event, Event)}. */
    @Override
    public void replace(Event event) {
        Rows.Held h = existing(event.id());
        writes.replace(event, h.version(), h.featureMembers());
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
        Rows.Held h = existing(replacement.id());
        if (!h.event().equals(expected))
            throw new EditConflictException(
                    location.name(), replacement, h.event(), h.version(), h.changedBy(), replacement.id());
        writes.replace(replacement, h.version(), h.featureMembers());
    }

    /**
     * Writes {@code event} over version {@code baseVersion} of it, for "keep mine" and merges after a conflict.
     *
     * @throws EditConflictException if the event has moved past {@code baseVersion} (or was deleted)
     */
    public void replaceVersion(Event event, long baseVersion) {
        Rows.Held h = held.lookup(event.id());
        writes.replace(event, baseVersion, h == null ? Map.of() : h.featureMembers());
    }

    @Override
    public boolean delete(String id) {
        Rows.Held h = held.lookup(id);
        return h != null && delete(h.event());
    }

    /**
     * Deletes {@code expected}, committed at once; false if this store holds no event with its id.
     *
     * @throws EditConflictException if someone changed or deleted the event since it was {@code expected}
     * @throws StoreRefusedException if this user may not write, or the server cannot be reached
     */
    @Override
    public boolean delete(Event expected) {
        return writes.delete(expected);
    }

    private Rows.Held existing(String id) {
        Rows.Held h = held.lookup(id);
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
            throw Refusals.refused(location, "cannot read the history of event " + id, e);
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
        Rows.Held h = held.lookup(old.id());
        if (h == null) add(old.event());
        else writes.replace(old.event(), h.version(), h.featureMembers());
    }

    /** The extra members of an event's GeoJSON Feature (besides type, geometry, properties), for a lossless copy. */
    public Map<String, String> featureMembers(String id) {
        Rows.Held h = held.held(id);
        return h == null ? Map.of() : h.featureMembers();
    }

    /** The rows the load could not read as events, as their feature text, for a lossless copy. */
    public List<String> unreadableFeatures() {
        return held.unreadable();
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
            throw Refusals.refused(location, "cannot read the collection's members", e);
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
        synchronized (held) {
            if (!held.isEmpty())
                throw new IllegalStateException(
                        location.name() + " already holds events; copy only into an empty store");
            try (Connection c = pool.getConnection()) {
                held.filled(
                        StoreFill.into(
                                c, location.name(), location.user(), all, featureMembers, members, unreadableFeatures),
                        unreadableFeatures);
            } catch (SQLException e) {
                throw Refusals.refused(location, "cannot copy the events in (nothing was written)", e);
            }
        }
    }

    /**
     * Starts telling {@code listener} about other clients' changes (and keeps this store's events up to date
     * with them); the first call starts a listener thread on a connection of its own, listening when this returns.
     *
     * @throws StoreRefusedException if the listening connection cannot be made
     */
    public void listen(StoreListener listener) {
        updates.listen(listener);
    }

    /** True while the change listener is connected (or none was started). */
    public boolean online() {
        return updates.online();
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
        updates.close();
        pool.close();
    }
}
