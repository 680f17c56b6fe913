package org.borderwatch.geojson;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What is wrong with a GeoJSON layer file or one of its features, with that place: {@code "rivers.geojson, feature 12
 * (id "ibar"), field geometry: a LineString needs at least 2 positions"}. A problem of the file stops it from opening;
 * a problem of a feature skips that feature.
 */
public final class GeoJsonFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int feature;
    private final String field;
    private final String problem;

    /** A problem of the whole file. */
    public GeoJsonFormatException(Path file, String problem) {
        this(file, -1, null, null, problem);
    }

    /**
     * @param feature the feature's index in the collection, from 0, or -1 for the whole file
     * @param id      the feature's "id", or null
     * @param field   "geometry", "properties.NAME", or null
     */
    public GeoJsonFormatException(Path file, int feature, String id, String field, String problem) {
        super(where(file, feature, id, field) + ": " + problem);
        this.file = file;
        this.feature = feature;
        this.field = field;
        this.problem = problem;
    }

    private static String where(Path file, int feature, String id, String field) {
        StringBuilder s = new StringBuilder(String.valueOf(file.getFileName()));
        if (feature >= 0) s.append(", feature ").append(feature);
        if (id != null) s.append(" (id \"").append(id).append("\")");
        if (field != null) s.append(", field ").append(field);
        return s.toString();
    }

    public Path file() {
        return file;
    }

    /** The feature's index, from 0, or -1 when the problem is the whole file's. */
    public int feature() {
        return feature;
    }

    /** "geometry", "properties.NAME", or null. */
    public String field() {
        return field;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}
