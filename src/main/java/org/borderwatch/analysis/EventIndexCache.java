package org.borderwatch.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.borderwatch.events.model.Event;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * Indexes of the latest event lists, shared by whoever holds the cache: the map view makes one and
 * hands it to its frames, so the marker painter (on the render thread) and the map's picker (on a
 * background task) ask for the index of the same shown events in the same CRS, and building it for a
 * million events takes seconds, so it is built once.
 * A second caller asking while the first builds waits for that build. Lists are told apart by
 * identity: the shown events are an immutable list replaced, never changed, when the filter or the
 * store changes. Thread-safe.
 */
public final class EventIndexCache {
    /** The view's latest lists (a filter change replaces the list while the last frame may still paint); the latest first. */
    private static final int KEPT = 3;

    private record Entry(List<Event> events, CoordinateReferenceSystem crs, CompletableFuture<EventIndex> index) {}

    private final Deque<Entry> entries = new ArrayDeque<>();

    /**
     * The index of {@code events} in {@code crs}: the one built before for this very list and CRS, or a
     * new one (see {@link EventIndex#build}).
     *
     * @throws FactoryException if GeoTools knows no transform from WGS 84 to {@code crs}
     */
    public EventIndex indexOf(List<Event> events, CoordinateReferenceSystem crs) throws FactoryException {
        CompletableFuture<EventIndex> mine;
        CompletableFuture<EventIndex> found = null;
        synchronized (entries) {
            for (Entry e : entries) {
                if (e.events() == events && e.crs().equals(crs)) {
                    entries.remove(e);
                    entries.addFirst(e);
                    found = e.index();
                    break;
                }
            }
            if (found == null) {
                mine = new CompletableFuture<>();
                entries.addFirst(new Entry(events, crs, mine));
                if (entries.size() > KEPT) entries.removeLast();
            } else {
                mine = null;
            }
        }
        if (found != null) return await(found);
        try {
            EventIndex built = EventIndex.build(events, crs);
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
