package org.borderwatch.ui.store;

import java.util.NoSuchElementException;
import org.borderwatch.events.EventStore;
import org.borderwatch.events.model.Event;

/**
 * One edit of the store: an event added ({@code before} null), changed, or deleted ({@code after} null).
 * Keeping both sides makes every change its own undo: {@link #inverse()} swaps them.
 */
public record EventChange(Event before, Event after) {

    public EventChange {
        if (before == null && after == null)
            throw new IllegalArgumentException("a change needs an event before or after it");
        if (before != null && after != null && !before.id().equals(after.id()))
            throw new IllegalArgumentException(
                    "an edit keeps the event's id, but " + before.id() + " became " + after.id());
    }

    public static EventChange add(Event event) {
        return new EventChange(null, event);
    }

    public static EventChange edit(Event before, Event after) {
        return new EventChange(before, after);
    }

    public static EventChange delete(Event event) {
        return new EventChange(event, null);
    }

    /** The change that takes this one back. */
    public EventChange inverse() {
        return new EventChange(after, before);
    }

    /** The id of the event this change is about. */
    String id() {
        return after != null ? after.id() : before.id();
    }

    /**
     * Makes the change in {@code store}'s memory; saving is the caller's job.
     *
     * @throws IllegalArgumentException if an added event's id is already taken
     * @throws NoSuchElementException   if the event to change or delete is not in the store
     */
    void applyTo(EventStore store) {
        if (before == null) store.add(after);
        else if (after == null) {
            if (!store.delete(before))
                throw new NoSuchElementException("no event with id " + before.id() + " to delete");
        } else store.replace(before, after);
    }

    /** For menus: "add “Title”", "edit “Title”", "delete “Title”". */
    public String describe() {
        String verb = before == null ? "add" : after == null ? "delete" : "edit";
        return verb + " “" + (after != null ? after : before).title() + "”";
    }
}
