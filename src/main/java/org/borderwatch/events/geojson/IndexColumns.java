package org.borderwatch.events.geojson;

import java.util.Arrays;
import java.util.List;
import org.borderwatch.events.model.Event;
import org.locationtech.jts.geom.Envelope;

/**
 * What the spatial and time indexes need of each event, in columns: its bounding box and its first and last day.
 * A load fills one per part while each event is still in the cache, so the indexes are built without a pass over a
 * million events afterwards. Growable while filled; {@link #concat} gives exact-size columns.
 */
final class IndexColumns {

    double[] minX, minY, maxX, maxY;
    int[] firstDay, lastDay;
    int size;

    IndexColumns(int capacity) {
        allocate(Math.max(16, capacity));
    }

    private void allocate(int capacity) {
        minX = new double[capacity];
        minY = new double[capacity];
        maxX = new double[capacity];
        maxY = new double[capacity];
        firstDay = new int[capacity];
        lastDay = new int[capacity];
    }

    /** The columns of {@code events}, in order. */
    static IndexColumns of(List<Event> events) {
        IndexColumns c = new IndexColumns(events.size());
        for (Event e : events) c.add(e);
        return c.trimmed();
    }

    void add(Event e) {
        if (size == minX.length) grow();
        int i = size++;
        if (e.isPoint()) {
            minX[i] = maxX[i] = e.lon();
            minY[i] = maxY[i] = e.lat();
        } else {
            Envelope b = e.geometry().getEnvelopeInternal();
            minX[i] = b.getMinX();
            minY[i] = b.getMinY();
            maxX[i] = b.getMaxX();
            maxY[i] = b.getMaxY();
        }
        firstDay[i] = (int) e.date().day().toEpochDay();
        lastDay[i] = e.end() == null ? firstDay[i] : (int) e.end().day().toEpochDay();
    }

    private void grow() {
        int capacity = minX.length * 2;
        minX = Arrays.copyOf(minX, capacity);
        minY = Arrays.copyOf(minY, capacity);
        maxX = Arrays.copyOf(maxX, capacity);
        maxY = Arrays.copyOf(maxY, capacity);
        firstDay = Arrays.copyOf(firstDay, capacity);
        lastDay = Arrays.copyOf(lastDay, capacity);
    }

    private IndexColumns trimmed() {
        return size == minX.length ? this : concat(List.of(this));
    }

    /** The columns of several parts, one after another, in exact-size arrays. */
    static IndexColumns concat(List<IndexColumns> parts) {
        int total = 0;
        for (IndexColumns p : parts) total += p.size;
        IndexColumns out = new IndexColumns(0);
        out.allocate(total);
        for (IndexColumns p : parts) {
            System.arraycopy(p.minX, 0, out.minX, out.size, p.size);
            System.arraycopy(p.minY, 0, out.minY, out.size, p.size);
            System.arraycopy(p.maxX, 0, out.maxX, out.size, p.size);
            System.arraycopy(p.maxY, 0, out.maxY, out.size, p.size);
            System.arraycopy(p.firstDay, 0, out.firstDay, out.size, p.size);
            System.arraycopy(p.lastDay, 0, out.lastDay, out.size, p.size);
            out.size += p.size;
        }
        return out;
    }
}
