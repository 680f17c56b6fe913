package org.borderwatch.events;

/** Thrown inside the reader when a feature is unusable; caught per feature, which is then skipped and reported. */
public final class BadRecord extends Exception {

    private final String pointer;

    public BadRecord(String pointer, String message) {
        super(message, null, false, false);
        this.pointer = pointer;
    }

    public String pointer() {
        return pointer;
    }
}
