package org.borderwatch.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.borderwatch.map.GeoImage;
import org.borderwatch.map.Layer;
import org.borderwatch.map.LayerInfo;
import org.borderwatch.map.Viewport;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.geotools.styling.StyleBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The screen draws an image from a copy resampled at the frame's scale, in the same place as the scaled draw. */
class GeoImagePainterTest {
    @TempDir
    Path dir;

    private Layer relief;
    private CoordinateReferenceSystem utm;

    @BeforeEach
    void hillshade() throws Exception {
        BufferedImage grid = new BufferedImage(120, 120, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 120; y++)
            for (int x = 0; x < 120; x++) {
                int grey = (x * 7 + y * 3) % 256;
                grid.setRGB(x, y, new Color(grey, grey, grey).getRGB());
            }
        Path png = dir.resolve("relief.png");
        ImageIO.write(grid, "png", png.toFile());
        // 120 px over 20–22°E, 42–44°N
        Files.writeString(dir.resolve("relief.pgw"), "0.0166667\n0\n0\n-0.0166667\n20.0083333\n43.9916667\n");
        LayerInfo info = new LayerInfo("relief", 0, Double.POSITIVE_INFINITY, 0.6, "", "", true, 0);
        relief = new Layer("relief", "Relief", null, new StyleBuilder().createStyle(), true, info, GeoImage.open(png));
        utm = CRS.decode("EPSG:32634");
    }

    private Viewport view(double lon, double lat, double upp) throws Exception {
        ReferencedEnvelope c =
                new ReferencedEnvelope(lon, lon, lat, lat, DefaultGeographicCRS.WGS84).transform(utm, true);
        double hw = 200 * upp, hh = 150 * upp;
        return new Viewport(
                new ReferencedEnvelope(c.getMinX() - hw, c.getMinX() + hw, c.getMinY() - hh, c.getMinY() + hh, utm),
                400,
                300,
                1);
    }

    private BufferedImage draw(GeoImagePainter painter, Viewport v, boolean raster) throws Exception {
        BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(230, 220, 200));
        g.fillRect(0, 0, 400, 300);
        painter.paint(g, relief, utm, v, raster);
        g.dispose();
        return img;
    }

    /** The mean difference of the channels, 0–255. */
    private static double meanDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++)
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y), q = b.getRGB(x, y);
                for (int s = 0; s < 24; s += 8) sum += Math.abs(((p >> s) & 0xFF) - ((q >> s) & 0xFF));
            }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    @Test
    void resampledCopyLandsWhereTheScaledDrawPutsIt() throws Exception {
        Viewport v = view(21.0, 43.0, 400);
        double diff = meanDifference(draw(new GeoImagePainter(), v, false), draw(new GeoImagePainter(), v, true));
        assertThat(diff).isLessThan(2.0);
    }

    @Test
    void panWithinTheCopyStillLandsInPlace() throws Exception {
        GeoImagePainter painter = new GeoImagePainter();
        draw(painter, view(21.0, 43.0, 400), true);
        Viewport panned = view(21.05, 42.97, 400);
        double diff = meanDifference(draw(new GeoImagePainter(), panned, false), draw(painter, panned, true));
        assertThat(diff).isLessThan(2.0);
        // a shift of the copy by even two pixels would show on this gradient
        Viewport off = view(21.05 + 2 * 400 / 81_000.0, 42.97, 400);
        assertThat(meanDifference(draw(new GeoImagePainter(), off, false), draw(painter, panned, true)))
                .isGreaterThan(diff);
    }
}
