package org.borderwatch.map.user;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where an added layer comes from: a kind and a location, both plain text so the settings keep them as written.
 * {@link #VECTOR_FILE} is a shapefile, a GeoJSON FeatureCollection, or one table of a GeoPackage
 * ({@code PATH.gpkg:table}). Other kinds (a tile service's URL template, an MBTiles file, an OpenStreetMap extract)
 * are other strings, each opened by the {@link UserLayerOpener} that claims it.
 *
 * @param kind     what opens it, e.g. {@link #VECTOR_FILE}
 * @param location a path, a path with a GeoPackage table after a colon, or a URL
 */
public record LayerSource(String kind, String location) {

    /** A vector file: .shp, .geojson/.json, or .gpkg with its table. */
    public static final String VECTOR_FILE = "vector-file";

    public LayerSource {
        Objects.requireNonNull(kind, "layer source kind");
        Objects.requireNonNull(location, "layer source location");
        if (kind.isBlank() || location.isBlank())
            throw new IllegalArgumentException(
                    "a layer source needs a kind and a location, got '" + kind + "' '" + location + "'");
    }

    /** The vector file {@code file}; for a GeoPackage, its {@code table}, else null. */
    public static LayerSource vectorFile(Path file, String table) {
        String path = file.toAbsolutePath().normalize().toString();
        return new LayerSource(VECTOR_FILE, table == null ? path : path + ":" + table);
    }

    /** The file of a file source: the location up to a GeoPackage table's colon. */
    public Path file() {
        int split = tableColon();
        return Path.of(split < 0 ? location : location.substring(0, split));
    }

    /** The GeoPackage table a location names after its colon; null when it names none. */
    public String table() {
        int split = tableColon();
        return split < 0 ? null : location.substring(split + 1);
    }

    private int tableColon() {
        int gpkg = location.toLowerCase(Locale.ROOT).lastIndexOf(".gpkg:");
        return gpkg < 0 ? -1 : gpkg + ".gpkg".length();
    }
}
