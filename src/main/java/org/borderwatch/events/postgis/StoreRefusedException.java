package org.borderwatch.events.postgis;

/**
 * The database refused a change or could not be reached, so nothing was written: the user lacks the right (a
 * viewer writing), the server is down, or the connection broke mid-statement (the transaction was rolled back).
 */
public final class StoreRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
