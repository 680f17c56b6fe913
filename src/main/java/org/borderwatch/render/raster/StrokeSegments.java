package org.borderwatch.render.raster;

import java.awt.BasicStroke;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.Arrays;

/**
 * Thin strokes cut into straight segments for {@link ThinLineBand}: each segment is its two ends
 * and how far it is lengthened past each (to cover its joins), dashes and joins as
 * {@code BasicStroke} draws them. The dash pattern restarts at each subpath and a closed ring's last
 * dash runs on into its first. Joins are mitres (bevels past the stroke's mitre limit), drawn by
 * lengthening both segments towards the mitre's tip. Segments that cannot reach the image are
 * dropped, so a geometry reaching far outside the frame costs only its dashing.
 */
final class StrokeSegments {

    /** Values per segment: x0, y0, x1, y1, lengthening before, lengthening after. */
    static final int STRIDE = 6;

    private final int width;
    private final int height;
    private double[] segments = new double[STRIDE * 1024];
    private int count;
    private double[] xs = new double[256];
    private double[] ys = new double[256];
    private double[] pieceXs = new double[64];
    private double[] pieceYs = new double[64];
    private int pieceCount;
    private double[] firstXs = new double[64];
    private double[] firstYs = new double[64];
    private int firstCount;
    private double halfWidth;
    private double miterLimit;

    /** Segments for an image of {@code width} × {@code height} pixels. */
    StrokeSegments(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** The segments so far, {@value #STRIDE} values each; valid until the next {@link #add}. */
    double[] values() {
        return segments;
    }

    int count() {
        return count;
    }

    void clear() {
        count = 0;
    }

    /**
     * Appends the segments of {@code path}, in image pixels, stroked with {@code stroke}.
     *
     * @throws IllegalArgumentException if the path has curves
     */
    void add(Path2D path, BasicStroke stroke) {
        halfWidth = stroke.getLineWidth() / 2.0;
        miterLimit = stroke.getMiterLimit();
        float[] dash = stroke.getDashArray();
        double[] c = new double[6];
        int n = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                subpath(n, false, dash);
                n = add(0, c[0], c[1]);
            } else if (type == PathIterator.SEG_LINETO) {
                n = add(n, c[0], c[1]);
            } else if (type == PathIterator.SEG_CLOSE) {
                if (n > 0) n = add(n, xs[0], ys[0]);
                subpath(n, true, dash);
                // a path continuing after a close starts again from the ring's first point
                n = n > 0 ? add(0, xs[0], ys[0]) : 0;
            } else {
                throw new IllegalArgumentException("thin lines are straight; path has segment type " + type);
            }
        }
        subpath(n, false, dash);
    }

    private void queue(double x0, double y0, double x1, double y1, double before, double after) {
        if (STRIDE * count == segments.length) segments = Arrays.copyOf(segments, segments.length * 2);
        int o = STRIDE * count++;
        segments[o] = x0;
        segments[o + 1] = y0;
        segments[o + 2] = x1;
        segments[o + 3] = y1;
        segments[o + 4] = before;
        segments[o + 5] = after;
    }

    /** Appends a point unless it repeats the last one; returns the new count. */
    private int add(int n, double x, double y) {
        if (n > 0 && xs[n - 1] == x && ys[n - 1] == y) return n;
        if (n == xs.length) {
            xs = Arrays.copyOf(xs, n * 2);
            ys = Arrays.copyOf(ys, n * 2);
        }
        xs[n] = x;
        ys[n] = y;
        return n + 1;
    }

    private void subpath(int n, boolean closed, float[] dash) {
        if (n < 2) return;
        if (dash == null) polyline(xs, ys, n, closed);
        else dashed(n, closed, dash);
    }

    /**
     * Cuts the subpath into dashes and draws them. The first dash of a closed ring is held back: if
     * the ring ends inside a dash, that dash continues into the first, as in Java2D's Dasher.
     */
    private void dashed(int n, boolean closed, float[] dash) {
        int index = 0;
        double left = dash[0];
        boolean on = true;
        boolean inFirst = true;
        firstCount = 0;
        pieceCount = 0;
        piecePoint(xs[0], ys[0]);
        for (int k = 0; k + 1 < n; k++) {
            double sx = xs[k];
            double sy = ys[k];
            double dx = xs[k + 1] - sx;
            double dy = ys[k + 1] - sy;
            double length = Math.sqrt(dx * dx + dy * dy);
            double done = 0;
            while (length - done > left) {
                done += left;
                double t = done / length;
                double px = sx + dx * t;
                double py = sy + dy * t;
                if (on) {
                    piecePoint(px, py);
                    if (inFirst && closed) keepFirstPiece();
                    else polyline(pieceXs, pieceYs, pieceCount, false);
                    inFirst = false;
                    pieceCount = 0;
                } else {
                    pieceCount = 0;
                    piecePoint(px, py);
                }
                on = !on;
                index = (index + 1) % dash.length;
                left = dash[index];
            }
            left -= length - done;
            if (on) piecePoint(xs[k + 1], ys[k + 1]);
        }
        if (on && firstCount > 0) {
            for (int i = 1; i < firstCount; i++) piecePoint(firstXs[i], firstYs[i]);
            firstCount = 0;
        }
        if (on) polyline(pieceXs, pieceYs, pieceCount, false);
        if (firstCount > 0) polyline(firstXs, firstYs, firstCount, false);
    }

    private void piecePoint(double x, double y) {
        if (pieceCount > 0 && pieceXs[pieceCount - 1] == x && pieceYs[pieceCount - 1] == y) return;
        if (pieceCount == pieceXs.length) {
            pieceXs = Arrays.copyOf(pieceXs, pieceCount * 2);
            pieceYs = Arrays.copyOf(pieceYs, pieceCount * 2);
        }
        pieceXs[pieceCount] = x;
        pieceYs[pieceCount] = y;
        pieceCount++;
    }

    private void keepFirstPiece() {
        if (firstXs.length < pieceCount) {
            firstXs = new double[pieceCount];
            firstYs = new double[pieceCount];
        }
        System.arraycopy(pieceXs, 0, firstXs, 0, pieceCount);
        System.arraycopy(pieceYs, 0, firstYs, 0, pieceCount);
        firstCount = pieceCount;
    }

    /**
     * Open ends get butt caps; inner vertices (and every vertex of a closed ring) get joins. Only
     * segments that can reach the image are queued, and only their joins are worked out.
     */
    private void polyline(double[] px, double[] py, int n, boolean closed) {
        // where a closed ring's last segment meets its first: the join at both ends of the loop
        double ringJoin = closed && n > 2 ? join(px[n - 2], py[n - 2], px[0], py[0], px[1], py[1]) : 0;
        // a segment reaches this far past its ends and sides: lengthening, half width, a pixel
        double reach = 2 * halfWidth + 1;
        int joinAt = -1;
        double joinThere = 0;
        for (int k = 0; k + 1 < n; k++) {
            double x0 = px[k];
            double y0 = py[k];
            double x1 = px[k + 1];
            double y1 = py[k + 1];
            if (Math.max(x0, x1) < -reach
                    || Math.min(x0, x1) > width + reach
                    || Math.max(y0, y1) < -reach
                    || Math.min(y0, y1) > height + reach) continue;
            double before = joinAt == k ? joinThere : k > 0 ? join(px[k - 1], py[k - 1], x0, y0, x1, y1) : ringJoin;
            double after = k + 2 < n ? join(x0, y0, x1, y1, px[k + 2], py[k + 2]) : ringJoin;
            joinAt = k + 1;
            joinThere = after;
            queue(x0, y0, x1, y1, before, after);
        }
    }

    /**
     * How far the two segments meeting at (bx, by) are lengthened past it, so that their rectangles
     * cover the join. A mitre's outer tip lies half the width times tan(turn / 2) beyond the vertex;
     * lengthening by that fills a right-angled mitre exactly but overshoots a sharper one's point,
     * so no segment is lengthened by more than half the width (past the mitre limit the join is a
     * bevel, which needs nothing). At a nearly straight joint the segments overlap by that much
     * (up to a pixel's reach) even though the mitre needs nothing, or the pixels straddling the
     * vertex would get half their coverage from each and show as a lighter spot: coverages within
     * one stroke combine by maximum, not by sum. These choices were tuned against Java2D on sharp
     * zigzags ({@code BufferRasterizerTest}).
     */
    private double join(double ax, double ay, double bx, double by, double cx, double cy) {
        double x1 = bx - ax;
        double y1 = by - ay;
        double x2 = cx - bx;
        double y2 = cy - by;
        double l1 = Math.sqrt(x1 * x1 + y1 * y1);
        double l2 = Math.sqrt(x2 * x2 + y2 * y2);
        double cos = (x1 * x2 + y1 * y2) / (l1 * l2);
        double sin = Math.abs(x1 * y2 - y1 * x2) / (l1 * l2);
        // the mitre is longer than the limit (in widths) when 1 / cos(turn / 2) exceeds it
        boolean mitre = 1 + cos > 0 && 2 / (1 + cos) <= miterLimit * miterLimit;
        double tip = mitre ? halfWidth * sin / (1 + cos) : 0;
        return Math.min(halfWidth, Math.max(tip, ThinLineBand.PIXEL_REACH * Math.max(0, cos)));
    }
}
