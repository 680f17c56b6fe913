package org.borderwatch.events.model;

import java.util.List;
import java.util.Set;

/**
 * People killed, injured and arrested: totals, and per side where the reports give them.
 * A null count means unknown, which is not the same as zero. {@code statedUnknown} names the counts the
 * store wrote as an explicit null ("killed": null), so a save writes them back as they were.
 * {@code killedLow} and {@code killedHigh} bound the killed count where a data set gives a range around its
 * best estimate (UCDP's low, best and high); null when there is none.
 */
public record Casualties(
        Integer killed,
        Integer injured,
        Integer arrested,
        List<SideCount> bySide,
        Set<String> statedUnknown,
        Integer killedLow,
        Integer killedHigh) {

    /** Counts for one side of an event; {@code statedUnknown} as for the totals. */
    public record SideCount(String side, Integer killed, Integer injured, Integer arrested, Set<String> statedUnknown) {

        public SideCount {
            statedUnknown = statedUnknown == null ? Set.of() : Set.copyOf(statedUnknown);
        }

        public SideCount(String side, Integer killed, Integer injured, Integer arrested) {
            this(side, killed, injured, arrested, Set.of());
        }
    }

    public static final Casualties NONE_REPORTED = new Casualties(null, null, null, List.of());

    /**
     * @throws IllegalArgumentException if the low estimate is above the high one, or either is negative
     */
    public Casualties {
        bySide = bySide == null ? List.of() : List.copyOf(bySide);
        statedUnknown = statedUnknown == null ? Set.of() : Set.copyOf(statedUnknown);
        if ((killedLow != null && killedLow < 0) || (killedHigh != null && killedHigh < 0))
            throw new IllegalArgumentException(
                    "killed estimates must be 0 or more, got " + killedLow + "–" + killedHigh);
        if (killedLow != null && killedHigh != null && killedLow > killedHigh)
            throw new IllegalArgumentException(
                    "low estimate of killed " + killedLow + " is above the high " + killedHigh);
    }

    public Casualties(
            Integer killed, Integer injured, Integer arrested, List<SideCount> bySide, Set<String> statedUnknown) {
        this(killed, injured, arrested, bySide, statedUnknown, null, null);
    }

    public Casualties(Integer killed, Integer injured, Integer arrested, List<SideCount> bySide) {
        this(killed, injured, arrested, bySide, Set.of(), null, null);
    }
}
