package org.borderwatch.crossings;

import java.util.Locale;

/**
 * What a crossing let through on a day. {@link #UNKNOWN} is never written in the data: it is the status of a day
 * that no interval of the history covers, so a gap in the reporting stays a gap on the map.
 */
public enum CrossingStatus {
    OPEN("open"),
    /** Open to people and cars; goods from Serbia and Serbian-plated lorries turned back. */
    GOODS_BARRED("goods barred"),
    /** Leaving Kosovo possible, entering from central Serbia not. */
    CLOSED_TO_ENTRY_FROM_SERBIA("closed to entry from Serbia"),
    /** Closed by the authorities of one side. */
    CLOSED("closed"),
    /** Blocked by people on the road (barricades, lorries), whatever the authorities decided. */
    BLOCKED("blocked"),
    UNKNOWN("unknown");

    private final String label;

    CrossingStatus(String label) {
        this.label = label;
    }

    /** The words shown to people: "closed to entry from Serbia". */
    public String label() {
        return label;
    }

    /** The value in crossings.geojson: "closed_to_entry_from_serbia". */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for every status that stops some traffic (all but open and unknown). */
    public boolean restricts() {
        return this != OPEN && this != UNKNOWN;
    }

    /**
     * The status written as {@code text} in crossings.geojson.
     *
     * @throws IllegalArgumentException if the text names no status of the data (unknown is not one)
     */
    public static CrossingStatus fromJson(String text) {
        for (CrossingStatus s : values()) if (s != UNKNOWN && s.jsonName().equals(text)) return s;
        throw new IllegalArgumentException("status \"" + text
                + "\" is not one of open, closed, closed_to_entry_from_serbia, blocked, goods_barred");
    }
}
