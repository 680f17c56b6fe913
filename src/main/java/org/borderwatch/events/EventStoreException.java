package org.borderwatch.events;

import java.nio.file.Path;

/** A store operation failed as a whole: the file could not be read or written, or a save was refused. */
public final class EventStoreException extends Exception {

    private final transient Path file;

    public EventStoreException(Path file, String message) {
        super(file.getFileName() + ": " + message);
        this.file = file;
    }

    public EventStoreException(Path file, String message, Throwable cause) {
        super(file.getFileName() + ": " + message, cause);
        this.file = file;
    }

    /** The store file the operation was about. */
    public Path file() {
        return file;
    }
}
