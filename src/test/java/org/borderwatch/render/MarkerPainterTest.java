package org.borderwatch.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.borderwatch.analysis.Clusters;
import org.borderwatch.analysis.EventFixtures;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Precision;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.marker.ClusterSymbol;
import org.borderwatch.render.marker.IncidentSymbol;
import org.borderwatch.render.marker.SymbolPalette;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class MarkerPainterTest {

    private static CoordinateReferenceSystem utm34;

    @BeforeAll
    static void decodeCrs() throws Exception {
        utm34 = CRS.decode("EPSG:32634");
    }

    /** 600 x 600 px, 60 km square around Banjska (UTM 34N: x ~ 489 km, y ~ 4750 km). */
    private static Viewport viewport(int sizePx, double scale) {
        return new Viewport(
                new ReferencedEnvelope(460_000, 520_000, 4_720_000, 4_780_000, utm34), sizePx, sizePx, scale);
    }

    private static Frame frame(List<Event> events, Viewport vp, Set<String> selected) {
        return new Frame(new MapModel(List.of(), utm34, ""), vp, events, selected);
    }

    private static BufferedImage paint(MarkerPainter painter, Frame frame) throws Exception {
        BufferedImage img =
                new BufferedImage(frame.viewport().widthPx(), frame.viewport().heightPx(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        painter.paint(g, frame, footprint -> {});
        g.dispose();
        return img;
    }

    /** Alpha-weighted centre and extent of everything painted: {cx, cy, width, height}. */
    private static double[] inkCentreAndSize(BufferedImage img) {
        double sum = 0, sx = 0, sy = 0;
        int minX = Integer.MAX_VALUE, maxX = -1, minY = Integer.MAX_VALUE, maxY = -1;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) {
                int a = img.getRGB(x, y) >>> 24;
                if (a == 0) continue;
                sum += a;
                sx += a * (x + 0.5);
                sy += a * (y + 0.5);
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        return new double[] {sx / sum, sy / sum, maxX - minX + 1, maxY - minY + 1};
    }

    private static Event incident(String id, double lon, double lat, Precision precision) {
        return EventFixtures.event(
                id,
                EventKind.INCIDENT,
                "attack",
                EventFixtures.GEOMETRIES.createPoint(new Coordinate(lon, lat)),
                precision,
                new Casualties(4, 1, 3, List.of()),
                List.of(),
                Confidence.CONFIRMED);
    }

    @Test
    void aMarkerIsDrawnAtThePixelTheViewportTransformGives() throws Exception {
        MarkerPainter painter = new MarkerPainter();
        Viewport vp = viewport(600, 1);
        Frame frame = frame(
                List.of(incident("banjska", 20.8656, 42.9075, new Precision(Precision.Level.EXACT, 0))), vp, Set.of());
        BufferedImage img = paint(painter, frame);

        var index = painter.indexFor(frame);
        Point2D expected = vp.worldToScreen().transform(new Point2D.Double(index.x(0), index.y(0)), null);
        double[] ink = inkCentreAndSize(img);
        assertThat(ink[0]).isCloseTo(expected.getX(), within(1.0));
        assertThat(ink[1]).isCloseTo(expected.getY(), within(1.0));
    }

    @Test
    void aHiDpiFrameDrawsTheMarkerTwiceAsLargeAtTheSamePlace() throws Exception {
        List<Event> events = List.of(incident("banjska", 20.8656, 42.9075, new Precision(Precision.Level.EXACT, 0)));
        double[] screen = inkCentreAndSize(paint(new MarkerPainter(), frame(events, viewport(600, 1), Set.of())));
        double[] print = inkCentreAndSize(paint(new MarkerPainter(), frame(events, viewport(1200, 2), Set.of())));

        assertThat(print[0]).isCloseTo(2 * screen[0], within(1.0));
        assertThat(print[1]).isCloseTo(2 * screen[1], within(1.0));
        assertThat(print[2]).isCloseTo(2 * screen[2], within(2.0));
    }

    @Test
    void anApproximateEventShowsItsUncertaintyCircleAtMapScale() throws Exception {
        MarkerPainter painter = new MarkerPainter();
        Viewport vp = viewport(600, 1);
        // 5 km at 100 m per pixel: a 50 px radius
        Frame frame = frame(
                List.of(incident("near", 20.8656, 42.9075, new Precision(Precision.Level.APPROXIMATE, 5))),
                vp,
                Set.of());
        BufferedImage img = paint(painter, frame);
        var index = painter.indexFor(frame);
        Point2D c = vp.worldToScreen().transform(new Point2D.Double(index.x(0), index.y(0)), null);

        int cx = (int) c.getX(), cy = (int) c.getY();
        assertThat(img.getRGB(cx + 30, cy) >>> 24).as("inside the circle").isGreaterThan(0);
        assertThat(img.getRGB(cx + 60, cy) >>> 24).as("outside the circle").isZero();
        // the line is dashed: look for it all round, at 50 px from the centre
        int onLine = 0;
        for (int deg = 0; deg < 360; deg++) {
            double a = Math.toRadians(deg);
            int x = (int) Math.round(c.getX() + 50 * Math.cos(a) - 0.5),
                    y = (int) Math.round(c.getY() + 50 * Math.sin(a) - 0.5);
            if ((img.getRGB(x, y) >>> 24) > 100) onLine++;
        }
        assertThat(onLine).as("degrees of the circle line found at 50 px").isGreaterThan(120);
    }

    @Test
    void clusteredEventsShowTheirUncertaintyCirclesOnlyWhenEveryOneIsAskedFor() throws Exception {
        List<Event> events = List.of(
                incident("a", 20.8656, 42.9075, new Precision(Precision.Level.APPROXIMATE, 5)),
                incident("b", 20.8700, 42.9075, new Precision(Precision.Level.APPROXIMATE, 5)));
        Viewport vp = viewport(600, 1);
        // 360 m apart at 100 m per pixel: one cluster; each circle is 50 px round its own event
        Frame plain = frame(events, vp, Set.of());
        Frame every = plain.withOptions(plain.options().withAllUncertainty(true));
        MarkerPainter painter = new MarkerPainter();
        BufferedImage without = paint(painter, plain);
        BufferedImage with = paint(painter, every);
        var index = painter.indexFor(plain);
        Point2D a = vp.worldToScreen().transform(new Point2D.Double(index.x(0), index.y(0)), null);
        int ax = (int) a.getX(), ay = (int) a.getY();

        assertThat(ClusterSymbol.radiusPx(2)).isLessThan(30);
        assertThat(without.getRGB(ax - 30, ay) >>> 24)
                .as("no circle round a clustered event")
                .isZero();
        assertThat(with.getRGB(ax - 30, ay) >>> 24).as("its circle, asked for").isGreaterThan(0);
        assertThat(with.getRGB(ax - 60, ay) >>> 24).as("outside both circles").isZero();
        int onLine = 0;
        for (int deg = 90; deg < 270; deg++) {
            double t = Math.toRadians(deg);
            int x = (int) Math.round(a.getX() + 50 * Math.cos(t) - 0.5),
                    y = (int) Math.round(a.getY() + 50 * Math.sin(t) - 0.5);
            if ((with.getRGB(x, y) >>> 24) > 100) onLine++;
        }
        assertThat(onLine)
                .as("degrees of the west half of event a's circle line at 50 px")
                .isGreaterThan(60);
    }

    @Test
    void aSelectedEventIsHighlighted() throws Exception {
        List<Event> events = List.of(incident("banjska", 20.8656, 42.9075, new Precision(Precision.Level.EXACT, 0)));
        BufferedImage plain = paint(new MarkerPainter(), frame(events, viewport(600, 1), Set.of()));
        BufferedImage selected = paint(new MarkerPainter(), frame(events, viewport(600, 1), Set.of("banjska")));

        assertThat(countColour(plain, SymbolPalette.SELECTED)).isZero();
        assertThat(countColour(selected, SymbolPalette.SELECTED)).isGreaterThan(50);
    }

    @Test
    void nearbyEventsMergeIntoOneClusterAndSplitWhenZoomedIn() throws Exception {
        List<Event> events = List.of(
                incident("a", 20.8656, 42.9075, new Precision(Precision.Level.EXACT, 0)),
                incident("b", 20.8700, 42.9075, new Precision(Precision.Level.EXACT, 0)));
        // 360 m apart: 3.6 px at 100 m/px, 36 px at 10 m/px
        double[] far = inkCentreAndSize(paint(new MarkerPainter(), frame(events, viewport(600, 1), Set.of())));
        Viewport zoomed =
                new Viewport(new ReferencedEnvelope(486_000, 492_000, 4_747_000, 4_753_000, utm34), 600, 600, 1);
        double[] near = inkCentreAndSize(paint(new MarkerPainter(), frame(events, zoomed, Set.of())));

        assertThat(far[2]).as("one cluster disc").isLessThan(2 * (ClusterSymbol.radiusPx(2) + 6));
        assertThat(near[2]).as("two markers side by side").isGreaterThan(36 + 2 * IncidentSymbol.RADIUS_PX);
    }

    /** 600 x 600 px, 1.2 km square around Zvečan: about 1:7,000 at 2 m per pixel. */
    private static Viewport zvecanStreets() throws Exception {
        Point2D z = new Point2D.Double(20.84028, 42.9075);
        double[] xy = {z.getX(), z.getY()};
        CRS.findMathTransform(org.geotools.referencing.crs.DefaultGeographicCRS.WGS84, utm34, true)
                .transform(xy, 0, xy, 0, 1);
        return new Viewport(
                new ReferencedEnvelope(xy[0] - 600, xy[0] + 600, xy[1] - 600, xy[1] + 600, utm34), 600, 600, 1);
    }

    private static List<Event> sevenAtZvecan() {
        List<Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++)
            events.add(incident("z" + i, 20.84028, 42.9075, new Precision(Precision.Level.SETTLEMENT, 0)));
        return events;
    }

    @Test
    void eventsAtOneSpotAreFannedOutWithLeaderLinesAtALargeScale() throws Exception {
        Viewport vp = zvecanStreets();
        List<Rectangle2D> footprints = new java.util.ArrayList<>();
        BufferedImage img = new BufferedImage(600, 600, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        new MarkerPainter().paint(g, frame(sevenAtZvecan(), vp, Set.of()), footprints::add);
        g.dispose();

        assertThat(vp.scaleDenominator()).isLessThan(Clusters.FAN_MAX_SCALE_DENOMINATOR);
        assertThat(footprints).as("one symbol per event, not one counted disc").hasSize(7);
        for (int i = 0; i < footprints.size(); i++)
            for (int j = i + 1; j < footprints.size(); j++)
                assertThat(footprints.get(i).intersects(footprints.get(j)))
                        .as("symbols %d and %d apart", i, j)
                        .isFalse();
        // the leader lines meet at the spot, where a dot marks it
        assertThat(img.getRGB(300, 300) >>> 24).isGreaterThan(100);
    }

    @Test
    void eventsAtOneSpotStayOneClusterAtARegionalScale() throws Exception {
        List<Rectangle2D> footprints = new java.util.ArrayList<>();
        BufferedImage img = new BufferedImage(600, 600, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        new MarkerPainter().paint(g, frame(sevenAtZvecan(), viewport(600, 1), Set.of()), footprints::add);
        g.dispose();

        assertThat(footprints).hasSize(1);
    }

    @Test
    void aSelectedEventInsideAClusterLeavesTheClusterCountOnTop() throws Exception {
        List<Event> events = List.of(
                incident("a", 20.8656, 42.9075, new Precision(Precision.Level.EXACT, 0)),
                incident("b", 20.8700, 42.9075, new Precision(Precision.Level.EXACT, 0)));
        Viewport vp = viewport(600, 1);
        MarkerPainter painter = new MarkerPainter();
        BufferedImage plain = paint(painter, frame(events, vp, Set.of()));
        BufferedImage selected = paint(painter, frame(events, vp, Set.of("a")));
        Clusters clusters = Clusters.of(painter.indexFor(frame(events, vp, Set.of())), vp, Clusters.DEFAULT_RADIUS_PX);
        Point2D centre = vp.worldToScreen()
                .transform(
                        new Point2D.Double(
                                clusters.all().get(0).x(), clusters.all().get(0).y()),
                        null);

        // the disc with its count is drawn last: its middle reads as with nothing selected (the translucent disc
        // drawn twice is a shade darker), not as the red incident symbol drawn over it
        int r = 4;
        for (int dy = -r; dy <= r; dy++)
            for (int dx = -r; dx <= r; dx++) {
                java.awt.Color a =
                        new java.awt.Color(selected.getRGB((int) centre.getX() + dx, (int) centre.getY() + dy));
                java.awt.Color b = new java.awt.Color(plain.getRGB((int) centre.getX() + dx, (int) centre.getY() + dy));
                assertThat(Math.abs(a.getRed() - b.getRed())
                                + Math.abs(a.getGreen() - b.getGreen())
                                + Math.abs(a.getBlue() - b.getBlue()))
                        .as("pixel %d,%d", dx, dy)
                        .isLessThan(60);
            }
        assertThat(countColour(selected, SymbolPalette.SELECTED))
                .as("the highlight shows around it")
                .isGreaterThan(0);
    }

    @Test
    void theIndexIsReusedWhileEventsAndCrsStayTheSame() throws Exception {
        MarkerPainter painter = new MarkerPainter();
        List<Event> events =
                List.copyOf(List.of(incident("a", 20.8656, 42.9075, new Precision(Precision.Level.EXACT, 0))));
        var first = painter.indexFor(frame(events, viewport(600, 1), Set.of()));

        assertThat(painter.indexFor(frame(events, viewport(300, 1), Set.of("a"))))
                .isSameAs(first);
        assertThat(painter.indexFor(new Frame(
                        new MapModel(List.of(), CRS.decode("EPSG:4326", true), ""),
                        new Viewport(
                                new ReferencedEnvelope(20, 21, 42, 43, CRS.decode("EPSG:4326", true)), 100, 100, 1),
                        events,
                        Set.of())))
                .isNotSameAs(first);
    }

    /** Paints a busy synthetic scene to target/symbols/map.png for a person to judge clusters, routes and circles. */
    @Test
    void previewSceneRendersWithoutError() throws Exception {
        Random r = new Random(42);
        List<Event> events = new ArrayList<>();
        String[] incidents = {
            "armed_clash",
            "attack",
            "shooting",
            "explosion",
            "arrest",
            "weapons_seizure",
            "protest",
            "roadblock",
            "border_closure"
        };
        for (int i = 0; i < 400; i++) {
            double lon = 20.7 + r.nextGaussian() * 0.05, lat = 42.9 + r.nextGaussian() * 0.04;
            events.add(EventFixtures.event(
                    "i" + i,
                    EventKind.INCIDENT,
                    incidents[i % incidents.length],
                    EventFixtures.GEOMETRIES.createPoint(new Coordinate(lon, lat)),
                    new Precision(Precision.Level.EXACT, 0),
                    new Casualties(i % 7 == 0 ? 3 : i % 5 == 0 ? 1 : 0, i % 3, null, List.of()),
                    List.of(),
                    Confidence.REPORTED));
        }
        String[] units = {"armour", "artillery", "infantry", "air_defence", "peacekeeping", "police"};
        String[] actors = {"Serbian Armed Forces", "KFOR", "Kosovo Police", "Serbian MUP", "EULEX", "KFOR"};
        for (int i = 0; i < units.length; i++)
            events.add(EventFixtures.event(
                    "u" + i,
                    EventKind.DEPLOYMENT,
                    units[i],
                    EventFixtures.GEOMETRIES.createPoint(new Coordinate(20.55 + 0.08 * i, 43.12 - 0.03 * (i % 2))),
                    new Precision(Precision.Level.SETTLEMENT, 0),
                    Casualties.NONE_REPORTED,
                    List.of(actors[i]),
                    Confidence.REPORTED));
        events.add(EventFixtures.event(
                "approx",
                EventKind.INCIDENT,
                "shooting",
                EventFixtures.GEOMETRIES.createPoint(new Coordinate(21.0, 42.75)),
                new Precision(Precision.Level.APPROXIMATE, 3),
                new Casualties(0, 2, 0, List.of()),
                List.of(),
                Confidence.CLAIMED));
        events.add(EventFixtures.event(
                "route",
                EventKind.DEPLOYMENT,
                "armour",
                EventFixtures.GEOMETRIES.createLineString(new Coordinate[] {
                    new Coordinate(20.5, 42.7), new Coordinate(20.6, 42.72), new Coordinate(20.65, 42.8)
                }),
                new Precision(Precision.Level.SETTLEMENT, 0),
                Casualties.NONE_REPORTED,
                List.of("Serbian Armed Forces"),
                Confidence.REPORTED));
        events.add(EventFixtures.event(
                "area",
                EventKind.INCIDENT,
                "border_closure",
                EventFixtures.GEOMETRIES.createPolygon(new Coordinate[] {
                    new Coordinate(20.95, 43.0),
                    new Coordinate(21.1, 43.0),
                    new Coordinate(21.1, 43.1),
                    new Coordinate(20.95, 43.1),
                    new Coordinate(20.95, 43.0)
                }),
                new Precision(Precision.Level.REGION, 0),
                Casualties.NONE_REPORTED,
                List.of(),
                Confidence.CONFIRMED));
        events.add(EventFixtures.event(
                "diplo",
                EventKind.DIPLOMATIC,
                "statement",
                EventFixtures.GEOMETRIES.createPoint(new Coordinate(20.45, 42.95)),
                new Precision(Precision.Level.REGION, 0),
                Casualties.NONE_REPORTED,
                List.of(),
                Confidence.CONFIRMED));
        Viewport vp = new Viewport(new ReferencedEnvelope(440_000, 520_000, 4_720_000, 4_780_000, utm34), 800, 600, 1);
        BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xf2, 0xef, 0xe6));
        g.fillRect(0, 0, 800, 600);
        new MarkerPainter().paint(g, frame(events, vp, Set.of("i7")), footprint -> {});
        g.dispose();
        Path out = Path.of("target", "symbols", "map.png");
        Files.createDirectories(out.getParent());
        ImageIO.write(img, "png", out.toFile());
        assertThat(Files.size(out)).isGreaterThan(1000);
    }

    private static int countColour(BufferedImage img, Color c) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) if ((img.getRGB(x, y) & 0xffffff) == (c.getRGB() & 0xffffff)) n++;
        return n;
    }
}
