package org.borderwatch.events;

/** How well an event is established by its sources. The JSON value is the lower-case name. */
public enum Confidence {
    CONFIRMED, REPORTED, CLAIMED, DISPUTED;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
