package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.Locale;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.LonLat;
import org.borderwatch.map.Viewport;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;

/**
 * Paints the user's annotations of a frame: labels, arrows, circles, areas and distance lines.
 * Circles and distance lines follow the ellipsoid (GeographicLib), so a 10 km circle is 10 km
 * across in any CRS and a distance line shows its true geodesic length.
 * Not thread-safe: it caches the transform of the last display CRS.
 */
public final class AnnotationPainter {
    private static final Color INK = new Color(0x8E, 0x1B, 0x3A);
    private static final Color AREA_FILL = new Color(0x8E, 0x1B, 0x3A, 0x30);
    private static final Color HALO = new Color(255, 255, 255, 230);
    /** Points along a geodesic: enough that a 300 km line or circle looks smooth at 4K. */
    private static final int GEODESIC_STEPS = 64;

    private CoordinateReferenceSystem cachedCrs;
    private MathTransform toDisplay;

    /** Paints the frame's annotations into (0, 0, viewport width, viewport height) of {@code g}. */
    public void paint(Graphics2D g, Frame frame) {
        if (frame.annotations().isEmpty()) return;
        Viewport vp = frame.viewport();
        Projector p = new Projector(transformTo(frame.model().displayCrs()), vp.worldToScreen());
        double s = vp.pixelScale();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setFont(new Font("DejaVu Sans", Font.BOLD, (int) Math.round(13 * s)));
            g2.setStroke(new BasicStroke((float) (2 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (Annotation a : frame.annotations()) paintOne(g2, a, p, s);
        } finally {
            g2.dispose();
        }
    }

    /** The geodesic length of a distance line in km, as its label shows it. */
    public static double distanceKm(LonLat from, LonLat to) {
        return Geodesic.WGS84.Inverse(from.lat(), from.lon(), to.lat(), to.lon(), GeodesicMask.DISTANCE).s12 / 1000;
    }

    /** The label of a distance line: its text, if any, then the length ("12.4 km"). */
    public static String distanceLabel(Annotation.Distance d) {
        double km = distanceKm(d.from(), d.to());
        String length = String.format(Locale.ROOT, km < 100 ? "%.1f km" : "%.0f km", km);
        return d.text().isEmpty() ? length : d.text() + " " + length;
    }

    private void paintOne(Graphics2D g, Annotation a, Projector p, double s) {
        g.setColor(INK);
        if (a instanceof Annotation.Label l) {
            Point2D at = p.apply(l.at());
            g.fill(new Ellipse2D.Double(at.getX() - 3 * s, at.getY() - 3 * s, 6 * s, 6 * s));
            text(g, l.text(), at.getX() + 6 * s, at.getY() - 4 * s);
        } else if (a instanceof Annotation.Arrow ar) {
            Point2D from = p.apply(ar.from());
            Point2D to = p.apply(ar.to());
            g.draw(new Line2D.Double(from, to));
            g.fill(arrowHead(from, to, 12 * s));
            if (!ar.text().isEmpty()) text(g, ar.text(), from.getX() + 6 * s, from.getY() - 4 * s);
        } else if (a instanceof Annotation.Circle c) {
            Path2D ring = circle(c, p);
            g.setColor(AREA_FILL);
            g.fill(ring);
            g.setColor(INK);
            g.draw(ring);
            if (!c.text().isEmpty()) {
                Point2D at = p.apply(c.center());
                centredText(g, c.text(), at.getX(), at.getY());
            }
        } else if (a instanceof Annotation.Area ar) {
            Path2D ring = new Path2D.Double();
            for (LonLat pt : ar.ring()) lineTo(ring, p.apply(pt));
            ring.closePath();
            g.setColor(AREA_FILL);
            g.fill(ring);
            g.setColor(INK);
            g.draw(ring);
            if (!ar.text().isEmpty()) {
                var b = ring.getBounds2D();
                centredText(g, ar.text(), b.getCenterX(), b.getCenterY());
            }
        } else if (a instanceof Annotation.Distance d) {
            Path2D line = geodesic(d, p);
            g.setStroke(new BasicStroke(
                    (float) (2 * s),
                    BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_ROUND,
                    10,
                    new float[] {(float) (8 * s), (float) (5 * s)},
                    0));
            g.draw(line);
            Point2D from = p.apply(d.from());
            Point2D to = p.apply(d.to());
            tick(g, from, to, 6 * s);
            tick(g, to, from, 6 * s);
            centredText(g, distanceLabel(d), (from.getX() + to.getX()) / 2, (from.getY() + to.getY()) / 2 - 10 * s);
        }
    }

    private static Path2D geodesic(Annotation.Distance d, Projector p) {
        GeodesicLine line = Geodesic.WGS84.InverseLine(d.from().lat(), d.from().lon(), d.to().lat(), d.to().lon());
        Path2D path = new Path2D.Double();
        for (int i = 0; i <= GEODESIC_STEPS; i++) {
            GeodesicData pos = line.Position(line.Distance() * i / GEODESIC_STEPS);
            lineTo(path, p.apply(new LonLat(pos.lon2, pos.lat2)));
        }
        return path;
    }

    private static Path2D circle(Annotation.Circle c, Projector p) {
        Path2D ring = new Path2D.Double();
        for (int i = 0; i < GEODESIC_STEPS; i++) {
            GeodesicData pos = Geodesic.WGS84.Direct(
                    c.center().lat(), c.center().lon(), 360.0 * i / GEODESIC_STEPS, c.radiusKm() * 1000);
            lineTo(ring, p.apply(new LonLat(pos.lon2, pos.lat2)));
        }
        ring.closePath();
        return ring;
    }

    private static void lineTo(Path2D path, Point2D pt) {
        if (path.getCurrentPoint() == null) path.moveTo(pt.getX(), pt.getY());
        else path.lineTo(pt.getX(), pt.getY());
    }

    private static Shape arrowHead(Point2D from, Point2D to, double size) {
        double angle = Math.atan2(to.getY() - from.getY(), to.getX() - from.getX());
        Path2D head = new Path2D.Double();
        head.moveTo(0, 0);
        head.lineTo(-size, -size / 2.5);
        head.lineTo(-size, size / 2.5);
        head.closePath();
        AffineTransform at = AffineTransform.getTranslateInstance(to.getX(), to.getY());
        at.rotate(angle);
        return at.createTransformedShape(head);
    }

    /** A short bar across the line's end, as on a surveyor's measure. */
    private static void tick(Graphics2D g, Point2D at, Point2D other, double half) {
        double angle = Math.atan2(other.getY() - at.getY(), other.getX() - at.getX()) + Math.PI / 2;
        double dx = Math.cos(angle) * half;
        double dy = Math.sin(angle) * half;
        g.setStroke(new BasicStroke((float) (half / 3), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(at.getX() - dx, at.getY() - dy, at.getX() + dx, at.getY() + dy));
    }

    private static void centredText(Graphics2D g, String text, double cx, double cy) {
        FontMetrics fm = g.getFontMetrics();
        text(g, text, cx - fm.stringWidth(text) / 2.0, cy + (fm.getAscent() - fm.getDescent()) / 2.0);
    }

    /** Text with a white halo so it reads over any base map; the glyphs stay real text in SVG and PDF. */
    private static void text(Graphics2D g, String text, double x, double y) {
        Color ink = g.getColor();
        var oldStroke = g.getStroke();
        TextLayout layout = new TextLayout(text, g.getFont(), g.getFontRenderContext());
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
        g.setColor(HALO);
        g.setStroke(new BasicStroke(g.getFont().getSize2D() / 4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(ink);
        g.setStroke(oldStroke);
        g.drawString(text, (float) x, (float) y);
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

    /** WGS 84 to device pixels: the CRS transform, then the viewport's affine transform. */
    private record Projector(MathTransform toDisplay, AffineTransform toScreen) {
        Point2D apply(LonLat p) {
            double[] xy = {p.lon(), p.lat()};
            try {
                toDisplay.transform(xy, 0, xy, 0, 1);
            } catch (TransformException e) {
                throw new IllegalArgumentException("annotation point " + p + " cannot be shown in the display CRS", e);
            }
            return toScreen.transform(new Point2D.Double(xy[0], xy[1]), null);
        }
    }
}
