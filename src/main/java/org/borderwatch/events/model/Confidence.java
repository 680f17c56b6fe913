package org.borderwatch.events.model;

/** How well an event is established by its sources. The JSON value is the lower-case name. */
public enum Confidence {
    CONFIRMED,
    REPORTED,
    CLAIMED,
    DISPUTED;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The confidence written as {@code text} in the store.
     *
     * @throws IllegalArgumentException if the text names no confidence
     */
    public static Confidence fromJson(String text) {
        // a switch, not a loop over values(): this runs once per event of a million-event load
        return switch (text) {
            case "confirmed" -> CONFIRMED;
            case "reported" -> REPORTED;
            case "claimed" -> CLAIMED;
            case "disputed" -> DISPUTED;
            default ->
                throw new IllegalArgumentException(
                        "confidence \"" + text + "\" is not one of confirmed, reported, claimed, disputed");
        };
    }
}
