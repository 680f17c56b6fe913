package org.borderwatch.render;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.borderwatch.analysis.EventIndexCache;
import org.borderwatch.events.model.Event;

/**
 * The time a frame shows: a window of days, either end open. Everything on the map that changes with time reads
 * it from the frame, so the screen, playback, compare panels and exports agree: events are those of the window,
 * and crossings and the Ground Safety Zone are drawn as they stood on {@link #day()}, the window's last day.
 *
 * @param from first day shown, inclusive; null for open
 * @param to   last day shown, inclusive; null for open
 */
public record MapTime(LocalDate from, LocalDate to) {

    /** No window: all of time, and no day on show. */
    public static final MapTime ALL = new MapTime(null, null);

    public MapTime {
        if (from != null && to != null && to.isBefore(from))
            throw new IllegalArgumentException("time window ends (" + to + ") before it starts (" + from + ")");
    }

    /** The window of one day. */
    public static MapTime on(LocalDate day) {
        return new MapTime(day, day);
    }

    /**
     * The window from {@code from} to {@code to}; with no end, it ends on the last day of {@code events}, where a
     * timeline left open at its end stands, so crossings and the zone are drawn for a day rather than unknown.
     */
    public static MapTime endingByDefaultAtLastOf(LocalDate from, LocalDate to, Collection<Event> events) {
        LocalDate end = to != null
                ? to
                : events.stream().map(Event::lastDay).max(LocalDate::compareTo).orElse(null);
        return new MapTime(from, end);
    }

    /** The day time-dependent layers show: the window's last day, or null when the window has no end. */
    public LocalDate day() {
        return to;
    }

    /**
     * Those of {@code events} the window shows: each that shares at least one day with it, in order; the list
     * itself when all do. The marker painter draws these of a frame's events, and an export counts them.
     */
    public List<Event> eventsIn(List<Event> events) {
        return EventIndexCache.during(events, from, to);
    }

    /** "1 Sep 2023", "1–30 Sep 2023" style text is the export's business; this is the ISO form for titles and logs. */
    @Override
    public String toString() {
        if (from == null && to == null) return "all dates";
        if (from != null && from.equals(to)) return from.toString();
        return (from == null ? "…" : from.toString()) + " to " + (to == null ? "…" : to.toString());
    }
}
