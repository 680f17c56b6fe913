package org.borderwatch.geopackage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What is wrong with a GeoPackage, a layer in it or one of its rows, with that place: {@code "roads.gpkg, layer
 * roads, row 12, field geom: blob does not start with GP"}. A problem of the file stops it from opening; a problem of a
 * layer leaves that layer out; a problem of a row skips the row.
 */
public final class GeoPackageFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String layer;
    private final long row;
    private final String field;
    private final String problem;

    /** A problem of the whole file. */
    public GeoPackageFormatException(Path file, String problem) {
        this(file, null, -1, null, problem);
    }

    /**
     * @param layer the table, or null for the whole file
     * @param row   the row's feature id, or -1 for the whole layer
     * @param field the column, or null
     */
    public GeoPackageFormatException(Path file, String layer, long row, String field, String problem) {
        super(where(file, layer, row, field) + ": " + problem);
        this.file = file;
        this.layer = layer;
        this.row = row;
        this.field = field;
        this.problem = problem;
    }

    private static String where(Path file, String layer, long row, String field) {
        StringBuilder s = new StringBuilder(String.valueOf(file.getFileName()));
        if (layer != null) s.append(", layer ").append(layer);
        if (row >= 0) s.append(", row ").append(row);
        if (field != null) s.append(", field ").append(field);
        return s.toString();
    }

    public Path file() {
        return file;
    }

    /** The table, or null when the problem is the whole file's. */
    public String layer() {
        return layer;
    }

    /** The row's feature id (its primary key), or -1 when the problem is not one row's. */
    public long row() {
        return row;
    }

    /** The column, or null. */
    public String field() {
        return field;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}
