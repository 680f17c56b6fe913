package org.borderwatch.geopackage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.feature.type.Name;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.data.store.ContentDataStore;
import org.geotools.data.store.ContentEntry;
import org.geotools.data.store.ContentFeatureSource;
import org.geotools.feature.AttributeTypeBuilder;
import org.geotools.feature.NameImpl;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * A read-only GeoTools data store over the vector layers of a GeoPackage: every table gpkg_contents lists as
 * {@code features} with a row in gpkg_geometry_columns, read through SQLite's JDBC driver with the geometry blobs
 * decoded by JTS. A query's bounding box goes through the layer's R-tree ({@code rtree_<table>_<column>}) when the file
 * has one, so a frame reads only the rows it shows; without one, rows are skipped by the envelope in their blob's
 * header before their WKB is decoded. The CRS comes from gpkg_spatial_ref_sys by its organisation's code (srs_id is
 * the file's own number, not an EPSG code), else from its WKT.
 * <p>
 * A layer whose table is missing or whose metadata cannot be read is left out and reported in {@link #problems()}; a
 * row whose geometry blob or a value cannot be read is skipped by the reader and reported there too, naming file,
 * layer, row and field. The file is opened read-only and never written. Thread-safe: each reader opens its own
 * connection.
 */
public final class GeoPackageDataStore extends ContentDataStore {

    private final Path file;
    private final Map<String, FeatureTable> tables;
    private final List<GeoPackageFormatException> openProblems = new ArrayList<>();
    private final Map<String, List<GeoPackageFormatException>> lastRead = new ConcurrentHashMap<>();
    private final Map<String, Long> indexedRows = new ConcurrentHashMap<>();

    /**
     * Opens {@code file} and reads the metadata of its vector layers.
     *
     * @throws GeoPackageFormatException if the file is missing, is not an SQLite database or has no gpkg_contents
     *     table
     */
    public GeoPackageDataStore(Path file) throws IOException {
        this.file = file;
        if (!Files.isRegularFile(file)) throw new GeoPackageFormatException(file, "file not found");
        Map<String, FeatureTable> found = new LinkedHashMap<>();
        try (Connection c = connect()) {
            for (String[] layer : listed(c)) {
                try {
                    found.put(layer[0], describe(c, layer));
                } catch (GeoPackageFormatException e) {
                    openProblems.add(e);
                }
            }
        } catch (SQLException e) {
            throw new GeoPackageFormatException(file, "not a GeoPackage: " + e.getMessage());
        }
        this.tables = found;
    }

    /** A read-only connection to the file; the caller closes it. */
    Connection connect() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** Each vector layer's table, geometry column, geometry type, srs_id and extent from gpkg_contents. */
    private List<String[]> listed(Connection c) throws SQLException, GeoPackageFormatException {
        List<String[]> layers = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT c.table_name, g.column_name, g.geometry_type_name, g.srs_id,"
                        + " c.min_x, c.min_y, c.max_x, c.max_y FROM gpkg_contents c JOIN gpkg_geometry_columns g"
                        + " ON c.table_name = g.table_name WHERE lower(c.data_type) = 'features'"
                        + " ORDER BY c.table_name")) {
            while (rs.next()) {
                String[] row = new String[8];
                for (int i = 0; i < row.length; i++) row[i] = rs.getString(i + 1);
                if (row[0] == null || row[1] == null)
                    openProblems.add(new GeoPackageFormatException(
                            file, String.valueOf(row[0]), -1, "gpkg_geometry_columns", "table or column name is null"));
                else layers.add(row);
            }
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("no such table"))
                throw new GeoPackageFormatException(file, "not a GeoPackage: " + e.getMessage());
            throw e;
        }
        return layers;
    }

    private FeatureTable describe(Connection c, String[] layer) throws GeoPackageFormatException {
        String table = layer[0];
        String geometry = layer[1];
        try {
            List<Column> columns = new ArrayList<>();
            String pk = null;
            int keyColumns = 0;
            boolean geometryFound = false;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("PRAGMA table_info(" + FeatureTable.quote(table) + ")")) {
                while (rs.next()) {
                    String name = rs.getString("name");
                    String type = String.valueOf(rs.getString("type"));
                    if (rs.getInt("pk") > 0) keyColumns++;
                    if (name.equalsIgnoreCase(geometry)) geometryFound = true;
                    else if (rs.getInt("pk") == 1 && type.equalsIgnoreCase("INTEGER")) pk = name;
                    else columns.add(new Column(name, type));
                }
            }
            if (pk != null && keyColumns > 1) {
                // only a lone INTEGER PRIMARY KEY is SQLite's rowid, unique and never null; a part of a composite key
                // is an attribute, and the rowid the feature id
                columns.add(0, new Column(pk, "INTEGER"));
                pk = null;
            }
            if (columns.isEmpty() && pk == null && !geometryFound)
                throw new GeoPackageFormatException(
                        file, table, -1, null, "gpkg_contents lists the table but the file has no such table");
            if (!geometryFound)
                throw new GeoPackageFormatException(
                        file, table, -1, geometry, "gpkg_geometry_columns names a column the table does not have");
            Envelope extent = null;
            if (layer[4] != null && layer[5] != null && layer[6] != null && layer[7] != null)
                extent = new Envelope(
                        Double.parseDouble(layer[4]),
                        Double.parseDouble(layer[6]),
                        Double.parseDouble(layer[5]),
                        Double.parseDouble(layer[7]));
            String rtree = "rtree_" + table + "_" + geometry;
            return new FeatureTable(
                    table,
                    pk == null ? "rowid" : pk,
                    geometry,
                    String.valueOf(layer[2]).toUpperCase(Locale.ROOT),
                    crs(c, table, layer[3]),
                    extent,
                    exists(c, rtree) ? rtree : null,
                    columns);
        } catch (SQLException | NumberFormatException e) {
            throw new GeoPackageFormatException(file, table, -1, null, "cannot read its metadata: " + e.getMessage());
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT 1 FROM sqlite_master WHERE name = ? AND type = 'table'")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The CRS of srs_id {@code srsId}: by organisation code when the organisation is EPSG (axis order longitude
     * first, as the map uses everywhere), else parsed from its WKT. Null, with a problem noted, when neither reads;
     * null without one for the standard's undefined systems (-1 and 0).
     */
    private CoordinateReferenceSystem crs(Connection c, String table, String srsId) throws SQLException {
        if (srsId == null || srsId.equals("-1") || srsId.equals("0")) return null;
        try (PreparedStatement s = c.prepareStatement("SELECT organization, organization_coordsys_id, definition"
                + " FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            s.setString(1, srsId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    openProblems.add(new GeoPackageFormatException(
                            file, table, -1, "srs_id", "srs_id " + srsId + " is not in gpkg_spatial_ref_sys"));
                    return null;
                }
                String organisation = rs.getString(1);
                String code = rs.getString(2);
                String wkt = rs.getString(3);
                String problem = "";
                if ("EPSG".equalsIgnoreCase(organisation) && code != null) {
                    try {
                        return CRS.decode("EPSG:" + code, true);
                    } catch (FactoryException e) {
                        problem = "EPSG:" + code + " is unknown (" + e.getMessage() + ")";
                    }
                }
                if (wkt != null && !wkt.isBlank() && !wkt.equalsIgnoreCase("undefined")) {
                    try {
                        return CRS.parseWKT(wkt);
                    } catch (FactoryException | RuntimeException e) {
                        // GeoTools' WKT parser throws unchecked on some malformed text, as for shapefile .prj files
                        problem += (problem.isEmpty() ? "" : "; ") + "its WKT cannot be read (" + e.getMessage() + ")";
                    }
                }
                openProblems.add(new GeoPackageFormatException(
                        file,
                        table,
                        -1,
                        "srs_id",
                        "srs_id " + srsId + " has no usable CRS"
                                + (problem.isEmpty() ? "" : ": " + problem)
                                + "; the layer is drawn as if in the map's CRS"));
                return null;
            }
        }
    }

    /** The file this store reads. */
    public Path file() {
        return file;
    }

    /**
     * What could not be read: layers left out on opening, then, per layer, the rows skipped by its most recently
     * closed reader, each naming file, layer, row and field.
     */
    public List<GeoPackageFormatException> problems() {
        List<GeoPackageFormatException> all = new ArrayList<>(openProblems);
        for (FeatureTable t : tables.values()) all.addAll(lastRead.getOrDefault(t.table(), List.of()));
        return List.copyOf(all);
    }

    /**
     * How many rows the R-tree of layer {@code table} indexes (box queries then read only the rows in the box); -1
     * when it has none or the count cannot be read. Counted once, on the first ask.
     */
    public long indexedRows(String table) {
        FeatureTable t = tables.get(table);
        if (t == null || t.rtree() == null) return -1;
        return indexedRows.computeIfAbsent(table, k -> {
            try (Connection c = connect();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM " + FeatureTable.quote(t.rtree()))) {
                return rs.next() ? rs.getLong(1) : -1L;
            } catch (SQLException e) {
                // the reader meets the same fault and reports it; here the layer is only not read by need
                return -1L;
            }
        });
    }

    /** The vector layers' names (their tables), in name order. */
    public List<String> layerNames() {
        return List.copyOf(tables.keySet());
    }

    @Override
    protected List<Name> createTypeNames() {
        return tables.keySet().stream().<Name>map(NameImpl::new).toList();
    }

    @Override
    protected ContentFeatureSource createFeatureSource(ContentEntry entry) throws IOException {
        FeatureTable t = tables.get(entry.getName().getLocalPart());
        if (t == null)
            throw new GeoPackageFormatException(file, entry.getName().getLocalPart(), -1, null, "no such vector layer");
        return new GeoPackageFeatureSource(entry, t);
    }

    /** The layer {@code name} as a feature source. */
    @Override
    public ContentFeatureSource getFeatureSource(String name) throws IOException {
        if (!tables.containsKey(name))
            throw new GeoPackageFormatException(
                    file, name, -1, null, "no such vector layer; the file holds " + String.join(", ", tables.keySet()));
        return super.getFeatureSource(name);
    }

    SimpleFeatureType buildFeatureType(Name name, FeatureTable t) {
        SimpleFeatureTypeBuilder type = new SimpleFeatureTypeBuilder();
        type.setName(name);
        type.setCRS(t.crs());
        AttributeTypeBuilder geometry = new AttributeTypeBuilder();
        geometry.setBinding(geometryBinding(t.geometryType()));
        geometry.setCRS(t.crs());
        geometry.setNillable(true);
        type.add(geometry.buildDescriptor(t.geometryColumn()));
        for (Column c : t.columns()) {
            AttributeTypeBuilder attribute = new AttributeTypeBuilder();
            attribute.setBinding(c.binding());
            attribute.setNillable(true);
            attribute.userData("gpkg.type", c.declared());
            type.add(attribute.buildDescriptor(c.name()));
        }
        type.setDefaultGeometry(t.geometryColumn());
        return type.buildFeatureType();
    }

    private static Class<? extends Geometry> geometryBinding(String typeName) {
        return switch (typeName) {
            case "POINT" -> Point.class;
            case "LINESTRING" -> LineString.class;
            case "POLYGON" -> Polygon.class;
            case "MULTIPOINT" -> MultiPoint.class;
            case "MULTILINESTRING" -> MultiLineString.class;
            case "MULTIPOLYGON" -> MultiPolygon.class;
            case "GEOMETRYCOLLECTION" -> GeometryCollection.class;
            default -> Geometry.class;
        };
    }

    void recordRead(String table, List<GeoPackageFormatException> problems) {
        lastRead.put(table, List.copyOf(problems));
    }
}
