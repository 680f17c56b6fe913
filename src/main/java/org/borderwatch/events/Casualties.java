package org.borderwatch.events;

import java.util.List;

/**
 * People killed, injured and arrested: totals, and per side where the reports give them.
 * A null count means unknown, which is not the same as zero.
 */
public record Casualties(Integer killed, Integer injured, Integer arrested, List<SideCount> bySide) {

    /** Counts for one side of an event. */
    public record SideCount(String side, Integer killed, Integer injured, Integer arrested) {}

    public static final Casualties NONE_REPORTED = new Casualties(null, null, null, List.of());

    public Casualties {
        bySide = bySide == null ? List.of() : List.copyOf(bySide);
    }
}
