package org.borderwatch.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.map.Viewport;
import org.borderwatch.shapefile.ShapefileDataStore;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.filter.FilterFactory;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.style.Rule;
import org.geotools.api.style.Style;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.factory.CommonFactoryFinder;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.geotools.styling.StyleBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each country of maps/countries rendered as a filled mask (no antialiasing) at 1000×1000 in
 * EPSG:32634 must agree with GDAL: {@code ogr2ogr -t_srs EPSG:32634} then {@code gdal_rasterize}
 * at the same extent and size, intersection over union at least 0.99 per country. Skips (never
 * passes) without gdal-bin or without the maps folder ({@code -Dborderwatch.maps=DIR} points
 * elsewhere).
 */
class GdalAgreementTest {

    private static final int SIZE = 1000;
    private static final double MIN_IOU = 0.99;
    /** Countries with fewer pixels than this in the extent are a sliver; IoU says nothing about them. */
    private static final int MIN_PIXELS = 2000;

    @TempDir
    Path tmp;

    @Test
    void everyCountryMaskAgreesWithGdalRasterize() throws Exception {
        Path maps = Path.of(System.getProperty("borderwatch.maps", "maps"));
        Path countries = maps.resolve("countries.shp");
        assumeTrue(Files.isRegularFile(countries), "no " + countries + " to compare");
        assumeTrue(onPath("ogr2ogr") && onPath("gdal_rasterize"), "gdal-bin is not installed");

        CoordinateReferenceSystem utm = RegionMap.displayCrs("EPSG:32634");
        ReferencedEnvelope region =
                new ReferencedEnvelope(18.5, 23.5, 41.5, 44.5, DefaultGeographicCRS.WGS84).transform(utm, true);
        Viewport v = Viewport.fit(region, SIZE, SIZE, 1.0);
        ReferencedEnvelope e = v.area();
        Path projected = tmp.resolve("countries_utm.shp");
        run("ogr2ogr", "-t_srs", "EPSG:32634", projected.toString(), countries.toString());

        SimpleFeatureSource source = new ShapefileDataStore(countries).getFeatureSource();
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (String name : names(source)) {
            Path raster = tmp.resolve("mask.bil");
            run(
                    "gdal_rasterize",
                    "-of",
                    "EHdr",
                    "-ot",
                    "Byte",
                    "-init",
                    "0",
                    "-burn",
                    "1",
                    "-where",
                    "name = '" + name.replace("'", "''") + "'",
                    "-te",
                    num(e.getMinX()),
                    num(e.getMinY()),
                    num(e.getMaxX()),
                    num(e.getMaxY()),
                    "-ts",
                    Integer.toString(SIZE),
                    Integer.toString(SIZE),
                    projected.toString(),
                    raster.toString());
            byte[] gdal = Files.readAllBytes(raster);
            boolean[] ours = mask(source, name, utm, v);
            long inter = 0;
            long union = 0;
            for (int i = 0; i < SIZE * SIZE; i++) {
                boolean a = ours[i];
                boolean b = gdal[i] != 0;
                if (a && b) inter++;
                if (a || b) union++;
            }
            if (union < MIN_PIXELS) continue;
            compared++;
            double iou = (double) inter / union;
            String line = String.format(Locale.ROOT, "%s: IoU %.4f (%d px)", name, iou, union);
            System.getLogger(GdalAgreementTest.class.getName()).log(System.Logger.Level.INFO, line);
            if (iou < MIN_IOU) failures.add(line);
        }
        assertThat(compared).as("countries with enough area in the extent").isGreaterThanOrEqualTo(5);
        assertThat(failures)
                .as("countries whose mask disagrees with gdal_rasterize")
                .isEmpty();
    }

    private static boolean[] mask(SimpleFeatureSource source, String name, CoordinateReferenceSystem crs, Viewport v) {
        StyleBuilder sb = new StyleBuilder();
        FilterFactory ff = CommonFactoryFinder.getFilterFactory();
        Rule rule = sb.createRule(sb.createPolygonSymbolizer(null, sb.createFill(Color.BLACK)));
        rule.setFilter(ff.equals(ff.property("name"), ff.literal(name)));
        Style style = sb.createStyle();
        style.featureTypeStyles().add(sb.createFeatureTypeStyle("countries", rule));
        MapModel model = new MapModel(List.of(new Layer("countries", "Countries", source, style, true)), crs, "");
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        new MapPainter()
                .paint(
                        g,
                        Frame.of(model, v)
                                .withOptions(FrameOptions.FEATURES_ONLY
                                        .withAntialiasing(false)
                                        .withLegend(false)));
        g.dispose();
        boolean[] m = new boolean[SIZE * SIZE];
        for (int y = 0; y < SIZE; y++)
            for (int x = 0; x < SIZE; x++) m[y * SIZE + x] = (img.getRGB(x, y) & 0xFFFFFF) == 0;
        return m;
    }

    private static List<String> names(SimpleFeatureSource source) throws IOException {
        List<String> names = new ArrayList<>();
        try (SimpleFeatureIterator it = source.getFeatures().features()) {
            while (it.hasNext()) names.add((String) it.next().getAttribute("name"));
        }
        return names;
    }

    private static String num(double d) {
        return String.format(Locale.ROOT, "%.6f", d);
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
