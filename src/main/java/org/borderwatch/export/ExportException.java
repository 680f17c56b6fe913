package org.borderwatch.export;

import java.nio.file.Path;

/** An export that could not be written; the message names the file and what to do. */
public final class ExportException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path file;

    public ExportException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /** The file the export was to write, or was read from for {@code --from-metadata}. */
    public Path file() {
        return file;
    }
}
