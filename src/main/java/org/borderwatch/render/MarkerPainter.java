package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.borderwatch.analysis.Clusters;
import org.borderwatch.analysis.EventIndex;
import org.borderwatch.events.model.Event;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.marker.ClusterSymbol;
import org.borderwatch.render.marker.EventSymbol;
import org.borderwatch.render.marker.MarkerSprites;
import org.borderwatch.render.marker.SymbolPalette;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.LiteShape;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;

/**
 * Paints those of a frame's events its time window shows ({@link MapTime#eventsIn}) over the base map: routes and areas, uncertainty circles, then one symbol
 * per cluster (a single event's own symbol, or a counted disc), and selected events on top with a
 * highlight even when they sit inside a cluster. The projected events are cached per event list and
 * display CRS, so a frame only clusters and paints; on raster outputs the symbols are blitted from
 * {@link MarkerSprites}. Not thread-safe; one per render thread.
 */
final class MarkerPainter {

    private static final Color UNCERTAINTY_FILL = new Color(0x26, 0x2b, 0x33, 22);
    private static final Color UNCERTAINTY_LINE = new Color(0x26, 0x2b, 0x33, 150);
    private static final Color FAN_LEADER = new Color(0x26, 0x2b, 0x33, 190);

    private final MarkerSprites sprites = new MarkerSprites();
    private EventIndex index;
    /** The frame's events and time the index was taken for: it holds those of the list in that window. */
    private List<Event> indexedFrom;

    private MapTime indexedTime;

    /**
     * Paints the frame's events onto {@code g}, whose user space is the viewport's device pixels, and
     * hands the area each symbol covers to {@code footprints}, so labels can keep clear of markers.
     *
     * @throws FactoryException if GeoTools knows no transform from WGS 84 to the map's display CRS
     */
    void paint(Graphics2D g, Frame frame, Consumer<Rectangle2D> footprints) throws FactoryException {
        if (frame.events().isEmpty()) return;
        EventIndex idx = indexFor(frame);
        if (idx.events().isEmpty()) return;
        Viewport vp = frame.viewport();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.clip(new Rectangle2D.Double(0, 0, vp.widthPx(), vp.heightPx()));
            AffineTransform toScreen = vp.worldToScreen();
            double scale = vp.pixelScale();
            paintShapes(g2, idx, toScreen, scale);
            Clusters clusters = Clusters.of(idx, vp, Clusters.DEFAULT_RADIUS_PX);
            paintUncertainty(
                    g2,
                    idx,
                    clusters,
                    toScreen,
                    vp.unitsPerPixel(),
                    scale,
                    frame.options().allUncertainty());
            boolean blit = MarkerSprites.fit(g2, frame.options().target().isRaster());
            if (blit) sprites.begin(g2, scale);
            Map<String, Point2D> fannedAt = new HashMap<>();
            for (Clusters.Cluster c : clusters.all()) {
                Point2D p = toScreen.transform(new Point2D.Double(c.x(), c.y()), null);
                if (clusters.fanned(c)) {
                    paintFan(g2, c, p, clusters.fanPositions(c), scale, blit, footprints, fannedAt);
                } else if (c.size() == 1) {
                    if (blit) sprites.paintEvent(g2, c.single(), p.getX(), p.getY());
                    else EventSymbol.paint(g2, c.single(), p.getX(), p.getY(), scale);
                    footprints.accept(EventSymbol.outline(c.single().kind(), p.getX(), p.getY(), scale, 0)
                            .getBounds2D());
                } else {
                    if (blit) sprites.paintCluster(g2, c.size(), c.kindCounts(), p.getX(), p.getY());
                    else ClusterSymbol.paint(g2, c.size(), c.kindCounts(), p.getX(), p.getY(), scale);
                    footprints.accept(ClusterSymbol.footprint(c.size(), p.getX(), p.getY(), scale));
                }
            }
            paintSelected(g2, idx, frame.selectedIds(), toScreen, scale, blit, fannedAt);
            repaintCountsOverSelected(g2, clusters, frame.selectedIds(), toScreen, scale, blit);
        } finally {
            g2.dispose();
        }
    }

    /**
     * Events at one spot, fanned out around it: a leader line from the spot to each symbol, a dot on the spot, and
     * the symbols on the circle {@link Clusters#fanPositions} gives, where the map's picker looks for them too.
     */
    private void paintFan(
            Graphics2D g,
            Clusters.Cluster c,
            Point2D spot,
            Point2D[] at,
            double scale,
            boolean blit,
            Consumer<Rectangle2D> footprints,
            Map<String, Point2D> fannedAt) {
        g.setColor(FAN_LEADER);
        g.setStroke(new BasicStroke((float) (1.2 * scale)));
        for (Point2D p : at) g.draw(new Line2D.Double(spot, p));
        double r = 3 * scale;
        g.fill(new Ellipse2D.Double(spot.getX() - r, spot.getY() - r, 2 * r, 2 * r));
        for (int i = 0; i < at.length; i++) {
            Event e = c.members().get(i);
            if (blit) sprites.paintEvent(g, e, at[i].getX(), at[i].getY());
            else EventSymbol.paint(g, e, at[i].getX(), at[i].getY(), scale);
            footprints.accept(EventSymbol.outline(e.kind(), at[i].getX(), at[i].getY(), scale, 0)
                    .getBounds2D());
            fannedAt.put(e.id(), at[i]);
        }
    }

    /**
     * A selected event inside a cluster is drawn over it; the cluster's symbol goes back on top so its count stays
     * readable, the selection's highlight still showing around it.
     */
    private void repaintCountsOverSelected(
            Graphics2D g,
            Clusters clusters,
            Set<String> selectedIds,
            AffineTransform toScreen,
            double scale,
            boolean blit) {
        if (selectedIds.isEmpty()) return;
        for (Clusters.Cluster c : clusters.all()) {
            if (c.size() == 1 || clusters.fanned(c)) continue;
            if (c.members().stream().noneMatch(e -> selectedIds.contains(e.id()))) continue;
            Point2D p = toScreen.transform(new Point2D.Double(c.x(), c.y()), null);
            if (blit) sprites.paintCluster(g, c.size(), c.kindCounts(), p.getX(), p.getY());
            else ClusterSymbol.paint(g, c.size(), c.kindCounts(), p.getX(), p.getY(), scale);
        }
    }

    /**
     * The index, in the display CRS, of the frame's events that its time window shows: this painter's while list,
     * window and CRS stay the same, else the one the frame's cache holds (which the map's picker uses too), or a
     * new one.
     */
    EventIndex indexFor(Frame frame) throws FactoryException {
        CoordinateReferenceSystem crs = frame.model().displayCrs();
        MapTime time = frame.time();
        // Frame copies its list with List.copyOf, which keeps an unmodifiable list as is: same list, same events
        if (index == null
                || indexedFrom != frame.events()
                || !time.equals(indexedTime)
                || !index.displayCrs().equals(crs)) {
            index = frame.indexes() != null
                    ? frame.indexes().indexOf(frame.events(), time.from(), time.to(), crs)
                    : EventIndex.build(time.eventsIn(frame.events()), crs);
            indexedFrom = frame.events();
            indexedTime = time;
        }
        return index;
    }

    private static void paintShapes(Graphics2D g, EventIndex idx, AffineTransform toScreen, double scale) {
        for (int position : idx.shapePositions()) {
            Geometry shape = idx.shape(position);
            Event e = idx.event(position);
            Color colour = SymbolPalette.fill(e);
            Shape onScreen = new LiteShape(shape, toScreen, false);
            if (shape instanceof Lineal) {
                g.setColor(SymbolPalette.HALO);
                g.setStroke(new BasicStroke((float) (5 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(onScreen);
                g.setColor(colour.darker());
                g.setStroke(new BasicStroke((float) (2.5 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(onScreen);
            } else {
                g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 56));
                g.fill(onScreen);
                g.setColor(colour.darker());
                g.setStroke(new BasicStroke(
                        (float) (1.5 * scale),
                        BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND,
                        4f,
                        new float[] {(float) (6 * scale), (float) (3 * scale)},
                        0f));
                g.draw(onScreen);
            }
        }
    }

    /**
     * Circles of radius {@code precision.radius_km} at the map's scale, for approximate events drawn on their own:
     * alone, or fanned out from a spot they share; with {@code every}, also for each event inside a cluster, about
     * its own point, so the map shows where every event may have been.
     */
    private static void paintUncertainty(
            Graphics2D g,
            EventIndex idx,
            Clusters clusters,
            AffineTransform toScreen,
            double unitsPerPixel,
            double scale,
            boolean every) {
        g.setStroke(new BasicStroke(
                (float) scale,
                BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND,
                4f,
                new float[] {(float) (4 * scale), (float) (3 * scale)},
                0f));
        // equal circles about one point are drawn once, or seventeen translucent fills would darken the map to grey
        Set<List<Double>> drawn = new HashSet<>();
        for (Clusters.Cluster c : clusters.all()) {
            boolean own = c.size() == 1 || clusters.fanned(c);
            if (!own && !every) continue;
            for (int position : c.positions()) {
                double r = idx.radius(position) / unitsPerPixel;
                if (r <= 0) continue;
                // members of a fanned spot are drawn one by one, each with its circle about the spot
                Point2D p = own
                        ? toScreen.transform(new Point2D.Double(c.x(), c.y()), null)
                        : toScreen.transform(new Point2D.Double(idx.x(position), idx.y(position)), null);
                if (!drawn.add(List.of(p.getX(), p.getY(), r))) continue;
                Ellipse2D circle = new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
                g.setColor(UNCERTAINTY_FILL);
                g.fill(circle);
                g.setColor(UNCERTAINTY_LINE);
                g.draw(circle);
            }
        }
    }

    /** The symbol over its highlight is drawn as unselected ones are, so selecting does not move it. */
    private void paintSelected(
            Graphics2D g,
            EventIndex idx,
            Set<String> selectedIds,
            AffineTransform toScreen,
            double scale,
            boolean blit,
            Map<String, Point2D> fannedAt) {
        if (selectedIds.isEmpty()) return;
        for (String id : selectedIds) {
            int position = idx.positionOf(id);
            if (position < 0 || Double.isNaN(idx.x(position))) continue;
            Point2D p = fannedAt.containsKey(id)
                    ? fannedAt.get(id)
                    : toScreen.transform(new Point2D.Double(idx.x(position), idx.y(position)), null);
            Event e = idx.event(position);
            EventSymbol.paintSelection(g, e.kind(), p.getX(), p.getY(), scale);
            if (blit) sprites.paintEvent(g, e, p.getX(), p.getY());
            else EventSymbol.paint(g, e, p.getX(), p.getY(), scale);
        }
    }
}
