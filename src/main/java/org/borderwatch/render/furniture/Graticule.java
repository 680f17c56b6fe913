package org.borderwatch.render.furniture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderwatch.map.Viewport;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;

/**
 * Meridians and parallels at a round degree interval, drawn as densified lines through the display
 * CRS (so they curve as the projection bends them) and labelled where they leave the bottom and
 * left edges.
 */
public final class Graticule {

    private static final double[] INTERVALS = {0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30};
    private static final int MAX_LINES = 8;
    private static final int SEGMENTS_PER_LINE = 64;
    private static final int EDGE_SAMPLES = 16;
    private static final Color LINE = new Color(60, 60, 90, 110);

    /** The smallest round interval giving at most {@value #MAX_LINES} lines across {@code spanDegrees}. */
    static double intervalDegrees(double spanDegrees) {
        for (double step : INTERVALS) if (spanDegrees / step <= MAX_LINES) return step;
        return INTERVALS[INTERVALS.length - 1];
    }

    /**
     * Draws the graticule over the whole frame, with no keep-out areas.
     *
     * @throws TransformException if the frame lies outside the display CRS's valid area
     */
    public void paint(Graphics2D g, Viewport viewport, boolean raster) throws TransformException {
        paint(g, viewport, List.of(), raster);
    }

    /**
     * Draws the graticule over the whole frame and labels its lines at the bottom and left edges, leaving out a label
     * that would fall on one of {@code keepOut} (the scale bar, the north arrow) or on a label drawn before it.
     *
     * @return the boxes of the labels drawn, for place labels to keep clear of
     * @throws TransformException if the frame lies outside the display CRS's valid area
     */
    public List<Rectangle2D> paint(Graphics2D g, Viewport viewport, List<Rectangle2D> keepOut, boolean raster)
            throws TransformException {
        double[] box = lonLatBounds(viewport);
        double step = intervalDegrees(Math.max(box[2] - box[0], box[3] - box[1]));
        MathTransform toMap = viewport.toWgs84().inverse();
        double s = viewport.pixelScale();
        Font font = FurnitureText.font(9 * s, false);
        BasicStroke stroke = new BasicStroke((float) (0.6 * s));
        double h = viewport.heightPx();
        List<Rectangle2D> labelled = new ArrayList<>();
        List<Rectangle2D> taken = new ArrayList<>(keepOut);
        for (double lon = Math.ceil(box[0] / step) * step; lon <= box[2]; lon += step) {
            Path2D.Double line = densified(viewport, toMap, lon, box[1], lon, box[3]);
            g.setColor(LINE);
            g.setStroke(stroke);
            g.draw(line);
            Point2D at = crossing(line, true, h - 2 * s);
            if (at != null)
                label(g, degrees(lon, "E", "W"), font, at.getX() + 2 * s, h - 4 * s, s, taken, labelled, raster);
        }
        for (double lat = Math.ceil(box[1] / step) * step; lat <= box[3]; lat += step) {
            Path2D.Double line = densified(viewport, toMap, box[0], lat, box[2], lat);
            g.setColor(LINE);
            g.setStroke(stroke);
            g.draw(line);
            Point2D at = crossing(line, false, 2 * s);
            if (at != null)
                label(g, degrees(lat, "N", "S"), font, 4 * s, at.getY() - 2 * s, s, taken, labelled, raster);
        }
        return labelled;
    }

    /** Draws one edge label unless its haloed box meets a taken area; a drawn label's box is then taken too. */
    private static void label(
            Graphics2D g,
            String text,
            Font font,
            double x,
            double y,
            double s,
            List<Rectangle2D> taken,
            List<Rectangle2D> labelled,
            boolean raster) {
        Rectangle2D b = FurnitureText.bounds(text, font);
        double halo = 1.2 * s;
        Rectangle2D area = new Rectangle2D.Double(
                x + b.getX() - halo, y + b.getY() - halo, b.getWidth() + 2 * halo, b.getHeight() + 2 * halo);
        for (Rectangle2D t : taken) if (t.intersects(area)) return;
        FurnitureText.draw(g, text, font, x, y, halo, raster);
        taken.add(area);
        labelled.add(area);
    }

    private static Path2D.Double densified(
            Viewport v, MathTransform toMap, double lon0, double lat0, double lon1, double lat1)
            throws TransformException {
        double[] pts = new double[2 * (SEGMENTS_PER_LINE + 1)];
        for (int i = 0; i <= SEGMENTS_PER_LINE; i++) {
            double t = (double) i / SEGMENTS_PER_LINE;
            pts[2 * i] = lon0 + t * (lon1 - lon0);
            pts[2 * i + 1] = lat0 + t * (lat1 - lat0);
        }
        toMap.transform(pts, 0, pts, 0, SEGMENTS_PER_LINE + 1);
        v.worldToScreen().transform(pts, 0, pts, 0, SEGMENTS_PER_LINE + 1);
        Path2D.Double path = new Path2D.Double();
        path.moveTo(pts[0], pts[1]);
        for (int i = 1; i <= SEGMENTS_PER_LINE; i++) path.lineTo(pts[2 * i], pts[2 * i + 1]);
        return path;
    }

    /** Where the polyline crosses the horizontal line y = {@code at} (or vertical x = {@code at}). */
    private static Point2D crossing(Path2D.Double line, boolean horizontal, double at) {
        double[] c = new double[6];
        double px = Double.NaN;
        double py = Double.NaN;
        for (var it = line.getPathIterator(null); !it.isDone(); it.next()) {
            it.currentSegment(c);
            if (!Double.isNaN(px)) {
                double a = horizontal ? py : px;
                double b = horizontal ? c[1] : c[0];
                if ((a - at) * (b - at) <= 0 && a != b) {
                    double t = (at - a) / (b - a);
                    return new Point2D.Double(px + t * (c[0] - px), py + t * (c[1] - py));
                }
            }
            px = c[0];
            py = c[1];
        }
        return null;
    }

    /** Longitude and latitude bounds {minLon, minLat, maxLon, maxLat} of the frame, sampled along its edges. */
    private static double[] lonLatBounds(Viewport v) throws TransformException {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        double w = v.widthPx();
        double h = v.heightPx();
        for (int i = 0; i <= EDGE_SAMPLES; i++) {
            double t = (double) i / EDGE_SAMPLES;
            for (double[] px : new double[][] {{t * w, 0}, {t * w, h}, {0, t * h}, {w, t * h}}) {
                Point2D p = v.toLonLat(px[0], px[1]);
                b[0] = Math.min(b[0], p.getX());
                b[1] = Math.min(b[1], p.getY());
                b[2] = Math.max(b[2], p.getX());
                b[3] = Math.max(b[3], p.getY());
            }
        }
        return b;
    }

    static String degrees(double value, String positive, String negative) {
        double a = Math.abs(value);
        String n = a == Math.rint(a)
                ? Long.toString((long) a)
                : String.format(Locale.ROOT, "%.2f", a).replaceAll("0+$", "");
        return n + "°" + (value >= 0 ? positive : negative);
    }
}
