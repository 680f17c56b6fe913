package org.borderwatch.events.geojson;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.borderwatch.events.model.Event;
import org.locationtech.jts.geom.Envelope;

/** The spatial and time indexes over a list of events, by position in the list. Immutable; rebuilt after a change. */
final class EventIndexes {

    private final int size;
    private final PackedRTree space;
    private final TimeIndex time;

    EventIndexes(List<Event> events) {
        this(IndexColumns.of(events));
    }

    /** Indexes over the events whose boxes and days {@code columns} holds, exactly sized. */
    EventIndexes(IndexColumns columns) {
        size = columns.size;
        // the two indexes sort independently: build the time index on another core meanwhile
        CompletableFuture<TimeIndex> byTime =
                CompletableFuture.supplyAsync(() -> new TimeIndex(columns.firstDay, columns.lastDay, size));
        space = new PackedRTree(columns.minX, columns.minY, columns.maxX, columns.maxY, size);
        time = byTime.join();
    }

    /** Positions of events meeting the area (null: any) and overlapping [from, to] (null: open), ascending. */
    int[] matching(Envelope area, LocalDate from, LocalDate to) {
        boolean byTime = from != null || to != null;
        long fromDay = from == null ? Long.MIN_VALUE / 2 : from.toEpochDay();
        long toDay = to == null ? Long.MAX_VALUE / 2 : to.toEpochDay();
        if (area == null && !byTime) {
            int[] all = new int[size];
            Arrays.setAll(all, i -> i);
            return all;
        }
        IntList hits = new IntList();
        if (area != null) space.search(area.getMinX(), area.getMinY(), area.getMaxX(), area.getMaxY(), hits::add);
        else time.search(fromDay, toDay, hits::add);
        int[] found = hits.toArray();
        if (area != null && byTime) found = time.filter(found, fromDay, toDay);
        Arrays.sort(found);
        return found;
    }

    /** A growable int array, to gather hits without boxing. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int v) {
            if (size == values.length) values = Arrays.copyOf(values, size * 2);
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
