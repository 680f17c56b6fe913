package org.borderwatch.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.borderwatch.events.model.Event;
import org.locationtech.jts.geom.Envelope;

/**
 * The events of one store and the ways to change them. The file store ({@code events.geojson.GeoJsonEventStore}) is one
 * implementation; a shared database store can stand beside it without the map or the UI noticing.
 * Implementations are safe to call from several threads, but each call may read or write the whole
 * store: never call them on the JavaFX thread.
 */
public interface EventStore {

    /** What the load found: events loaded and every record skipped, with the reason. */
    LoadReport loadReport();

    /** Number of events held. */
    int size();

    /** A snapshot of every event, in store order. */
    List<Event> all();

    /** The event with this id, if there is one. */
    Optional<Event> find(String id);

    /**
     * Events whose bounding box meets {@code area} (WGS 84 lon/lat; null: anywhere), whose span from date
     * to end overlaps [{@code from}, {@code to}] (either null: open), and that pass {@code filter} (null: all),
     * in store order.
     */
    List<Event> query(Envelope area, LocalDate from, LocalDate to, Predicate<Event> filter);

    /**
     * Adds a new event.
     *
     * @throws IllegalArgumentException if an event with the same id is already held
     */
    void add(Event event);

    /**
     * Adds each event of {@code batch} whose id the store does not hold yet, for imports; returns the events the store
     * already held under ids of the batch (the batch's versions of those are not added). A batch must not repeat an id.
     * Implementations should take time in proportion to the store plus the batch, not their product.
     */
    default List<Event> addAbsent(List<Event> batch) {
        List<Event> held = new java.util.ArrayList<>();
        for (Event e : batch) {
            Optional<Event> old = find(e.id());
            if (old.isPresent()) held.add(old.get());
            else add(e);
        }
        return held;
    }

    /**
     * Replaces the event with the same id.
     *
     * @throws java.util.NoSuchElementException if no event has that id
     */
    void replace(Event event);

    /** Deletes the event with this id; returns false if there was none. */
    boolean delete(String id);

    /**
     * Replaces {@code expected}, the event as the caller last saw it, with {@code replacement} (same id). A store
     * shared with other users refuses when the event is no longer {@code expected}, so that nobody's edit is
     * overwritten unseen; a store only this program changes just replaces it.
     *
     * @throws java.util.NoSuchElementException if no event has that id
     */
    default void replace(Event expected, Event replacement) {
        replace(replacement);
    }

    /**
     * Deletes {@code expected}, the event as the caller last saw it; returns false if there was none. A shared
     * store refuses when someone else changed the event since.
     */
    default boolean delete(Event expected) {
        return delete(expected.id());
    }

    /** True if the backing data changed outside this store since it was loaded or last saved. */
    boolean changedOutside();

    /**
     * Saves every change.
     *
     * @param overwriteOutsideChanges write even if the data changed outside since the load
     * @throws EventStoreException if writing fails (the old data is left intact), the data changed outside and
     *     {@code overwriteOutsideChanges} is false, or the store was not read completely
     */
    void save(boolean overwriteOutsideChanges) throws EventStoreException;
}
