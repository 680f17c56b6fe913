package org.borderwatch.events.acled;

/** Thrown while a CSV row is made into an event when the row cannot be one; caught per row, which is refused. */
final class RowRefused extends Exception {

    private final String column;
    private final String reason;

    /**
     * @param reason the kind of fault, the same words for every row it befalls, so refusals group by it
     * @param detail this row's fault, quoting its cell
     */
    RowRefused(String column, String reason, String detail) {
        super(detail, null, false, false);
        this.column = column;
        this.reason = reason;
    }

    String column() {
        return column;
    }

    String reason() {
        return reason;
    }
}
