package org.borderwatch.render.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.borderwatch.map.GeoImage;
import org.borderwatch.map.RegionMap;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lon/lat grid whose every pixel has its own colour, reprojected into UTM 34N, must land where GDAL's
 * {@code gdalwarp -r near -et 0} (exact transformation, no approximation) puts it at the same extent and size.
 * Skips (never passes) without gdal-bin.
 */
class GridReprojectionTest {

    private static final int SRC_W = 60;
    private static final int SRC_H = 40;
    private static final int OUT = 300;
    /** Target pixels whose centre falls within float noise of a source pixel edge may go either way. */
    private static final double MIN_SAME = 0.995;

    @TempDir
    Path tmp;

    @Test
    void aKnownGridLandsWhereGdalwarpPutsIt() throws Exception {
        assumeTrue(onPath("gdalwarp") && onPath("gdal_translate"), "gdal-bin is not installed");
        // 60 x 40 pixels of 0.05° from 19.5°E, 44°N: the region across the UTM 34 zone's western edge
        BufferedImage grid = new BufferedImage(SRC_W, SRC_H, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < SRC_H; y++)
            for (int x = 0; x < SRC_W; x++) grid.setRGB(x, y, (x * 4) << 16 | (y * 6) << 8 | ((x + y) % 2) * 255);
        Path png = tmp.resolve("grid.png");
        ImageIO.write(grid, "png", png.toFile());
        Files.writeString(tmp.resolve("grid.pgw"), "0.05\n0\n0\n-0.05\n19.525\n43.975\n");
        GeoImage image = GeoImage.open(png);
        assertThat(image.bounds().getMinX()).isCloseTo(19.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(image.bounds().getMaxY()).isCloseTo(44.0, org.assertj.core.data.Offset.offset(1e-9));

        CoordinateReferenceSystem utm = RegionMap.displayCrs("EPSG:32634");
        ReferencedEnvelope target =
                new ReferencedEnvelope(19.6, 22.4, 42.1, 43.9, DefaultGeographicCRS.WGS84).transform(utm, true);
        MathTransform toLonLat = CRS.findMathTransform(utm, DefaultGeographicCRS.WGS84, true);
        BufferedImage ours =
                GridReprojection.reproject(image.read(), image.pixelToLonLat(), toLonLat, target, OUT, OUT, false);

        Path tif = tmp.resolve("warped.tif");
        run(
                "gdalwarp",
                "-q",
                "-s_srs",
                "EPSG:4326",
                "-t_srs",
                "EPSG:32634",
                "-r",
                "near",
                "-et",
                "0",
                "-te",
                num(target.getMinX()),
                num(target.getMinY()),
                num(target.getMaxX()),
                num(target.getMaxY()),
                "-ts",
                "" + OUT,
                "" + OUT,
                png.toString(),
                tif.toString());
        Path warped = tmp.resolve("warped.png");
        run("gdal_translate", "-q", "-of", "PNG", tif.toString(), warped.toString());
        BufferedImage gdal = ImageIO.read(warped.toFile());

        int same = 0;
        for (int y = 0; y < OUT; y++)
            for (int x = 0; x < OUT; x++) if ((ours.getRGB(x, y) & 0xFFFFFF) == (gdal.getRGB(x, y) & 0xFFFFFF)) same++;
        assertThat(same / (double) (OUT * OUT))
                .as("share of pixels equal to gdalwarp's")
                .isGreaterThanOrEqualTo(MIN_SAME);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
            if (Files.isExecutable(Path.of(dir, tool))) return true;
        return false;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS))
                .as("%s finished", command[0])
                .isTrue();
        assertThat(p.exitValue())
                .as("%s exit code; output:%n%s", String.join(" ", command), output)
                .isZero();
    }
}
