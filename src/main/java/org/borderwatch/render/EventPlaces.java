package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.PlaceAlternative;
import org.borderwatch.gazetteer.GazetteerPlace;
import org.borderwatch.gazetteer.PlaceNames;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.label.LabelPlacer;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;

/**
 * The places a frame's events sit at, drawn beside their markers: where reports disagree on the place, a dashed
 * link from the event to each other reported place and a small hollow mark there; and at large scales the name of
 * each gazetteer site an event or an alternative names (a crossing gate, a monastery, a village), in the frame's
 * name style, unless a base layer already labels that place. Not thread-safe: it caches the transform of the last
 * display CRS.
 */
final class EventPlaces {

    /** Site names are drawn at this scale and larger, where a village's name is legible beside its markers. */
    static final double SITE_LABEL_MAX_SCALE = 300_000;

    private static final Color LINK = new Color(0x3B, 0x3F, 0x46, 210);
    private static final Color HALO = new Color(255, 255, 255, 200);
    private static final Color SITE_INK = new Color(0x4A, 0x2A, 0x12);
    private static final double HOLLOW_RADIUS_PX = 5;

    private CoordinateReferenceSystem cachedCrs;
    private MathTransform toDisplay;

    /**
     * Draws the alternatives of the frame's point events and hands each hollow mark's area to {@code footprints}.
     *
     * @throws IllegalStateException if GeoTools knows no transform from WGS 84 to the display CRS
     */
    void paintAlternatives(Graphics2D g, Frame frame, Consumer<Rectangle2D> footprints) {
        Viewport vp = frame.viewport();
        double s = vp.pixelScale();
        Graphics2D g2 = null;
        try {
            for (Event e : frame.events()) {
                if (e.location() == null || e.location().alternatives().isEmpty() || !e.isPoint()) continue;
                if (g2 == null) {
                    g2 = (Graphics2D) g.create();
                    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                }
                Point2D from = screen(frame, e.lon(), e.lat());
                for (PlaceAlternative alt : e.location().alternatives()) {
                    Point2D to = screen(frame, alt.lon(), alt.lat());
                    if (from == null || to == null || from.distance(to) < 1) continue;
                    Line2D link = new Line2D.Double(from, to);
                    if (!link.intersects(0, 0, vp.widthPx(), vp.heightPx())) continue;
                    g2.setColor(HALO);
                    g2.setStroke(new BasicStroke((float) (3 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g2.draw(link);
                    g2.setColor(LINK);
                    g2.setStroke(new BasicStroke(
                            (float) (1.3 * s),
                            BasicStroke.CAP_BUTT,
                            BasicStroke.JOIN_ROUND,
                            4f,
                            new float[] {(float) (6 * s), (float) (4 * s)},
                            0f));
                    g2.draw(link);
                    double r = HOLLOW_RADIUS_PX * s;
                    Ellipse2D mark = new Ellipse2D.Double(to.getX() - r, to.getY() - r, 2 * r, 2 * r);
                    g2.setColor(HALO);
                    g2.setStroke(new BasicStroke((float) (4 * s)));
                    g2.draw(mark);
                    g2.setColor(LINK);
                    g2.setStroke(new BasicStroke((float) (2 * s)));
                    g2.draw(mark);
                    footprints.accept(mark.getBounds2D());
                }
            }
        } finally {
            if (g2 != null) g2.dispose();
        }
    }

    /**
     * The names of the gazetteer sites the frame's events and their alternatives sit at, as label candidates at
     * their points, when the frame is at {@link #SITE_LABEL_MAX_SCALE} or larger and has names to write them in.
     * Places whose GeoNames id is in {@code labelledByLayers} (asked only when there are sites) are left to their layer.
     */
    List<LabelPlacer.Candidate> siteLabels(Frame frame, Supplier<Set<Long>> labelledByLayers) {
        PlaceNames names = frame.options().names();
        Viewport vp = frame.viewport();
        if (names == null || vp.scaleDenominator() > SITE_LABEL_MAX_SCALE) return List.of();
        Map<String, GazetteerPlace> sites = new LinkedHashMap<>();
        for (Event e : frame.events()) {
            if (e.location() == null) continue;
            names.place(e.location().gazetteer()).ifPresent(p -> sites.putIfAbsent(p.id(), p));
            for (PlaceAlternative alt : e.location().alternatives())
                names.place(alt.gazetteer()).ifPresent(p -> sites.putIfAbsent(p.id(), p));
        }
        if (sites.isEmpty()) return List.of();
        Set<Long> layerIds = labelledByLayers.get();
        double s = vp.pixelScale();
        LabelPlacer.TextStyle style = new LabelPlacer.TextStyle(
                new Font("DejaVu Sans", Font.ITALIC | Font.BOLD, (int) Math.round(10.5 * s)),
                SITE_INK,
                new Color(255, 255, 255, 225),
                (float) (1.8 * s),
                11 * s);
        List<LabelPlacer.Candidate> out = new ArrayList<>();
        for (GazetteerPlace p : sites.values()) {
            if (layerIds.contains(geonameId(p.id()))) continue;
            Point2D at = screen(frame, p.lon(), p.lat());
            if (at == null || !new Rectangle2D.Double(0, 0, vp.widthPx(), vp.heightPx()).contains(at)) continue;
            // above village names: the site is what the events on the map are about
            out.add(new LabelPlacer.Candidate(
                    names.label(p), at.getX(), at.getY(), 200, style, out.size(), false, 0, null));
        }
        return out;
    }

    /** The GeoNames id of a gazetteer id "geonames:N", else -1. */
    static long geonameId(String id) {
        if (!id.startsWith("geonames:")) return -1;
        try {
            return Long.parseLong(id.substring("geonames:".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Point2D screen(Frame frame, double lon, double lat) {
        double[] xy = {lon, lat};
        try {
            transformTo(frame.model().displayCrs()).transform(xy, 0, xy, 0, 1);
        } catch (TransformException e) {
            // a place outside the display CRS's area is not on this map
            return null;
        }
        return frame.viewport().worldToScreen().transform(new Point2D.Double(xy[0], xy[1]), null);
    }

    private MathTransform transformTo(CoordinateReferenceSystem crs) {
        if (crs != cachedCrs) {
            try {
                toDisplay = CRS.findMathTransform(DefaultGeographicCRS.WGS84, crs, true);
            } catch (FactoryException e) {
                throw new IllegalStateException("no transform from WGS 84 to " + crs.getName(), e);
            }
            cachedCrs = crs;
        }
        return toDisplay;
    }
}
