package org.borderwatch.map;

/**
 * One annotation that could not be read and was skipped; the others still load.
 *
 * @param record 1-based position in the file's {@code annotations} array
 * @param id     the record's id, or null when it has none
 */
public record AnnotationProblem(String file, int record, String id, String field, String message) {

    @Override
    public String toString() {
        return file + ", annotation " + record + (id == null ? "" : " (" + id + ")")
                + (field == null ? "" : ", field " + field) + ": " + message;
    }
}
