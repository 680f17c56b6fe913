package org.borderwatch.geopackage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes small GeoPackages for tests, as the standard lays them out: the three metadata tables, a point layer
 * {@code towns} with an R-tree and typed columns (row 3's blob is corrupt, row 4's population is text), a line layer
 * {@code roads} in a CRS known only by its WKT (organisation "NONE") and without an R-tree, and a layer {@code ghost}
 * that gpkg_contents lists but the file lacks.
 */
public final class CraftedGeoPackage {
    private static final GeometryFactory GF = new GeometryFactory();

    private CraftedGeoPackage() {}

    /** Writes the GeoPackage to {@code file} (replacing it) and returns it. */
    public static Path write(Path file) throws IOException {
        Files.deleteIfExists(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement s = c.createStatement()) {
            s.execute("PRAGMA application_id = 1196444487");
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
                    + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,"
                    + " definition TEXT NOT NULL, description TEXT)");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84', 7, 'EPSG', 4326, 'undefined', NULL)");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('UTM 34N by WKT', 99, 'NONE', 99, '"
                    + UTM34N_WKT.replace("'", "''") + "', NULL)");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
                    + " identifier TEXT, description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE,"
                    + " min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)");
            s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                    + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,"
                    + " m TINYINT NOT NULL)");
            s.execute("INSERT INTO gpkg_contents VALUES ('towns', 'features', 'towns', '', NULL, 20.5, 42.5,"
                    + " 21.5, 43.5, 7)");
            s.execute("INSERT INTO gpkg_geometry_columns VALUES ('towns', 'geom', 'POINT', 7, 0, 0)");
            s.execute("CREATE TABLE towns (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POINT, name TEXT(40),"
                    + " population MEDIUMINT, area REAL, capital BOOLEAN, founded DATE)");
            s.execute("CREATE VIRTUAL TABLE rtree_towns_geom USING rtree(id, minx, maxx, miny, maxy)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO towns VALUES (?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement r = c.prepareStatement("INSERT INTO rtree_towns_geom VALUES (?, ?, ?, ?, ?)")) {
                town(p, r, 1, 20.6, 42.6, "Mitrovica", 97686, 331.0, false, "1300-01-01");
                town(p, r, 2, 21.4, 43.4, "Kraljevo", 64175, 1529.9, false, "1200-05-05");
                town(p, r, 3, 20.9, 42.9, "Broken", 1, 1.0, false, null);
                town(p, r, 4, 20.8, 42.8, "Wrong", 1, 1.0, false, null);
                town(p, r, 5, 21.0, 43.0, "Zvečan", 16650, 122.0, true, "2000-02-29");
            }
            s.execute("UPDATE towns SET geom = x'4750000300000007ff' WHERE fid = 3");
            s.execute("UPDATE towns SET population = 'many' WHERE fid = 4");
            s.execute("INSERT INTO gpkg_contents VALUES ('roads', 'features', 'roads', '', NULL, NULL, NULL,"
                    + " NULL, NULL, 99)");
            s.execute("INSERT INTO gpkg_geometry_columns VALUES ('roads', 'shape', 'LINESTRING', 99, 0, 0)");
            s.execute("CREATE TABLE roads (id INTEGER PRIMARY KEY, shape LINESTRING, ref TEXT)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO roads VALUES (?, ?, ?)")) {
                p.setLong(1, 10);
                p.setBytes(
                        2,
                        blob(
                                GF.createLineString(new Coordinate[] {
                                    new Coordinate(500000, 4750000), new Coordinate(510000, 4760000)
                                }),
                                99,
                                false));
                p.setString(3, "M2");
                p.executeUpdate();
            }
            s.execute("INSERT INTO gpkg_contents VALUES ('ghost', 'features', 'ghost', '', NULL, NULL, NULL,"
                    + " NULL, NULL, 7)");
            s.execute("INSERT INTO gpkg_geometry_columns VALUES ('ghost', 'geom', 'POINT', 7, 0, 0)");
        } catch (SQLException e) {
            throw new IOException("cannot write the crafted GeoPackage " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    private static void town(
            PreparedStatement p,
            PreparedStatement r,
            long fid,
            double lon,
            double lat,
            String name,
            int population,
            double area,
            boolean capital,
            String founded)
            throws SQLException {
        p.setLong(1, fid);
        p.setBytes(2, blob(GF.createPoint(new Coordinate(lon, lat)), 7, true));
        p.setString(3, name);
        p.setInt(4, population);
        p.setDouble(5, area);
        p.setInt(6, capital ? 1 : 0);
        p.setString(7, founded);
        p.executeUpdate();
        r.setLong(1, fid);
        r.setDouble(2, lon);
        r.setDouble(3, lon);
        r.setDouble(4, lat);
        r.setDouble(5, lat);
        r.executeUpdate();
    }

    /** A GeoPackage geometry blob: header in either byte order, with an xy envelope, then WKB. */
    public static byte[] blob(Geometry g, int srsId, boolean littleEndian) {
        byte[] wkb =
                new WKBWriter(2, littleEndian ? ByteOrderValues.LITTLE_ENDIAN : ByteOrderValues.BIG_ENDIAN).write(g);
        ByteBuffer b = ByteBuffer.allocate(8 + 32 + wkb.length)
                .order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        b.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) ((1 << 1) | (littleEndian ? 1 : 0)));
        b.putInt(srsId);
        Envelope e = g.getEnvelopeInternal();
        b.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        b.put(wkb);
        return b.array();
    }

    static final String UTM34N_WKT = "PROJCS[\"WGS 84 / UTM zone 34N\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\","
            + "SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],"
            + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],"
            + "PARAMETER[\"central_meridian\",21],PARAMETER[\"scale_factor\",0.9996],"
            + "PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1]]";
}
