package org.borderwatch.geojson;

import java.util.List;
import org.geotools.data.collection.SpatialIndexFeatureCollection;
import org.geotools.data.collection.SpatialIndexFeatureSource;

/**
 * The features of a GeoJSON layer file in memory under a spatial index, with the features left out of it: so whoever
 * opened the file through a generic opener can still list what was skipped.
 */
public final class GeoJsonFeatureSource extends SpatialIndexFeatureSource {
    private final List<GeoJsonFormatException> problems;

    GeoJsonFeatureSource(SpatialIndexFeatureCollection features, List<GeoJsonFormatException> problems) {
        super(features);
        this.problems = List.copyOf(problems);
    }

    /** Each feature left out, naming the file, the feature and the field. */
    public List<GeoJsonFormatException> problems() {
        return problems;
    }
}
