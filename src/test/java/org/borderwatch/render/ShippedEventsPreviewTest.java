package org.borderwatch.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Event;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;

/**
 * Paints the shipped events (data/events.geojson) with the Kosovo–Serbia boundary to
 * target/symbols/shipped.png (and a close-up of the north, shipped-north.png), for a person to judge
 * the markers on real data.
 */
class ShippedEventsPreviewTest {

    @Test
    void everyShippedPointEventGetsAMarker() throws Exception {
        List<Event> events = readShippedEvents();
        CoordinateReferenceSystem utm34 = CRS.decode("EPSG:32634");
        MarkerPainter painter = new MarkerPainter();
        Frame region = paintTo(
                painter,
                events,
                utm34,
                new ReferencedEnvelope(400_000, 600_000, 4_640_000, 4_840_000, utm34),
                "shipped.png");
        paintTo(
                painter,
                events,
                utm34,
                new ReferencedEnvelope(465_000, 515_000, 4_735_000, 4_785_000, utm34),
                "shipped-north.png");

        assertThat(events).hasSizeGreaterThan(50);
        assertThat(painter.indexFor(region).unplaced()).isEmpty();
    }

    private static Frame paintTo(
            MarkerPainter painter,
            List<Event> events,
            CoordinateReferenceSystem utm34,
            ReferencedEnvelope area,
            String name)
            throws Exception {
        Viewport vp = new Viewport(area, 1000, 1000, 1);
        BufferedImage img = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xf2, 0xef, 0xe6));
        g.fillRect(0, 0, 1000, 1000);
        paintBoundary(g, vp, CRS.findMathTransform(CRS.decode("EPSG:4326", true), utm34));
        Frame frame = new Frame(
                new MapModel(List.of(), utm34, ""),
                vp,
                events,
                Set.of(events.get(0).id()));
        painter.paint(g, frame, footprint -> {});
        g.dispose();
        Path out = Path.of("target", "symbols", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(img, "png", out.toFile());
        return frame;
    }

    private static List<Event> readShippedEvents() throws Exception {
        GeoJsonEventStore store = GeoJsonEventStore.open(Path.of("data", "events.geojson"));
        assertThat(store.loadReport().problems()).isEmpty();
        return store.all();
    }

    private static void paintBoundary(Graphics2D g, Viewport vp, MathTransform toUtm) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(Path.of("maps", "boundary_kosovo_serbia.shp")));
        b.order(ByteOrder.LITTLE_ENDIAN);
        b.position(148);
        int points = b.getInt();
        b.position(156);
        Path2D line = new Path2D.Double();
        double[] xy = new double[2];
        for (int i = 0; i < points; i++) {
            toUtm.transform(new double[] {b.getDouble(), b.getDouble()}, 0, xy, 0, 1);
            Point2D px = vp.worldToScreen().transform(new Point2D.Double(xy[0], xy[1]), null);
            if (i == 0) line.moveTo(px.getX(), px.getY());
            else line.lineTo(px.getX(), px.getY());
        }
        g.setColor(new Color(0x55, 0x55, 0x55));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 4f, new float[] {8f, 4f}, 0f));
        g.draw(line);
    }
}
