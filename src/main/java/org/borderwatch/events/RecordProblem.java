package org.borderwatch.events;

import java.nio.file.Path;

/**
 * One thing wrong with a store file: which file, which record (a feature index from 0, a CSV row from 1; -1 for the file as a
 * whole), the feature's id when it has one, the JSON pointer of the offending member, what is wrong and how much it
 * matters. For syntax errors the pointer is empty and the message carries the line and column.
 */
public record RecordProblem(Path file, int index, String id, String pointer, String message, Severity severity) {

    /** An error breaks the file's rules (the record is skipped or the file not read to its end); a warning does not. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public RecordProblem {
        if (file == null) throw new IllegalArgumentException("a problem must name its file");
        if (message == null || message.isBlank()) throw new IllegalArgumentException("a problem needs a message");
        pointer = pointer == null ? "" : pointer;
        severity = severity == null ? Severity.ERROR : severity;
    }

    /** An error. */
    public RecordProblem(Path file, int index, String id, String pointer, String message) {
        this(file, index, id, pointer, message, Severity.ERROR);
    }

    /** A problem with the file as a whole (not one record). */
    public static RecordProblem ofFile(Path file, String message) {
        return new RecordProblem(file, -1, null, "", message);
    }

    /** A warning about the file as a whole: it was read fully, but not as the format wants it. */
    public static RecordProblem warningOfFile(Path file, String message) {
        return new RecordProblem(file, -1, null, "", message, Severity.WARNING);
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /** Reads like {@code events.geojson, record 12 (id x), /features/12/properties/date: not an ISO 8601 date}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(String.valueOf(file.getFileName()));
        if (index >= 0) s.append(", record ").append(index);
        if (id != null) s.append(" (id ").append(id).append(')');
        if (!pointer.isEmpty()) s.append(", ").append(pointer);
        s.append(": ");
        if (isWarning()) s.append("warning: ");
        return s.append(message).toString();
    }
}
