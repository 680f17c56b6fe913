package org.borderwatch.events.model;

import java.util.List;
import java.util.Locale;

/** What sort of thing an event is. The JSON value is the lower-case name. */
public enum EventKind {
    /** Something that happened: a clash, an attack, an arrest, a closure. */
    INCIDENT(List.of(
            "armed_clash",
            "attack",
            "shooting",
            "explosion",
            "arrest",
            "weapons_seizure",
            "protest",
            "roadblock",
            "border_closure",
            "other")),
    /** Forces placed somewhere, usually for a span of time. */
    DEPLOYMENT(List.of("armour", "artillery", "infantry", "air_defence", "peacekeeping", "police", "other")),
    /** A statement, demand or decision by a government or alliance about the region. */
    DIPLOMATIC(List.of("statement", "demand", "sanction", "agreement", "other"));

    private final List<String> categories;

    EventKind(List<String> categories) {
        this.categories = categories;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The categories an event of this kind may have, as written in the store. */
    public List<String> categories() {
        return categories;
    }

    /**
     * The kind written as {@code text} in the store.
     *
     * @throws IllegalArgumentException if the text names no kind
     */
    public static EventKind fromJson(String text) {
        // a switch, not a loop over values(): this runs once per event of a million-event load
        return switch (text) {
            case "incident" -> INCIDENT;
            case "deployment" -> DEPLOYMENT;
            case "diplomatic" -> DIPLOMATIC;
            default ->
                throw new IllegalArgumentException(
                        "kind \"" + text + "\" is not one of incident, deployment, diplomatic");
        };
    }
}
