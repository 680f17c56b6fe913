package org.borderwatch.bench;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.map.TileLayers;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.Frame;
import org.borderwatch.render.FrameOptions;
import org.borderwatch.render.MapPainter;
import org.borderwatch.tiles.TileId;
import org.borderwatch.tiles.WebMercator;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;

/**
 * A map frame drawn from tiles in memory at 1920×1080 (issue 14's target: 16 ms): writes an MBTiles file of
 * zoom 12 tiles around Mitrovica (256 px PNGs, each a gradient with its z/x/y written on it), loads the tiles
 * the view needs into memory, then times full redraws of a map holding only that tile layer, each at a scale a
 * little different from the last so the layer buffer cannot serve it (every frame reprojects the whole mosaic).
 * Prints the median and the 95th percentile of the timed frames.
 *
 * <pre>java -cp "target/classes:target/lib/*" org.borderwatch.bench.TileFrameBench [WORK_DIR] [FRAMES]</pre>
 */
public final class TileFrameBench {

    private static final int Z = 12;

    private TileFrameBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("tile-bench");
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Files.createDirectories(dir);
        CoordinateReferenceSystem utm = RegionMap.displayCrs(RegionMap.DEFAULT_CRS);
        // Mitrovica at 27 m a pixel (about 1:96,000): in Web Mercator about 37 m a pixel, so zoom 12 (38 m pixels)
        double cx = 486_000;
        double cy = 4_752_000;
        double unitsPerPixel = 27.0;
        Path file = dir.resolve("bench-z" + Z + ".mbtiles");
        if (!Files.exists(file)) write(file);
        Layer tiles = TileLayers.mbtiles(file, p -> System.err.println("tiles: " + p));
        MapModel model = new MapModel(List.of(tiles), utm, "bench");
        MapPainter painter = new MapPainter(Duration.ofSeconds(60));
        BufferedImage out = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_ARGB);
        // the first frame waits for every tile it needs: later ones find them all in memory
        paint(painter, model, utm, cx, cy, unitsPerPixel, out);
        MapPainter screen = new MapPainter();
        double[] ms = new double[frames];
        for (int i = -20; i < frames; i++) {
            double upp = unitsPerPixel * (1 + (i & 1) * 0.01);
            long t0 = System.nanoTime();
            paint(screen, model, utm, cx, cy, upp, out);
            long t1 = System.nanoTime();
            if (i >= 0) ms[i] = (t1 - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                Locale.ROOT,
                "tile frame 1920x1080 from memory: median %.1f ms, p95 %.1f ms over %d frames%n",
                ms[frames / 2],
                ms[(int) Math.min(frames - 1, Math.round(frames * 0.95))],
                frames);
        tiles.tiles().close();
    }

    private static void paint(
            MapPainter painter,
            MapModel model,
            CoordinateReferenceSystem crs,
            double cx,
            double cy,
            double upp,
            BufferedImage out) {
        ReferencedEnvelope area =
                new ReferencedEnvelope(cx - 960 * upp, cx + 960 * upp, cy - 540 * upp, cy + 540 * upp, crs);
        Graphics2D g = out.createGraphics();
        painter.paint(g, Frame.of(model, new Viewport(area, 1920, 1080, 1)).withOptions(FrameOptions.STANDARD));
        g.dispose();
    }

    /** Every zoom 12 tile of 20.2–21.6°E, 42.4–43.3°N. */
    private static void write(Path file) throws Exception {
        double[] sw = WebMercator.fromLonLat(20.2, 42.4);
        double[] ne = WebMercator.fromLonLat(21.6, 43.3);
        int[] r = WebMercator.tileRange(new org.locationtech.jts.geom.Envelope(sw[0], ne[0], sw[1], ne[1]), Z);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement s = db.createStatement()) {
            s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
            s.execute("INSERT INTO metadata VALUES ('format', 'png'), ('name', 'bench'), ('minzoom', '" + Z
                    + "'), ('maxzoom', '" + Z + "')");
            s.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
            db.setAutoCommit(false);
            try (PreparedStatement p = db.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
                for (int x = r[0]; x <= r[2]; x++)
                    for (int y = r[1]; y <= r[3]; y++) {
                        TileId id = new TileId(Z, x, y);
                        p.setInt(1, Z);
                        p.setInt(2, x);
                        p.setInt(3, id.tmsRow());
                        p.setBytes(4, png(id));
                        p.addBatch();
                    }
                p.executeBatch();
            }
            db.commit();
        }
    }

    private static byte[] png(TileId id) throws Exception {
        BufferedImage img = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(
                0, 0, new Color(230, 225, 200), 256, 256, new Color(190, 210, (id.x() * 37 + id.y() * 11) % 255)));
        g.fillRect(0, 0, 256, 256);
        g.setColor(Color.DARK_GRAY);
        g.drawRect(0, 0, 255, 255);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        g.drawString(id.toString(), 20, 128);
        g.dispose();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(img, "png", b);
        return b.toByteArray();
    }
}
