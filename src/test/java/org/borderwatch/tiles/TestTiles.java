package org.borderwatch.tiles;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.imageio.ImageIO;

/** Tiles and MBTiles files made by the tests: each tile one colour, so where it lands can be checked. */
public final class TestTiles {

    private TestTiles() {}

    /** A {@code size}² tile of one colour, encoded as {@code format} ("png" or "jpg"). */
    public static byte[] tile(Color colour, int size, String format) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, size, size);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A colour of its own for each tile, from its z/x/y. */
    public static Color colourOf(TileId id) {
        return new Color((id.x() * 53 + id.z() * 17) % 200 + 40, (id.y() * 71 + id.z() * 29) % 200 + 40, 120);
    }

    /**
     * Writes an MBTiles file: {@code metadata} rows as given, and {@code tiles} (keyed by XYZ id, stored with the TMS
     * row) either as a table or, when {@code asView}, as MBTiles 1.x's view over {@code map} and {@code images}.
     */
    public static Path mbtiles(Path file, Map<String, String> metadata, Map<TileId, byte[]> tiles, boolean asView)
            throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement s = db.createStatement()) {
            s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            try (PreparedStatement p = db.prepareStatement("INSERT INTO metadata VALUES (?, ?)")) {
                for (Map.Entry<String, String> e : metadata.entrySet()) {
                    p.setString(1, e.getKey());
                    p.setString(2, e.getValue());
                    p.executeUpdate();
                }
            }
            if (asView) {
                s.execute("CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_id TEXT)");
                s.execute("CREATE TABLE images (tile_id TEXT, tile_data BLOB)");
                s.execute("CREATE VIEW tiles AS SELECT map.zoom_level AS zoom_level, map.tile_column AS tile_column,"
                        + " map.tile_row AS tile_row, images.tile_data AS tile_data FROM map JOIN images"
                        + " ON images.tile_id = map.tile_id");
                try (PreparedStatement m = db.prepareStatement("INSERT INTO map VALUES (?, ?, ?, ?)");
                        PreparedStatement i = db.prepareStatement("INSERT INTO images VALUES (?, ?)")) {
                    for (Map.Entry<TileId, byte[]> e : tiles.entrySet()) {
                        String key = e.getKey().toString();
                        m.setInt(1, e.getKey().z());
                        m.setInt(2, e.getKey().x());
                        m.setInt(3, e.getKey().tmsRow());
                        m.setString(4, key);
                        m.executeUpdate();
                        i.setString(1, key);
                        i.setBytes(2, e.getValue());
                        i.executeUpdate();
                    }
                }
            } else {
                s.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
                        + " tile_data BLOB)");
                try (PreparedStatement p = db.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
                    for (Map.Entry<TileId, byte[]> e : tiles.entrySet()) {
                        p.setInt(1, e.getKey().z());
                        p.setInt(2, e.getKey().x());
                        p.setInt(3, e.getKey().tmsRow());
                        p.setBytes(4, e.getValue());
                        p.executeUpdate();
                    }
                }
            }
        }
        return file;
    }
}
