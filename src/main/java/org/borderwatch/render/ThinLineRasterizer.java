package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Draws thin strokes (narrower than {@value #MAX_WIDTH_PX} px, butt caps, mitre joins, dashed or
 * not) straight into an opaque {@code TYPE_INT_RGB} image, antialiased, at a cost that follows the
 * pixels the line covers. Java2D's Marlin rasteriser turns every stroke into a polygon and scans it
 * in eight sub-rows per pixel row, so a dashed outline (a small polygon per dash) costs about
 * a microsecond per dash; these lines were most of a base map's redraw time.
 * <p>
 * {@link #draw} turns a path into segments (dashes and joins included) and queues them;
 * {@link #flush} rasterises the queue in horizontal {@link ThinLineBand}s, on this thread and one
 * helper thread when there is enough to share, and must be called before anything else draws into
 * the image. Each stroke is composed over the image with source-over, in the order drawn, as
 * {@code Graphics2D.draw} would. Dashes follow {@code BasicStroke}: the pattern restarts at each
 * subpath and a closed ring's last dash runs on into its first. Joins are mitres (bevels past the
 * stroke's mitre limit), drawn by lengthening both segments towards the mitre's tip.
 * Not thread-safe: one caller at a time.
 */
final class ThinLineRasterizer {

    /** Widest stroke drawn here; wider ones have round caps and joins and go to Java2D. */
    static final float MAX_WIDTH_PX = 3f;
    /** Bands per image: more than threads, so a thread done with a sparse band takes another. */
    private static final int BANDS = 4;
    /** Below this many queued segments the hand-over to the helper costs more than it saves. */
    private static final int PARALLEL_MIN_SEGMENTS = 2_000;
    private static final int MIN_BAND_ROWS = 64;

    private final ThinLineBand[] bands;
    /** One helper thread, started on demand and ended after a second idle, so no painter leaks one. */
    private final ThreadPoolExecutor helper;
    /** Queued segments: x0, y0, x1, y1, lengthening before, lengthening after. */
    private double[] segments = new double[6 * 1024];
    private int segmentCount;
    /** Queued strokes: index after their last segment, half width, colour. */
    private int[] strokeEnds = new int[64];
    private double[] strokeHalfWidths = new double[64];
    private int[] strokeColours = new int[64];
    private float[][] stripTables = new float[64][];
    private int strokeCount;
    /** {@link ThinLineBand#strips} by half width: a map has a handful of line widths. */
    private final Map<Double, float[]> stripsByHalfWidth = new HashMap<>();
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

    /**
     * A rasteriser drawing into {@code image}.
     *
     * @throws IllegalArgumentException if the image is not {@code TYPE_INT_RGB}
     */
    ThinLineRasterizer(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB)
            throw new IllegalArgumentException("thin lines are drawn into TYPE_INT_RGB images only, got type " + image.getType());
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] coverage = new byte[width * height];
        int count = Math.max(1, Math.min(BANDS, height / MIN_BAND_ROWS));
        bands = new ThinLineBand[count];
        for (int b = 0; b < count; b++)
            bands[b] = new ThinLineBand(pixels, coverage, width, height * b / count, height * (b + 1) / count);
        boolean twoCores = Runtime.getRuntime().availableProcessors() > 1 && count > 1;
        helper = twoCores ? new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "thin-line-band");
            t.setDaemon(true);
            return t;
        }) : null;
        if (helper != null) helper.allowCoreThreadTimeOut(true);
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
     * Queues a stroke of {@code path}, given in image pixels, with {@code stroke} in {@code color};
     * it reaches the image at the next {@link #flush}.
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
        if (strokeCount == strokeEnds.length) {
            strokeEnds = Arrays.copyOf(strokeEnds, strokeCount * 2);
            strokeHalfWidths = Arrays.copyOf(strokeHalfWidths, strokeCount * 2);
            strokeColours = Arrays.copyOf(strokeColours, strokeCount * 2);
            stripTables = Arrays.copyOf(stripTables, strokeCount * 2);
        }
        strokeEnds[strokeCount] = segmentCount;
        strokeHalfWidths[strokeCount] = halfWidth;
        strokeColours[strokeCount] = color.getRGB();
        stripTables[strokeCount] = stripsByHalfWidth.computeIfAbsent(halfWidth, ThinLineBand::strips);
        strokeCount++;
    }

    /** Draws every queued stroke into the image, in order, and empties the queue. */
    void flush() {
        if (strokeCount == 0) return;
        AtomicInteger nextBand = new AtomicInteger();
        Future<?> shared = helper != null && segmentCount >= PARALLEL_MIN_SEGMENTS
                ? helper.submit(() -> drawBands(nextBand)) : null;
        drawBands(nextBand);
        if (shared != null) awaitHelper(shared);
        segmentCount = 0;
        strokeCount = 0;
    }

    /** Takes bands until none is left, drawing every queued stroke into each. */
    private void drawBands(AtomicInteger nextBand) {
        for (int b = nextBand.getAndIncrement(); b < bands.length; b = nextBand.getAndIncrement()) {
            ThinLineBand band = bands[b];
            int first = 0;
            for (int s = 0; s < strokeCount; s++) {
                double hw = strokeHalfWidths[s];
                band.stroke(hw, stripTables[s]);
                for (int k = first; k < strokeEnds[s]; k++) {
                    int o = 6 * k;
                    if (band.mayReach(segments[o + 1], segments[o + 3], hw))
                        band.segment(segments[o], segments[o + 1], segments[o + 2], segments[o + 3], segments[o + 4], segments[o + 5]);
                }
                band.compose(strokeColours[s]);
                first = strokeEnds[s];
            }
        }
    }

    /**
     * Waits for the helper's bands even if this thread is interrupted meanwhile (it writes into the
     * image), then restores the interrupt.
     *
     * @throws IllegalStateException if the helper failed
     */
    private static void awaitHelper(Future<?> shared) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    shared.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new IllegalStateException("thin lines not drawn: " + e.getCause(), e.getCause());
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private void queueSegment(double x0, double y0, double x1, double y1, double before, double after) {
        if (6 * segmentCount == segments.length) segments = Arrays.copyOf(segments, segments.length * 2);
        int o = 6 * segmentCount++;
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

    /** Open ends get butt caps; inner vertices (and every vertex of a closed ring) get joins. */
    private void polyline(double[] px, double[] py, int n, boolean closed) {
        double ringJoin = closed && n > 2 ? join(px[n - 2], py[n - 2], px[0], py[0], px[1], py[1]) : 0;
        double before = ringJoin;
        for (int k = 0; k + 1 < n; k++) {
            double after = k + 2 < n ? join(px[k], py[k], px[k + 1], py[k + 1], px[k + 2], py[k + 2]) : ringJoin;
            queueSegment(px[k], py[k], px[k + 1], py[k + 1], before, after);
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
        return Math.min(halfWidth, Math.max(tip, ThinLineBand.PIXEL_REACH * Math.max(0, cos)));
    }
}
