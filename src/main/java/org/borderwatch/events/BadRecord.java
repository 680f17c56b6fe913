package org.borderwatch.events;

/** Thrown inside the reader when a feature is unusable; caught per feature, which is then skipped and reported. */
final class BadRecord extends Exception {

    private final String pointer;

    BadRecord(String pointer, String message) {
        super(message, null, false, false);
        this.pointer = pointer;
    }

    String pointer() {
        return pointer;
    }
}
