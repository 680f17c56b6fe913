package org.borderwatch.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Event;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.map.Viewport;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;

/**
 * The test region, and the shipped maps and events, rendered at fixed sizes must match the committed PNGs in
 * src/test/resources/org/borderwatch/render/golden/. Tolerance: a pixel differs when any channel
 * differs by more than {@value #CHANNEL_TOLERANCE} of 255, and at most {@value #MAX_DIFFERENT_PERCENT}% of
 * pixels may differ — room for antialiasing and font hinting differences between JDK builds, far
 * too little for a moved label, a lost layer or a changed colour. A failure writes
 * target/golden-diff/NAME-actual.png and NAME-diff.png. Regenerate on purpose with
 * {@code mvn -B test -Dtest=GoldenImageTest -Dborderwatch.golden.update=true} and review the PNGs.
 */
class GoldenImageTest {

    private static final int CHANNEL_TOLERANCE = 24;
    private static final double MAX_DIFFERENT_PERCENT = 0.5;
    private static final Path SOURCE_DIR = Paths.get("src/test/resources/org/borderwatch/render/golden");

    @Test
    void regionAt800x600MatchesGoldenImage() throws IOException {
        Viewport v = Viewport.fit(TestRegion.extent(), 800, 600, 1.0);
        check("region-800x600", render(Frame.of(TestRegion.model(), v)));
    }

    @Test
    void zoomedBorderAtDoublePixelScaleMatchesGoldenImage() throws Exception {
        ReferencedEnvelope north = new ReferencedEnvelope(20.6, 20.95, 42.96, 43.2, DefaultGeographicCRS.WGS84)
                .transform(TestRegion.model().displayCrs(), true);
        Viewport v = Viewport.fit(north, 1000, 700, 2.0);
        check("border-zoom-hidpi-1000x700", render(Frame.of(TestRegion.model(), v)));
    }

    @Test
    void regionWithGraticuleAndLegendMatchesGoldenImage() throws IOException {
        Viewport v = Viewport.fit(TestRegion.extent(), 900, 640, 1.0);
        Frame f = Frame.of(TestRegion.model(), v)
                .withOptions(FrameOptions.STANDARD.withGraticule(true).withLegend(true));
        check("region-graticule-legend-900x640", render(f));
    }

    /** The shipped maps/ and data/events.geojson: real boundaries, labels around markers, a selection. */
    @Test
    void shippedMapsAndEventsAlongTheBoundaryMatchGoldenImage() throws Exception {
        MapModel model = RegionMap.load(Path.of("maps"));
        List<Event> events =
                GeoJsonEventStore.open(Path.of("data/events.geojson")).all();
        ReferencedEnvelope border = new ReferencedEnvelope(20.0, 21.9, 42.3, 43.5, DefaultGeographicCRS.WGS84)
                .transform(model.displayCrs(), true);
        Viewport v = Viewport.fit(border, 1000, 700, 1.0);
        Frame f = new Frame(model, v, events, Set.of("2023-09-24-banjska-ambush"));
        check("shipped-border-events-1000x700", render(f));
    }

    /** The shipped maps at the scales the cartography changes at: the region, a district, the northern valleys. */
    @Test
    void shippedMapsAtOneToTwoMillionMatchGoldenImage() throws Exception {
        MapModel model = RegionMap.load(Path.of("maps"));
        check("shipped-2m-1000x700", render(Frame.of(model, atScale(model, 21.0, 43.0, 2_000_000, 1000, 700))));
    }

    @Test
    void shippedMapsAtOneToFiveHundredThousandMatchGoldenImage() throws Exception {
        MapModel model = RegionMap.load(Path.of("maps"));
        check("shipped-500k-1000x700", render(Frame.of(model, atScale(model, 20.85, 42.9, 500_000, 1000, 700))));
    }

    @Test
    void shippedMapsAtOneToOneHundredThousandMatchGoldenImage() throws Exception {
        MapModel model = RegionMap.load(Path.of("maps"));
        check("shipped-100k-1000x700", render(Frame.of(model, atScale(model, 20.72, 43.05, 100_000, 1000, 700))));
    }

    /** A viewport centred on (lon, lat) at 1:{@code scale} by the OGC 0.28 mm pixel. */
    static Viewport atScale(MapModel model, double lon, double lat, double scale, int w, int h) throws Exception {
        ReferencedEnvelope point = new ReferencedEnvelope(lon, lon, lat, lat, DefaultGeographicCRS.WGS84)
                .transform(model.displayCrs(), true);
        double halfW = scale * Viewport.OGC_PIXEL_METRES * w / 2;
        double halfH = scale * Viewport.OGC_PIXEL_METRES * h / 2;
        Viewport v = new Viewport(
                new ReferencedEnvelope(
                        point.getMedian(0) - halfW,
                        point.getMedian(0) + halfW,
                        point.getMedian(1) - halfH,
                        point.getMedian(1) + halfH,
                        model.displayCrs()),
                w,
                h,
                1.0);
        assertThat(v.scaleDenominator()).isCloseTo(scale, org.assertj.core.data.Offset.offset(1.0));
        return v;
    }

    static BufferedImage render(Frame frame) {
        BufferedImage img =
                new BufferedImage(frame.viewport().widthPx(), frame.viewport().heightPx(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        new MapPainter().paint(g, frame);
        g.dispose();
        return img;
    }

    static void check(String name, BufferedImage actual) throws IOException {
        if (Boolean.getBoolean("borderwatch.golden.update")) {
            Files.createDirectories(SOURCE_DIR);
            ImageIO.write(actual, "png", SOURCE_DIR.resolve(name + ".png").toFile());
            return;
        }
        BufferedImage expected;
        try (InputStream in = GoldenImageTest.class.getResourceAsStream("golden/" + name + ".png")) {
            assertThat(in)
                    .as("golden image %s.png (regenerate with -Dborderwatch.golden.update=true)", name)
                    .isNotNull();
            expected = ImageIO.read(in);
        }
        assertThat(actual.getWidth()).as("width of %s", name).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).as("height of %s", name).isEqualTo(expected.getHeight());
        BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        long different = 0;
        for (int y = 0; y < actual.getHeight(); y++)
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y);
                int e = expected.getRGB(x, y);
                boolean differs = false;
                for (int shift = 0; shift < 32; shift += 8)
                    differs |= Math.abs(((a >>> shift) & 0xFF) - ((e >>> shift) & 0xFF)) > CHANNEL_TOLERANCE;
                if (differs) different++;
                diff.setRGB(x, y, differs ? 0xFF0000 : (e & 0xFEFEFE) >> 1 | 0x808080);
            }
        double percent = 100.0 * different / ((long) actual.getWidth() * actual.getHeight());
        if (percent > MAX_DIFFERENT_PERCENT) {
            Path out = Paths.get("target/golden-diff");
            Files.createDirectories(out);
            ImageIO.write(actual, "png", out.resolve(name + "-actual.png").toFile());
            ImageIO.write(diff, "png", out.resolve(name + "-diff.png").toFile());
        }
        assertThat(percent)
                .as("%% of pixels of %s differing from the golden image (see target/golden-diff)", name)
                .isLessThanOrEqualTo(MAX_DIFFERENT_PERCENT);
    }
}
