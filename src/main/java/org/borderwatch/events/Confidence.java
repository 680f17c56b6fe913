package org.borderwatch.events;

/** How well an event is established by its sources. The JSON value is the lower-case name. */
public enum Confidence {
    CONFIRMED, REPORTED, CLAIMED, DISPUTED;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The confidence written as {@code text} in the store.
     *
     * @throws IllegalArgumentException if the text names no confidence
     */
    public static Confidence fromJson(String text) {
        for (Confidence c : values()) if (c.jsonName().equals(text)) return c;
        throw new IllegalArgumentException("confidence \"" + text + "\" is not one of confirmed, reported, claimed, disputed");
    }
}
