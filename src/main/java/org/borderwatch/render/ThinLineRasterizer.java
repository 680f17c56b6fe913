package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * Draws thin strokes (narrower than {@value #MAX_WIDTH_PX} px, butt caps, mitre joins, dashed or
 * not) straight into an opaque {@code TYPE_INT_RGB} image, antialiased, at a cost that follows the
 * pixels the line covers. Java2D's Marlin rasteriser turns every stroke into a polygon and scans it
 * in eight sub-rows per pixel row, so a dashed outline (a small polygon per dash) costs about
 * a microsecond per dash; these lines are most of a base map's redraw time.
 * <p>
 * Each pixel gets the area of it the stroke covers, taken as the area of the pixel square inside
 * the infinite strip of the stroke's width times the share of it between the segment's ends: exact
 * for axis-parallel segments, within a few percent of the true area otherwise. Within one
 * {@link #draw} call coverages combine by maximum (the stroke is one shape, as for
 * {@code Graphics2D.draw}); each call is then composed over the image with source-over. Dashes
 * follow {@code BasicStroke}: the pattern restarts at each subpath and a closed ring's last dash
 * runs on into its first. Joins are mitres (bevels past the stroke's mitre limit), drawn by
 * lengthening both segments to the mitre's tip: a square corner where the mitre is pointed, which
 * differs from it by less than a pixel at these widths.
 * Not thread-safe.
 */
final class ThinLineRasterizer {

    /** Widest stroke drawn here; wider ones have round caps and joins and go to Java2D. */
    static final float MAX_WIDTH_PX = 3f;
    /** A pixel's centre lies at most this far (half its diagonal, rounded up) from any point of it. */
    private static final double PIXEL_REACH = 0.75;
    /**
     * {@link #exactShare} tabulated, so a pixel costs four lookups instead of four branchy
     * evaluations: a row per direction (the smaller component of the unit direction in steps of
     * 1/{@value #DIRECTIONS}, up to √½), each sampling t from −{@value #SHARE_REACH} to
     * +{@value #SHARE_REACH} px in steps of 1/{@value #SHARE_STEPS} px.
     */
    private static final int DIRECTIONS = 64;
    private static final int SHARE_STEPS = 128;
    private static final double SHARE_REACH = 0.75;
    private static final int SHARE_ROW = (int) (2 * SHARE_REACH * SHARE_STEPS) + 1;
    private static final float[] SHARES = shares();

    private final int[] pixels;
    private final int width;
    private final int height;
    /** Coverage (0–255) of the stroke being drawn, per pixel; zero outside {@link #touched}. */
    private final byte[] coverage;
    private int[] touched = new int[1024];
    private int touchedCount;
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
    private double outer;
    private int shareRow;

    /**
     * A rasteriser drawing into {@code image}.
     *
     * @throws IllegalArgumentException if the image is not {@code TYPE_INT_RGB}
     */
    ThinLineRasterizer(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB)
            throw new IllegalArgumentException("thin lines are drawn into TYPE_INT_RGB images only, got type " + image.getType());
        this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.coverage = new byte[width * height];
    }

    /** True when {@code stroke} is one this class draws: thin, butt-capped, mitre-joined. */
    static boolean draws(BasicStroke stroke) {
        if (stroke.getLineWidth() <= 0 || stroke.getLineWidth() >= MAX_WIDTH_PX || stroke.getEndCap() != BasicStroke.CAP_BUTT
                || stroke.getLineJoin() != BasicStroke.JOIN_MITER || stroke.getDashPhase() != 0)
            return false;
        float[] dash = stroke.getDashArray();
        if (dash == null) return true;
        double sum = 0;
        for (float d : dash) {
            if (!(d >= 0) || Float.isInfinite(d)) return false;
            sum += d;
        }
        return sum > 0;
    }

    /**
     * Strokes {@code path}, given in image pixels, with {@code stroke} in {@code color}.
     *
     * @throws IllegalArgumentException if {@link #draws} is false for {@code stroke}
     */
    void draw(Path2D path, BasicStroke stroke, Color color) {
        if (!draws(stroke)) throw new IllegalArgumentException("not a thin butt-capped mitre-joined stroke: " + stroke);
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
        compose(color);
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

    /** Open ends get butt caps; inner vertices (and every vertex of a closed ring) get joins. */
    private void polyline(double[] px, double[] py, int n, boolean closed) {
        double ringJoin = closed && n > 2 ? join(px[n - 2], py[n - 2], px[0], py[0], px[1], py[1]) : 0;
        double before = ringJoin;
        for (int k = 0; k + 1 < n; k++) {
            double after = k + 2 < n ? join(px[k], py[k], px[k + 1], py[k + 1], px[k + 2], py[k + 2]) : ringJoin;
            segment(px[k], py[k], px[k + 1], py[k + 1], before, after);
            before = after;
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
     * zigzags ({@code ThinLineRasterizerTest}).
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
        return Math.min(halfWidth, Math.max(tip, PIXEL_REACH * Math.max(0, cos)));
    }

    /**
     * Adds the coverage of the rectangle of the stroke's width around segment (x0, y0)–(x1, y1),
     * lengthened by {@code before} and {@code after} at its ends. Walks the pixels column by column
     * (or row by row, for steep segments: the "major" axis is the one the segment runs along more),
     * within reach of the centre line only; the ends' share is looked up only in columns near an end.
     */
    private void segment(double x0, double y0, double x1, double y1, double before, double after) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = Math.sqrt(dx * dx + dy * dy);
        if (length == 0) return;
        double ux = dx / length;
        double uy = dy / length;
        double hw = halfWidth;
        double ax = x0 - ux * before;
        double ay = y0 - uy * before;
        double bx = x1 + ux * after;
        double by = y1 + uy * after;
        double ox = Math.abs(uy) * hw + PIXEL_REACH;
        double oy = Math.abs(ux) * hw + PIXEL_REACH;
        int minX = Math.max(0, (int) Math.floor(Math.min(ax, bx) - ox));
        int maxX = Math.min(width - 1, (int) Math.floor(Math.max(ax, bx) + ox));
        int minY = Math.max(0, (int) Math.floor(Math.min(ay, by) - oy));
        int maxY = Math.min(height - 1, (int) Math.floor(Math.max(ay, by) + oy));
        if (minX > maxX || minY > maxY) return;
        boolean xMajor = Math.abs(ux) >= Math.abs(uy);
        double um = xMajor ? ux : uy;
        double un = xMajor ? uy : ux;
        double m0 = xMajor ? x0 : y0;
        double n0 = xMajor ? y0 : x0;
        int minN = xMajor ? minY : minX;
        int maxN = xMajor ? maxY : maxX;
        int stepM = xMajor ? 1 : width;
        int stepN = xMajor ? width : 1;
        profile(Math.abs(um), Math.abs(un));
        double start = -before;
        double end = length + after;
        // a pixel is touched only when its centre lies within this distance of the centre line
        double span = (hw + outer) / Math.abs(um);
        double slope = un / um;
        for (int m = xMajor ? minX : minY, last = xMajor ? maxX : maxY; m <= last; m++) {
            double rm = m + 0.5 - m0;
            double cn = n0 + rm * slope;
            int from = Math.max(minN, (int) Math.floor(cn - span - 0.5) + 1);
            int to = Math.min(maxN, (int) Math.ceil(cn + span - 0.5) - 1);
            if (from > to) continue;
            double rn = from + 0.5 - n0;
            double across = rn * um - rm * un;
            double along = rm * um + rn * un;
            double alongLast = along + (to - from) * un;
            boolean nearEnd = Math.min(along, alongLast) - start < outer || end - Math.max(along, alongLast) < outer;
            int i = m * stepM + from * stepN;
            for (int n = from; n <= to; n++, i += stepN, across += um, along += un) {
                double c = share(hw - across) - share(-hw - across);
                if (nearEnd) c *= share(end - along) - share(start - along);
                record(i, c);
            }
        }
    }

    /**
     * Sets up {@link #share} for a direction whose components have the absolute values
     * {@code p} ≥ {@code q}.
     */
    private void profile(double p, double q) {
        outer = (p + q) * 0.5;
        shareRow = (int) Math.round(q * DIRECTIONS) * SHARE_ROW;
    }

    /** Keeps the larger of pixel {@code i}'s recorded coverage and {@code c}. */
    private void record(int i, double c) {
        int v = (int) (c * 255 + 0.5);
        if (v <= 0) return;
        int old = coverage[i] & 0xFF;
        if (old == 0) {
            if (touchedCount == touched.length) touched = Arrays.copyOf(touched, touchedCount * 2);
            touched[touchedCount++] = i;
        }
        if (v > old) coverage[i] = (byte) v;
    }

    /**
     * The share of a pixel lying less than {@code t} from its centre along the direction set up by
     * {@link #profile}, looked up in {@link #SHARES} without branching.
     */
    private double share(double t) {
        double at = Math.min(Math.max(t * SHARE_STEPS + (SHARE_STEPS * SHARE_REACH + 0.5), 0), SHARE_ROW - 1);
        return SHARES[shareRow + (int) at];
    }

    /**
     * The share of a unit pixel lying below {@code t} (measured from its centre) along a direction
     * whose components have the absolute values {@code p} ≥ {@code q}: the pixel projects onto that
     * direction as a trapezoid, two box profiles of widths p and q convolved, and this is its integral.
     */
    static double exactShare(double t, double p, double q) {
        double a = Math.abs(t);
        double outer = (p + q) * 0.5;
        double upper;
        if (a >= outer) upper = 1;
        else if (a <= (p - q) * 0.5) upper = 0.5 + a / p;
        else {
            double u = outer - a;
            upper = 1 - u * u / (2 * p * q);
        }
        return t >= 0 ? upper : 1 - upper;
    }

    private static float[] shares() {
        int rows = (int) Math.round(Math.sqrt(0.5) * DIRECTIONS) + 1;
        float[] table = new float[rows * SHARE_ROW];
        for (int d = 0; d < rows; d++) {
            double q = Math.min((double) d / DIRECTIONS, Math.sqrt(0.5));
            double p = Math.sqrt(1 - q * q);
            for (int j = 0; j < SHARE_ROW; j++)
                table[d * SHARE_ROW + j] = (float) exactShare((double) j / SHARE_STEPS - SHARE_REACH, p, q);
        }
        return table;
    }

    /** Composes the recorded coverage in {@code color} over the image (source-over) and clears it. */
    private void compose(Color color) {
        int alpha = color.getAlpha();
        int r = color.getRed();
        int g = color.getGreen();
        int b = color.getBlue();
        for (int k = 0; k < touchedCount; k++) {
            int i = touched[k];
            int c = coverage[i] & 0xFF;
            coverage[i] = 0;
            int a = alpha == 255 ? c : (alpha * c + 127) / 255;
            int keep = 255 - a;
            int d = pixels[i];
            int nr = (r * a + ((d >> 16) & 0xFF) * keep + 127) / 255;
            int ng = (g * a + ((d >> 8) & 0xFF) * keep + 127) / 255;
            int nb = (b * a + (d & 0xFF) * keep + 127) / 255;
            pixels[i] = (d & 0xFF000000) | nr << 16 | ng << 8 | nb;
        }
        touchedCount = 0;
    }
}
