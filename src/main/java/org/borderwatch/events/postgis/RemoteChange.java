package org.borderwatch.events.postgis;

import org.borderwatch.events.model.Event;

/**
 * An event another client added, changed or deleted: {@code op} is {@code insert}, {@code update} or
 * {@code delete}; {@code event} is the new state (null for a delete, or if the new row is not a readable event).
 */
public record RemoteChange(String op, String id, long version, String by, Event event) {

    /** For a status line: "editor changed “Title”". */
    public String describe(Event before) {
        Event named = event != null ? event : before;
        String what = named == null ? "event " + id : "“" + named.title() + "”";
        String verb = switch (op) {
            case "insert" -> "added";
            case "delete" -> "deleted";
            default -> "changed";
        };
        return by + " " + verb + " " + what;
    }
}
