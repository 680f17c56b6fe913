package org.borderwatch.crossings;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.borderwatch.events.model.Source;

/**
 * One stretch of a crossing's history with a single status. {@code from} is the first day the status held (the day
 * of the change, whatever the hour); {@code until} is the day it ended, the next change's day, which belongs to the
 * next interval. So a crossing closed on 10 Dec and reopened on 30 Dec is closed from 10 Dec to 29 Dec inclusive,
 * and open on 30 Dec.
 *
 * @param by            who closed or blocked it; null when the reports do not say or it is open
 * @param side          from which side of the line; null when not stated
 * @param disagreements where the sources differ, in words; null when they agree
 */
public record StatusInterval(
        LocalDate from,
        LocalDate until,
        CrossingStatus status,
        String by,
        Side side,
        String summary,
        String disagreements,
        List<Source> sources) {

    /** The side of the Kosovo–Serbia line a closure or blockade came from. */
    public enum Side {
        KOSOVO,
        SERBIA,
        BOTH;

        /** "Kosovo", "Serbia", "both". */
        public String label() {
            return this == BOTH
                    ? "both"
                    : name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        }

        /**
         * @throws IllegalArgumentException if the text is not kosovo, serbia or both
         */
        public static Side fromJson(String text) {
            return switch (text) {
                case "kosovo" -> KOSOVO;
                case "serbia" -> SERBIA;
                case "both" -> BOTH;
                default ->
                    throw new IllegalArgumentException("side \"" + text + "\" is not one of kosovo, serbia, both");
            };
        }
    }

    public StatusInterval {
        Objects.requireNonNull(from, "interval start");
        Objects.requireNonNull(until, "interval end");
        Objects.requireNonNull(status, "interval status");
        if (!until.isAfter(from))
            throw new IllegalArgumentException("interval ends (" + until + ") on or before it starts (" + from + ")");
        if (status == CrossingStatus.UNKNOWN)
            throw new IllegalArgumentException("an interval cannot state an unknown status; leave a gap instead");
        if (summary == null || summary.isBlank())
            throw new IllegalArgumentException("interval from " + from + " has no summary");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) throw new IllegalArgumentException("interval from " + from + " has no source");
    }

    /** True if the status held on {@code day}: from it inclusive, until it exclusive. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(until);
    }

    /** The last day the status held, the day before {@link #until}. */
    public LocalDate lastDay() {
        return until.minusDays(1);
    }

    /** "blocked by lorry drivers from Serbia, Serbia side", or just the status label. */
    public String describe() {
        StringBuilder s = new StringBuilder(status.label());
        if (by != null) s.append(" by ").append(by);
        if (side != null)
            s.append(by != null ? ", " : " from the ")
                    .append(side == Side.BOTH ? "both sides" : side.label() + " side");
        return s.toString();
    }
}
