package org.borderwatch.crossings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One official Kosovo–Serbia crossing point: its names, its point in WGS 84 longitude/latitude and how well that is
 * known, and its status history as intervals that do not overlap, sorted by start. A day no interval covers has
 * the status {@link CrossingStatus#UNKNOWN}.
 *
 * @param where the place in words (municipality, road); may be empty
 */
public record Crossing(
        String id,
        CrossingNames names,
        double lon,
        double lat,
        Position position,
        String where,
        List<StatusInterval> history) {

    public Crossing {
        Objects.requireNonNull(id, "crossing id");
        Objects.requireNonNull(names, () -> "names of crossing " + id);
        Objects.requireNonNull(position, () -> "position of crossing " + id);
        where = where == null ? "" : where;
        List<StatusInterval> sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparing(StatusInterval::from));
        for (int i = 1; i < sorted.size(); i++)
            if (sorted.get(i).from().isBefore(sorted.get(i - 1).until()))
                throw new IllegalArgumentException(
                        "crossing " + id + ": interval from " + sorted.get(i).from() + " starts before the one from "
                                + sorted.get(i - 1).from() + " ends ("
                                + sorted.get(i - 1).until() + ")");
        history = List.copyOf(sorted);
    }

    /** The status on {@code day}, with the interval that states it, or unknown when no interval covers the day. */
    public StatusOnDay statusOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        for (StatusInterval interval : history) if (interval.contains(day)) return new StatusOnDay(this, day, interval);
        return new StatusOnDay(this, day, null);
    }

    /** The history with the gaps between intervals made explicit, as the timeline strip draws it. */
    public List<Span> spans() {
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            StatusInterval interval = history.get(i);
            if (i > 0 && history.get(i - 1).until().isBefore(interval.from()))
                spans.add(new Span(history.get(i - 1).until(), interval.from(), null));
            spans.add(new Span(interval.from(), interval.until(), interval));
        }
        return spans;
    }

    /** A stretch of days [from, until) with an interval, or a gap (null interval, status unknown). */
    public record Span(LocalDate from, LocalDate until, StatusInterval interval) {
        public CrossingStatus status() {
            return interval == null ? CrossingStatus.UNKNOWN : interval.status();
        }
    }
}
