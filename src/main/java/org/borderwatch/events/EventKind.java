package org.borderwatch.events;

/** What sort of thing an event is. The JSON value is the lower-case name. */
public enum EventKind {
    /** Something that happened: a clash, an attack, an arrest, a closure. */
    INCIDENT,
    /** Forces placed somewhere, usually for a span of time. */
    DEPLOYMENT,
    /** A statement, demand or decision by a government or alliance about the region. */
    DIPLOMATIC;

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
