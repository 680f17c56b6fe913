package org.borderwatch.events.postgis;

import org.borderwatch.events.model.Event;

/**
 * A change was refused because someone else changed or deleted the event since the caller read it. Carries both
 * sides so the user can compare them and merge, keep theirs or keep their own; nothing was written.
 */
public final class EditConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Event mine;
    private final transient Event theirs;
    private final long theirVersion;
    private final String theirAuthor;

    EditConflictException(
            String storeName, Event mine, Event theirs, long theirVersion, String theirAuthor, String id) {
        super(storeName + ", event " + id + ": " + (theirs == null ? "deleted" : "changed") + " by " + theirAuthor
                + " (version " + theirVersion + ") since you opened it; nothing was saved");
        this.mine = mine;
        this.theirs = theirs;
        this.theirVersion = theirVersion;
        this.theirAuthor = theirAuthor;
    }

    /** The event as the caller wanted to save it; null for a delete. */
    public Event mine() {
        return mine;
    }

    /** The event as it is in the store now; null if it was deleted. */
    public Event theirs() {
        return theirs;
    }

    /** The store's version of the event now; saving over it must name this version. */
    public long theirVersion() {
        return theirVersion;
    }

    /** The database user who made the change. */
    public String theirAuthor() {
        return theirAuthor;
    }
}
