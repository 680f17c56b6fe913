package org.borderwatch.geopackage;

import java.util.List;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.locationtech.jts.geom.Envelope;

/**
 * What gpkg_contents, gpkg_geometry_columns, gpkg_spatial_ref_sys and the table itself say about one vector layer.
 *
 * @param table          the feature table, which is the layer's name
 * @param primaryKey     its integer primary key column, the feature id; "rowid" when it declares none
 * @param geometryColumn the geometry column
 * @param geometryType   the geometry type name gpkg_geometry_columns gives (POINT, MULTIPOLYGON, GEOMETRY…)
 * @param crs            the layer's CRS; null when undefined or unreadable
 * @param extent         the extent gpkg_contents gives; null when it gives none
 * @param rtree          the R-tree index table ({@code rtree_<table>_<column>}); null when there is none
 * @param columns        the attribute columns, in table order, without the primary key and geometry
 */
record FeatureTable(
        String table,
        String primaryKey,
        String geometryColumn,
        String geometryType,
        CoordinateReferenceSystem crs,
        Envelope extent,
        String rtree,
        List<Column> columns) {

    FeatureTable {
        columns = List.copyOf(columns);
    }

    /** A name quoted for SQLite. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
