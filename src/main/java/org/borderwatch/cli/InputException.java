package org.borderwatch.cli;

/** An input file of a command (store, maps, annotations) that cannot be read; the message names it. */
final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
