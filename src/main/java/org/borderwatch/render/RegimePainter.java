package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.borderwatch.analysis.GroundSafetyZone;
import org.borderwatch.crossings.Crossing;
import org.borderwatch.crossings.CrossingStatus;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.marker.CrossingSymbol;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Paints a frame's border regime: the Ground Safety Zone hatched under the event markers, and each crossing's
 * status symbol with its name over them. Both are drawn for the frame's day ({@link MapTime#day()}): the zone from
 * the day of the 1999 agreement on, crossings by their history (unknown where the history has a gap, and on a
 * frame with no day). The zone is projected once per zone and display CRS. Hatching is drawn as lines, not a
 * texture, so SVG and PDF keep it as vectors. Not thread-safe; one per render thread.
 */
final class RegimePainter {

    /** The zone's colour: a violet apart from the event palette and the boundary's. */
    static final Color GSZ_COLOUR = new Color(0x6A, 0x3D, 0x9A);

    private static final Color GSZ_FILL = new Color(0x6A, 0x3D, 0x9A, 28);
    private static final double HATCH_SPACING = 7;
    private static final Color HALO = new Color(255, 255, 255, 220);
    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);

    private GroundSafetyZone projectedZone;
    private CoordinateReferenceSystem projectedCrs;
    private Geometry zoneInCrs;

    /**
     * Paints the zone if the frame draws it and it was in force on the frame's day (or the frame has no day).
     *
     * @throws IllegalStateException if the zone cannot be projected into the display CRS
     */
    void paintZone(Graphics2D g, Frame frame) {
        Regime regime = frame.regime();
        LocalDate day = frame.time().day();
        if (!regime.drawsGsz() || (day != null && !regime.gsz().inForceOn(day))) return;
        Geometry zone = zoneIn(regime.gsz(), frame.model().displayCrs());
        Viewport v = frame.viewport();
        double s = v.pixelScale();
        Shape shape = screenPath(zone, v.worldToScreen());
        Graphics2D c = (Graphics2D) g.create();
        try {
            c.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            c.clip(new Rectangle2D.Double(0, 0, v.widthPx(), v.heightPx()));
            c.setColor(GSZ_FILL);
            c.fill(shape);
            hatch(c, shape, s);
            c.setColor(GSZ_COLOUR);
            c.setStroke(new BasicStroke(
                    (float) (1.2 * s),
                    BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_ROUND,
                    4f,
                    new float[] {(float) (5 * s), (float) (3 * s)},
                    0f));
            c.draw(shape);
        } finally {
            c.dispose();
        }
    }

    /** Diagonal lines across the shape's visible part, clipped to it. */
    static void hatch(Graphics2D g, Shape shape, double scale) {
        Graphics2D c = (Graphics2D) g.create();
        try {
            c.clip(shape);
            Rectangle2D b = c.getClipBounds() == null
                    ? shape.getBounds2D()
                    : c.getClipBounds().getBounds2D();
            c.setColor(GSZ_COLOUR);
            c.setStroke(new BasicStroke((float) (0.9 * scale)));
            double step = HATCH_SPACING * scale;
            double start = Math.floor((b.getMinX() - b.getHeight()) / step) * step;
            for (double x = start; x <= b.getMaxX(); x += step)
                c.draw(new Line2D.Double(x, b.getMaxY(), x + b.getHeight(), b.getMinY()));
        } finally {
            c.dispose();
        }
    }

    /**
     * Paints each crossing's symbol for its status on the frame's day and its name, and hands their areas to
     * {@code footprints} so labels keep clear.
     *
     * @throws IllegalStateException if GeoTools knows no transform from WGS 84 to the display CRS
     */
    void paintCrossings(Graphics2D g, Frame frame, Consumer<Rectangle2D> footprints) {
        Regime regime = frame.regime();
        if (!regime.drawsCrossings()) return;
        LocalDate day = frame.time().day();
        Viewport v = frame.viewport();
        double s = v.pixelScale();
        MathTransform toDisplay = toDisplay(frame.model().displayCrs());
        AffineTransform toScreen = v.worldToScreen();
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(10 * s));
        Graphics2D c = (Graphics2D) g.create();
        try {
            c.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            c.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            c.clip(new Rectangle2D.Double(0, 0, v.widthPx(), v.heightPx()));
            for (Crossing crossing : regime.crossings()) {
                double[] xy = {crossing.lon(), crossing.lat()};
                try {
                    toDisplay.transform(xy, 0, xy, 0, 1);
                } catch (TransformException e) {
                    continue; // outside the projection's domain: not on this map
                }
                Point2D p = toScreen.transform(new Point2D.Double(xy[0], xy[1]), null);
                if (p.getX() < -50 * s
                        || p.getY() < -50 * s
                        || p.getX() > v.widthPx() + 50 * s
                        || p.getY() > v.heightPx() + 50 * s) continue;
                CrossingStatus status = day == null
                        ? CrossingStatus.UNKNOWN
                        : crossing.statusOn(day).status();
                CrossingSymbol.paint(c, status, p.getX(), p.getY(), s);
                Rectangle2D symbol = CrossingSymbol.bounds(p.getX(), p.getY(), s);
                footprints.accept(symbol);
                footprints.accept(paintName(
                        c,
                        CrossingLabel.of(crossing.names(), frame.options().names()),
                        font,
                        symbol.getMaxX() + 2 * s,
                        p.getY(),
                        s));
            }
        } finally {
            c.dispose();
        }
    }

    private static Rectangle2D paintName(Graphics2D g, String name, Font font, double x, double y, double s) {
        TextLayout text = new TextLayout(name, font, g.getFontRenderContext());
        double baseline = y + text.getAscent() / 2 - text.getDescent() / 2;
        Shape outline = text.getOutline(AffineTransform.getTranslateInstance(x, baseline));
        g.setColor(HALO);
        g.setStroke(new BasicStroke((float) (3 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(INK);
        g.fill(outline);
        return outline.getBounds2D();
    }

    /** The polygons' rings as one even-odd path in screen pixels. */
    private static Path2D screenPath(Geometry polygons, AffineTransform toScreen) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < polygons.getNumGeometries(); i++) {
            Polygon p = (Polygon) polygons.getGeometryN(i);
            ring(path, p.getExteriorRing().getCoordinates(), toScreen);
            for (int k = 0; k < p.getNumInteriorRing(); k++)
                ring(path, p.getInteriorRingN(k).getCoordinates(), toScreen);
        }
        return path;
    }

    private static void ring(Path2D path, Coordinate[] cs, AffineTransform toScreen) {
        Point2D.Double p = new Point2D.Double();
        for (int i = 0; i < cs.length; i++) {
            toScreen.transform(new Point2D.Double(cs[i].x, cs[i].y), p);
            if (i == 0) path.moveTo(p.x, p.y);
            else path.lineTo(p.x, p.y);
        }
        path.closePath();
    }

    private Geometry zoneIn(GroundSafetyZone zone, CoordinateReferenceSystem crs) {
        if (zone != projectedZone || !crs.equals(projectedCrs)) {
            try {
                zoneInCrs = JTS.transform(zone.area(), toDisplay(crs));
            } catch (TransformException e) {
                throw new IllegalStateException(
                        "the Ground Safety Zone cannot be shown in " + crs.getName() + ": " + e.getMessage(), e);
            }
            projectedZone = zone;
            projectedCrs = crs;
        }
        return zoneInCrs;
    }

    private static MathTransform toDisplay(CoordinateReferenceSystem crs) {
        try {
            return CRS.findMathTransform(DefaultGeographicCRS.WGS84, crs, true);
        } catch (FactoryException e) {
            throw new IllegalStateException("no transform from WGS 84 to " + crs.getName() + ": " + e.getMessage(), e);
        }
    }
}
