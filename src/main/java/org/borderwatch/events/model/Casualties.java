package org.borderwatch.events.model;

import java.util.List;
import java.util.Set;

/**
 * People killed, injured and arrested: totals, and per side where the reports give them.
 * A null count means unknown, which is not the same as zero. {@code statedUnknown} names the counts the
 * store wrote as an explicit null ("killed": null), so a save writes them back as they were.
 */
public record Casualties(Integer killed, Integer injured, Integer arrested, List<SideCount> bySide, Set<String> statedUnknown) {

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

    public Casualties {
        bySide = bySide == null ? List.of() : List.copyOf(bySide);
        statedUnknown = statedUnknown == null ? Set.of() : Set.copyOf(statedUnknown);
    }

    public Casualties(Integer killed, Integer injured, Integer arrested, List<SideCount> bySide) {
        this(killed, injured, arrested, bySide, Set.of());
    }
}
