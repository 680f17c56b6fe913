package org.borderwatch.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.PlaceAlternative;
import org.borderwatch.gazetteer.Gazetteer;
import org.borderwatch.gazetteer.NameStyle;
import org.borderwatch.gazetteer.PlaceNames;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.map.Viewport;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped map, events and gazetteer drawn with a name style: site labels, base-map labels and alternatives. */
class EventPlacesTest {

    private static MapModel model;
    private static List<Event> events;
    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() throws Exception {
        model = RegionMap.load(Path.of("maps"));
        events = GeoJsonEventStore.open(Path.of("data", "events.geojson")).all();
        gazetteer = Gazetteer.load(Path.of("data", "gazetteer.geojson"));
    }

    /** A 1000×800 px view centred on (lon, lat) at 1:{@code scale}. */
    private static Viewport around(double lon, double lat, double scale) throws Exception {
        CoordinateReferenceSystem crs = model.displayCrs();
        double[] xy = {lon, lat};
        CRS.findMathTransform(DefaultGeographicCRS.WGS84, crs, true).transform(xy, 0, xy, 0, 1);
        double halfW = 500 * scale * Viewport.OGC_PIXEL_METRES, halfH = 400 * scale * Viewport.OGC_PIXEL_METRES;
        return new Viewport(
                new ReferencedEnvelope(xy[0] - halfW, xy[0] + halfW, xy[1] - halfH, xy[1] + halfH, crs), 1000, 800, 1);
    }

    private static String svg(Viewport v, List<Event> shown, NameStyle style) {
        SVGGraphics2D g = new SVGGraphics2D(v.widthPx(), v.heightPx());
        FrameOptions options = FrameOptions.STANDARD
                .withTarget(RenderTarget.VECTOR)
                .withNames(style == null ? null : new PlaceNames(style, gazetteer));
        new MapPainter().paint(g, new Frame(model, v, shown, Set.of(), options));
        return g.getSVGDocument();
    }

    @Test
    void labelsTheJarinjeCrossingWhereItsEventsSitAtOneTo100k() throws Exception {
        Viewport v = around(20.69167, 43.21861, 100_000);

        assertThat(v.scaleDenominator()).isBetween(90_000.0, 110_000.0);
        assertThat(svg(v, events, NameStyle.EN)).contains("Jarinje crossing");
        assertThat(svg(v, events, NameStyle.SR_CYRL)).contains("Административни прелаз Јариње");
    }

    @Test
    void drawsNoSiteLabelsWithoutEventsOrAtSmallScales() throws Exception {
        assertThat(svg(around(20.69167, 43.21861, 100_000), List.of(), NameStyle.EN))
                .doesNotContain("Jarinje crossing");
        assertThat(svg(around(20.69167, 43.21861, 1_000_000), events, NameStyle.EN))
                .doesNotContain("Jarinje crossing");
    }

    @Test
    void writesTheBaseMapsPlaceLabelsInTheChosenScript() throws Exception {
        Viewport v = around(20.80, 42.95, 100_000);

        String cyrillic = svg(v, events, NameStyle.SR_CYRL);
        String asStored = svg(v, events, null);

        assertThat(cyrillic).contains(">Звечан<");
        assertThat(cyrillic).contains(">Бањска<");
        assertThat(asStored).contains(">Zvečan<").doesNotContain("Звечан");
    }

    @Test
    void writesKosovoMunicipalitiesInEitherSerbianScriptAndInventsNoAlbanianName() throws Exception {
        Viewport v = around(20.69167, 43.21861, 50_000);

        String cyrillic = svg(v, events, NameStyle.SR_CYRL);
        assertThat(cyrillic).contains(">Лепосавић<").doesNotContain(">Leposavić<");
        assertThat(cyrillic)
                .as("Serbia's districts lack diacritics in the data and stay as stored")
                .contains(">Raški<");
        assertThat(svg(v, events, NameStyle.SQ))
                .as("the data has no Albanian name for the municipality")
                .contains(">Leposavić<");
    }

    @Test
    void writesKosovoPlacesAlbanianFirstInDualNames() throws Exception {
        Viewport v = around(20.80, 42.95, 100_000);

        assertThat(svg(v, events, NameStyle.DUAL))
                .contains(">Banjskë / Banjska<")
                .contains(">Manastiri i Banjskës / Manastir Banjska<");
    }

    @Test
    void drawsADashedLinkAndAHollowMarkAtEachAlternativePlace() throws Exception {
        Event detained = events.stream()
                .filter(e -> e.id().equals("2023-06-14-three-kosovo-police-officers-detained"))
                .findFirst()
                .orElseThrow();
        PlaceAlternative alt = detained.location().alternatives().get(0);
        Viewport v = around((detained.lon() + alt.lon()) / 2, (detained.lat() + alt.lat()) / 2, 400_000);
        MapModel empty = new MapModel(List.of(), model.displayCrs(), "");
        BufferedImage img = new BufferedImage(1000, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        new MapPainter().paint(g, new Frame(empty, v, List.of(detained), Set.of(), FrameOptions.FEATURES_ONLY));
        g.dispose();
        Point2D mark = toScreen(v, alt.lon(), alt.lat());
        Point2D from = toScreen(v, detained.lon(), detained.lat());

        assertThat(darkness(img, mark.getX() + 5, mark.getY()))
                .as("the hollow mark's ring")
                .isGreaterThan(60);
        assertThat(darkness(img, mark.getX(), mark.getY()))
                .as("the hollow mark's centre")
                .isLessThan(30);
        int dark = 0;
        for (int i = 20; i <= 80; i++) {
            double t = i / 100.0;
            double x = from.getX() + t * (mark.getX() - from.getX()), y = from.getY() + t * (mark.getY() - from.getY());
            if (darkness(img, x, y) > 40) dark++;
        }
        // dashes: much of the link is drawn, and some of it is not
        assertThat(dark).as("dark samples along the link").isBetween(15, 55);
    }

    private static Point2D toScreen(Viewport v, double lon, double lat) throws Exception {
        double[] xy = {lon, lat};
        CRS.findMathTransform(DefaultGeographicCRS.WGS84, v.area().getCoordinateReferenceSystem(), true)
                .transform(xy, 0, xy, 0, 1);
        return v.worldToScreen().transform(new Point2D.Double(xy[0], xy[1]), null);
    }

    /** How much darker than the map's background the pixel is, 0 to 255. */
    private static int darkness(BufferedImage img, double x, double y) {
        Color c = new Color(img.getRGB((int) Math.round(x), (int) Math.round(y)));
        Color bg = new Color(img.getRGB(0, 0));
        return Math.max(0, (bg.getRed() + bg.getGreen() + bg.getBlue() - c.getRed() - c.getGreen() - c.getBlue()) / 3);
    }
}
