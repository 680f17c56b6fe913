package org.borderwatch.events.postgis;

import java.util.List;
import org.borderwatch.events.model.Event;

/**
 * What one view of the map holds, as the database answered it: the events themselves when there are few enough to
 * fetch ({@link #cells} empty), else counts per grid cell ({@link #events} empty). An event is in a view when its
 * position is: its point, or the centre of its line's or area's bounding box.
 *
 * Either way every part of the filter applies.
 *
 * @param total the events the view holds: those fetched, or the sum of the cells' counts
 */
public record EventView(List<Event> events, List<ViewCell> cells, int total) {

    public EventView {
        events = List.copyOf(events);
        cells = List.copyOf(cells);
    }

    /** True when the view holds too many events to fetch, so it was counted per cell. */
    public boolean counted() {
        return events.size() != total;
    }
}
