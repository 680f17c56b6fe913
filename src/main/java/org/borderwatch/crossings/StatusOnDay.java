package org.borderwatch.crossings;

import java.time.LocalDate;

/** A crossing's status on one day and the interval that states it (null when the day falls in a gap). */
public record StatusOnDay(Crossing crossing, LocalDate day, StatusInterval interval) {

    public CrossingStatus status() {
        return interval == null ? CrossingStatus.UNKNOWN : interval.status();
    }
}
