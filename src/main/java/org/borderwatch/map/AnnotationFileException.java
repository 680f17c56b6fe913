package org.borderwatch.map;

/** An annotations file that cannot be read at all: missing, unreadable or not the expected JSON. */
public final class AnnotationFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String file;

    public AnnotationFileException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /** The file name as the user gave it. */
    public String file() {
        return file;
    }
}
