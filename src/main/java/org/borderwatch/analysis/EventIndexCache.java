package org.borderwatch.analysis;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.borderwatch.events.model.Event;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * Indexes of the latest event lists, shared by whoever holds the cache: the map view makes one and
 * hands it to its frames, so the marker painter (on the render thread) and the map's picker (on a
 * background task) ask for the index of the same events in the same time window and CRS, and building it
 * for a million events takes seconds, so it is built once.
 * A second caller asking while the first builds waits for that build. Lists are told apart by
 * identity: the shown events are an immutable list replaced, never changed, when the filter or the
 * store changes. Thread-safe.
 */
public final class EventIndexCache {
    /** The view's latest lists (a filter change replaces the list while the last frame may still paint); the latest first. */
    private static final int KEPT = 3;

    private record Entry(
            List<Event> events,
            LocalDate from,
            LocalDate to,
            CoordinateReferenceSystem crs,
            CompletableFuture<EventIndex> index) {}

    private final Deque<Entry> entries = new ArrayDeque<>();

    /**
     * The index of {@code events} in {@code crs}: the one built before for this very list and CRS, or a
     * new one (see {@link EventIndex#build}).
     *
     * @throws FactoryException if GeoTools knows no transform from WGS 84 to {@code crs}
     */
    public EventIndex indexOf(List<Event> events, CoordinateReferenceSystem crs) throws FactoryException {
        return indexOf(events, null, null, crs);
    }

    /**
     * The index of those of {@code events} that share a day with [{@code from}, {@code to}] (either may be null
     * for open), in {@code crs}: the one built before for this very list, window and CRS, or a new one. Its
     * {@link EventIndex#events()} is the list of those events, the same list for every caller, so a frame's
     * painter and the map's picker asking for one window share one index.
     *
     * @throws FactoryException if GeoTools knows no transform from WGS 84 to {@code crs}
     */
    public EventIndex indexOf(List<Event> events, LocalDate from, LocalDate to, CoordinateReferenceSystem crs)
            throws FactoryException {
        CompletableFuture<EventIndex> mine;
        CompletableFuture<EventIndex> found = null;
        synchronized (entries) {
            for (Entry e : entries) {
                if (e.events() == events
                        && Objects.equals(e.from(), from)
                        && Objects.equals(e.to(), to)
                        && e.crs().equals(crs)) {
                    entries.remove(e);
                    entries.addFirst(e);
                    found = e.index();
                    break;
                }
            }
            if (found == null) {
                mine = new CompletableFuture<>();
                entries.addFirst(new Entry(events, from, to, crs, mine));
                if (entries.size() > KEPT) entries.removeLast();
            } else {
                mine = null;
            }
        }
        if (found != null) return await(found);
        try {
            EventIndex built = EventIndex.build(during(events, from, to), crs);
            mine.complete(built);
            return built;
        } catch (FactoryException | RuntimeException | Error e) {
            mine.completeExceptionally(e);
            synchronized (entries) {
                entries.removeIf(entry -> entry.index() == mine);
            }
            throw e;
        }
    }

    /**
     * Those of {@code events} that share at least one day with [{@code from}, {@code to}] (either may be null for
     * open), in their order: {@code events} itself when every one does, so an already chosen list keeps its
     * identity (and its index), else a new immutable list.
     */
    public static List<Event> during(List<Event> events, LocalDate from, LocalDate to) {
        if (from == null && to == null) return events;
        List<Event> kept = null;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            boolean in = e.overlaps(from, to);
            if (!in && kept == null) kept = new ArrayList<>(events.subList(0, i));
            else if (in && kept != null) kept.add(e);
        }
        return kept == null ? events : List.copyOf(kept);
    }

    private static EventIndex await(CompletableFuture<EventIndex> index) throws FactoryException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return index.get();
                } catch (InterruptedException e) {
                    // the build runs on another thread and finishes regardless; wait for it, then restore the flag
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof FactoryException f) throw f;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException("building the event index failed", e.getCause());
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }
}
