package org.borderwatch.shapefile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A shapefile part that cannot be read, naming the file, the record and the field at fault.
 * The message reads like {@code "edit.dbf, record 212, field NAME: field is 254 bytes, header says 80"};
 * record and field are left out when the problem is in a header. It extends {@link IOException} so it
 * travels through the GeoTools data API unchanged.
 */
public final class ShapefileFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Marks a problem that belongs to no single record (a header, a missing file). */
    public static final int NO_RECORD = 0;

    private final transient Path file;
    private final int record;
    private final String field;
    private final String problem;

    /**
     * @param file the file at fault (.shp, .shx, .dbf, .prj or .cpg)
     * @param record the 1-based record number, or {@link #NO_RECORD}
     * @param field the attribute name, or null when the problem is not in one field
     * @param problem what is wrong, without the location
     */
    public ShapefileFormatException(Path file, int record, String field, String problem) {
        super(format(file, record, field, problem));
        this.file = Objects.requireNonNull(file, "file");
        this.record = record;
        this.field = field;
        this.problem = problem;
    }

    /** A problem in a header or a whole file, not in one record. */
    public ShapefileFormatException(Path file, String problem) {
        this(file, NO_RECORD, null, problem);
    }

    private static String format(Path file, int record, String field, String problem) {
        StringBuilder s = new StringBuilder(String.valueOf(file.getFileName()));
        if (record != NO_RECORD) s.append(", record ").append(record);
        if (field != null) s.append(", field ").append(field);
        return s.append(": ").append(problem).toString();
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }

    /** The 1-based record number, or {@link #NO_RECORD} when the problem is in a header. */
    public int record() {
        return record;
    }

    /** The attribute name at fault, or null when the problem is not in one field. */
    public String field() {
        return field;
    }

    /** What is wrong, without the location prefix. */
    public String problem() {
        return problem;
    }
}
