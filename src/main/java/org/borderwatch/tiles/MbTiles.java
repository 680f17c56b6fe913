package org.borderwatch.tiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.locationtech.jts.geom.Envelope;

/**
 * A raster MBTiles file (the MBTiles 1.x specification: an SQLite database with a {@code metadata} table and a
 * {@code tiles} table or view), read through the SQLite JDBC driver, read-only. Rows are stored TMS-style, from the
 * south, and flipped here. When the metadata lacks {@code format} (TileMill's files do) the first tile's bytes tell
 * PNG from JPEG; vector tiles (Mapbox Vector Tiles, gzipped or not) are refused at opening. Bounds, zoom range and
 * attribution come from the metadata, else from the tiles themselves (the whole world for bounds). Not thread-safe
 * beyond its own lock: reads are serialised on the one connection.
 */
public final class MbTiles implements TileReader {

    private static final System.Logger LOG = System.getLogger(MbTiles.class.getName());

    private final Path file;
    private final Connection db;
    private final PreparedStatement tileQuery;
    private final TileInfo info;
    private final String name;

    private MbTiles(Path file, Connection db, PreparedStatement tileQuery, TileInfo info, String name) {
        this.file = file;
        this.db = db;
        this.tileQuery = tileQuery;
        this.info = info;
        this.name = name;
    }

    /**
     * Opens {@code file} and reads its metadata.
     *
     * @throws IOException naming the file, when it is missing, not an SQLite database, has no {@code tiles} table or
     *     view, holds no tiles, or holds vector or WebP tiles
     */
    public static MbTiles open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + ": no such MBTiles file");
        Properties config = new Properties();
        config.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY: never create or change the user's file
        Connection db;
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config);
        } catch (SQLException e) {
            throw new IOException(file + ": cannot be opened as an SQLite database: " + e.getMessage(), e);
        }
        boolean opened = false;
        try {
            Map<String, String> meta = metadata(db, file);
            byte[] first = firstTile(db, file);
            TileBytes kind = kind(meta.get("format"), first);
            if (kind.isVector() || looksVector(meta))
                throw new IOException(file + ": holds vector tiles (Mapbox Vector Tiles); only raster MBTiles (PNG or"
                        + " JPEG tiles) are supported yet");
            if (kind == TileBytes.WEBP) throw new IOException(file + ": holds WebP tiles, which cannot be decoded yet");
            int size = tileSize(first, file);
            int[] zooms = zoomRange(db, meta, file);
            TileInfo info = new TileInfo(
                    size, zooms[0], zooms[1], bounds(meta.get("bounds")), plain(meta.get("attribution")), "");
            PreparedStatement q = db.prepareStatement(
                    "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
            String name = meta.getOrDefault("name", "").strip();
            MbTiles mb = new MbTiles(
                    file, db, q, info, name.isEmpty() ? file.getFileName().toString() : name);
            opened = true;
            return mb;
        } catch (SQLException e) {
            throw new IOException(file + ": not a readable MBTiles file: " + e.getMessage(), e);
        } finally {
            if (!opened) closeAfterFailure(db);
        }
    }

    private static void closeAfterFailure(Connection db) {
        try {
            db.close();
        } catch (SQLException e) {
            // the file was already refused with a message saying why; a failed close adds nothing to it
            LOG.log(System.Logger.Level.WARNING, "closing a refused MBTiles file failed: " + e.getMessage());
        }
    }

    /** The {@code name} metadata, else the file name: what the layers panel calls it. */
    public String name() {
        return name;
    }

    @Override
    public String label() {
        return file.getFileName().toString();
    }

    @Override
    public TileInfo info() {
        return info;
    }

    /**
     * @throws IOException naming the file and the tile, when the tile's bytes are not a decodable image, or the tile
     *     is missing inside the file's bounds and zoom range
     */
    @Override
    public BufferedImage read(TileId id) throws IOException {
        if (id.z() < info.minZoom() || id.z() > info.maxZoom() || !covers(id)) return null;
        byte[] bytes;
        synchronized (this) {
            try {
                tileQuery.setInt(1, id.z());
                tileQuery.setInt(2, id.x());
                tileQuery.setInt(3, id.tmsRow());
                try (ResultSet r = tileQuery.executeQuery()) {
                    bytes = r.next() ? r.getBytes(1) : null;
                }
            } catch (SQLException e) {
                throw new IOException(where(id) + ": cannot be read: " + e.getMessage(), e);
            }
        }
        if (bytes == null || bytes.length == 0)
            throw new IOException(where(id) + ": missing, though it lies within the file's bounds and zoom range");
        return TileBytes.decode(bytes, where(id));
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IOException(file + ": cannot be closed: " + e.getMessage(), e);
        }
    }

    private String where(TileId id) {
        return file + ", tile " + id;
    }

    private boolean covers(TileId id) {
        Envelope lonLat = info.boundsLonLat();
        double[] sw = WebMercator.fromLonLat(lonLat.getMinX(), lonLat.getMinY());
        double[] ne = WebMercator.fromLonLat(lonLat.getMaxX(), lonLat.getMaxY());
        return WebMercator.bounds(id).intersects(new Envelope(sw[0], ne[0], sw[1], ne[1]));
    }

    private static Map<String, String> metadata(Connection db, Path file) throws IOException {
        Map<String, String> meta = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT name, value FROM metadata");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String key = r.getString(1);
                String value = r.getString(2);
                if (key != null && value != null) meta.put(key.toLowerCase(Locale.ROOT), value);
            }
        } catch (SQLException e) {
            // the metadata table is required, but a file without it still has tiles to show
            if (!e.getMessage().contains("no such table"))
                throw new IOException(file + ": not an MBTiles file: " + e.getMessage(), e);
        }
        return meta;
    }

    private static byte[] firstTile(Connection db, Path file) throws IOException {
        try (PreparedStatement s = db.prepareStatement("SELECT tile_data FROM tiles LIMIT 1");
                ResultSet r = s.executeQuery()) {
            if (!r.next()) throw new IOException(file + ": holds no tiles");
            byte[] b = r.getBytes(1);
            return b == null ? new byte[0] : b;
        } catch (SQLException e) {
            throw new IOException(
                    file + ": not an MBTiles file (no table or view named tiles with tile_data): " + e.getMessage(), e);
        }
    }

    private static TileBytes kind(String format, byte[] first) {
        String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        return switch (f) {
            case "png" -> TileBytes.PNG;
            case "jpg", "jpeg" -> TileBytes.JPEG;
            case "pbf", "mvt" -> TileBytes.MVT;
            case "webp" -> TileBytes.WEBP;
            default -> TileBytes.sniff(first);
        };
    }

    /** tippecanoe and others write {@code vector_layers} into the {@code json} entry of vector tilesets only. */
    private static boolean looksVector(Map<String, String> meta) {
        String json = meta.get("json");
        return json != null && json.contains("\"vector_layers\"");
    }

    private static int tileSize(byte[] first, Path file) {
        try {
            return TileBytes.decode(first, file.toString()).getWidth();
        } catch (IOException e) {
            // the first tile is broken: the reading of it will say so; the specification's size is 256
            return 256;
        }
    }

    private static int[] zoomRange(Connection db, Map<String, String> meta, Path file)
            throws SQLException, IOException {
        Integer min = integer(meta.get("minzoom"));
        Integer max = integer(meta.get("maxzoom"));
        if (min == null || max == null || min > max) {
            try (PreparedStatement s = db.prepareStatement("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles");
                    ResultSet r = s.executeQuery()) {
                r.next();
                min = r.getInt(1);
                max = r.getInt(2);
            }
        }
        if (min < 0 || max > TileId.MAX_ZOOM || min > max)
            throw new IOException(
                    file + ": zoom levels " + min + " to " + max + " are outside 0 to " + TileId.MAX_ZOOM);
        return new int[] {min, max};
    }

    private static Integer integer(String s) {
        if (s == null) return null;
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "west,south,east,north" in degrees; the whole pyramid when missing or not four numbers in range. */
    private static Envelope bounds(String s) {
        if (s == null) return TileInfo.WORLD;
        String[] parts = s.split(",");
        if (parts.length != 4) return TileInfo.WORLD;
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                return TileInfo.WORLD;
            }
        }
        if (!(v[0] >= -180 && v[2] <= 180 && v[0] < v[2] && v[1] >= -90 && v[3] <= 90 && v[1] < v[3]))
            return TileInfo.WORLD;
        return new Envelope(v[0], v[2], v[1], v[3]);
    }

    /** Attribution is often HTML (a link): the line under the map wants its text. */
    static String plain(String html) {
        if (html == null) return "";
        return html.replaceAll("<[^>]*>", "")
                .replace("&copy;", "©")
                .replace("&amp;", "&")
                .replace("&nbsp;", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
