package org.borderwatch.events.postgis;

import java.time.LocalDate;

/**
 * The events of a view on one day, as the database counts them for the timeline: those starting that day, and those
 * that started before it and still run on it (a deployment's span). The events overlapping any range of days are the
 * starts of its days plus the carried of its first day, with none counted twice.
 */
public record DayCount(LocalDate day, int starts, int carried) {

    public DayCount {
        if (starts < 0 || carried < 0)
            throw new IllegalArgumentException(day + ": counts cannot be negative, got " + starts + ", " + carried);
    }
}
