package org.borderwatch.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.borderwatch.map.Layer;
import org.borderwatch.map.Viewport;
import org.borderwatch.tiles.MbTiles;
import org.borderwatch.tiles.TileId;
import org.borderwatch.tiles.TileInfo;
import org.borderwatch.tiles.TileSource;
import org.borderwatch.tiles.WebMercator;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

class TilePainterTest {

    @TempDir
    Path dir;

    /** The zoom 9 tile over Mitrovica and Zvečan. */
    private static final TileId MITROVICA = new TileId(9, 285, 188);

    @Test
    void aHiDpiFrameOfTheSameAreaTakesTilesOneLevelFiner() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32634");
        TileInfo web = new TileInfo(256, 0, 19, TileInfo.WORLD, "", "");
        ReferencedEnvelope area = new ReferencedEnvelope(470_000, 500_000, 4_740_000, 4_760_000, utm);
        TilePainter painter = new TilePainter(Duration.ZERO);
        TilePainter.Plan standard = painter.plan(web, utm, new Viewport(area, 1200, 800, 1));
        TilePainter.Plan hiDpi = painter.plan(web, utm, new Viewport(area, 2400, 1600, 2));
        assertThat(hiDpi.z()).isEqualTo(standard.z() + 1);
        // 25 m a logical pixel in UTM is about 34 m in Mercator at 43°N: zoom 12's 38 m pixels are nearest
        assertThat(standard.z()).isEqualTo(12);
        TilePainter.Plan retina512 =
                painter.plan(new TileInfo(512, 0, 19, TileInfo.WORLD, "", ""), utm, new Viewport(area, 2400, 1600, 2));
        assertThat(retina512.z()).isEqualTo(standard.z());
    }

    @Test
    void aTileLandsWhereGdalwarpPutsIt() throws Exception {
        assumeTrue(onPath("gdalwarp"), "gdal-bin is not installed");
        BufferedImage tile = quarters();
        Path png = dir.resolve("tile.png");
        ImageIO.write(tile, "png", png.toFile());
        Envelope merc = WebMercator.bounds(MITROVICA);
        double px = merc.getWidth() / 256;
        // the world file names the centre of the upper-left pixel
        Files.writeString(
                dir.resolve("tile.pgw"),
                px + "\n0\n0\n" + -px + "\n" + (merc.getMinX() + px / 2) + "\n" + (merc.getMaxY() - px / 2) + "\n",
                StandardCharsets.UTF_8);
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32634");
        ReferencedEnvelope onUtm = new ReferencedEnvelope(merc, CRS.decode("EPSG:3857", true)).transform(utm, true);
        onUtm.expandBy(onUtm.getWidth() * 0.08);
        int w = 300;
        int h = (int) Math.round(w * onUtm.getHeight() / onUtm.getWidth());
        Path warped = dir.resolve("warped.tif");
        run(List.of(
                "gdalwarp",
                "-q",
                "-s_srs",
                "EPSG:3857",
                "-t_srs",
                "EPSG:32634",
                "-r",
                "bilinear",
                "-dstalpha",
                "-te",
                "" + onUtm.getMinX(),
                "" + onUtm.getMinY(),
                "" + onUtm.getMaxX(),
                "" + onUtm.getMaxY(),
                "-ts",
                "" + w,
                "" + h,
                "-of",
                "GTiff",
                png.toString(),
                warped.toString()));
        BufferedImage gdal = ImageIO.read(warped.toFile());

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(tile, "png", bytes);
        Path mb = org.borderwatch.tiles.TestTiles.mbtiles(
                dir.resolve("one.mbtiles"),
                Map.of("format", "png", "minzoom", "9", "maxzoom", "9"),
                Map.of(MITROVICA, bytes.toByteArray()),
                false);
        BufferedImage ours = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        try (TileSource source = new TileSource(MbTiles.open(mb), 1, p -> {})) {
            Graphics2D g = ours.createGraphics();
            new TilePainter(Duration.ofSeconds(10))
                    .paint(g, Layer.ofTiles("t", "T", source, true, 1), utm, new Viewport(onUtm, w, h, 1));
            g.dispose();
        }
        int compared = 0;
        int agree = 0;
        int maskAgree = 0;
        for (int y = 1; y < h - 1; y++)
            for (int x = 1; x < w - 1; x++) {
                boolean inGdal = (gdal.getRGB(x, y) >>> 24) == 255;
                boolean inOurs = (ours.getRGB(x, y) >>> 24) == 255;
                if (inGdal == inOurs) maskAgree++;
                if (!inGdal || !inOurs || !interior(gdal, x, y)) continue;
                compared++;
                if (close(gdal.getRGB(x, y), ours.getRGB(x, y), 6)) agree++;
            }
        int all = (w - 2) * (h - 2);
        assertThat(compared).as("pixels inside the tile in both").isGreaterThan(all / 2);
        assertThat(agree)
                .as("pixels within 6 of gdalwarp's, of %d", compared)
                .isGreaterThanOrEqualTo(compared * 99 / 100);
        assertThat(maskAgree)
                .as("pixels both call inside or outside, of %d", all)
                .isGreaterThanOrEqualTo(all * 99 / 100);
    }

    @Test
    void drawsTheParentScaledUpWithoutWaitingWhileATileIsOnItsWay() throws Exception {
        CoordinateReferenceSystem utm = CRS.decode("EPSG:32634");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        TileInfo info = new TileInfo(256, 8, 9, TileInfo.WORLD, "", "");
        org.borderwatch.tiles.TileReader slowChildren = new org.borderwatch.tiles.TileReader() {
            @Override
            public String label() {
                return "test";
            }

            @Override
            public TileInfo info() {
                return info;
            }

            @Override
            public BufferedImage read(TileId id) throws java.io.IOException {
                if (id.z() == 9) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        throw new java.io.IOException("interrupted", e);
                    }
                }
                BufferedImage t = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
                Graphics2D g = t.createGraphics();
                g.setColor(id.z() == 8 ? Color.ORANGE : Color.CYAN);
                g.fillRect(0, 0, 256, 256);
                g.dispose();
                return t;
            }

            @Override
            public void close() {}
        };
        try (TileSource source = new TileSource(slowChildren, 2, p -> {})) {
            assertThat(source.await(List.of(MITROVICA.parent()), Duration.ofSeconds(10)))
                    .isTrue();
            ReferencedEnvelope inside = new ReferencedEnvelope(
                            WebMercator.bounds(MITROVICA), CRS.decode("EPSG:3857", true))
                    .transform(utm, true);
            inside.expandBy(-inside.getWidth() * 0.3);
            BufferedImage frame = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = frame.createGraphics();
            // the zoom 9 tile is held back by its reader: the frame must not wait for it
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    Duration.ofSeconds(30),
                    () -> new TilePainter(Duration.ZERO)
                            .paint(
                                    g,
                                    Layer.ofTiles("t", "T", source, true, 1),
                                    utm,
                                    new Viewport(inside, 256, 256, 1)));
            g.dispose();
            assertThat(frame.getRGB(128, 128)).isEqualTo(Color.ORANGE.getRGB());
            release.countDown();
            assertThat(source.await(List.of(MITROVICA), Duration.ofSeconds(10))).isTrue();
            assertThat(source.cached(MITROVICA).getRGB(0, 0)).isEqualTo(Color.CYAN.getRGB());
        }
    }

    /** Four colours in the four quarters, so a tile flipped or shifted by a pixel shows. */
    private static BufferedImage quarters() {
        BufferedImage t = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = t.createGraphics();
        Color[] c = {new Color(200, 40, 40), new Color(40, 160, 40), new Color(40, 40, 200), new Color(220, 200, 60)};
        for (int i = 0; i < 4; i++) {
            g.setColor(c[i]);
            g.fillRect((i % 2) * 128, (i / 2) * 128, 128, 128);
        }
        g.dispose();
        return t;
    }

    private static boolean interior(BufferedImage img, int x, int y) {
        for (int dy = -1; dy <= 1; dy++)
            for (int dx = -1; dx <= 1; dx++) if ((img.getRGB(x + dx, y + dy) >>> 24) != 255) return false;
        return true;
    }

    private static boolean close(int a, int b, int tolerance) {
        for (int s = 0; s < 24; s += 8) if (Math.abs(((a >> s) & 0xFF) - ((b >> s) & 0xFF)) > tolerance) return false;
        return true;
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            if (Files.isExecutable(Path.of(d, tool))) return true;
        return false;
    }

    private static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }
}
