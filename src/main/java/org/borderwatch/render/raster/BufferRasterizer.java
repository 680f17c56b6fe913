package org.borderwatch.render.raster;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Draws the layer buffer's content straight into its opaque {@code TYPE_INT_RGB} image, in
 * row bands on the painting thread and one helper thread at once: the background, polygon fills
 * (opaque ones under an outline without antialiasing, {@link PolygonSpans}; others antialiased,
 * {@link PolygonCoverage}), thin strokes antialiased (narrower than
 * {@value #MAX_WIDTH_PX} px, butt caps, mitre joins, dashed or not: {@link StrokeSegments},
 * {@link ThinLineBand}; a wider stroke comes as its stroked shape to fill) and pre-drawn point
 * marks. Java2D would draw all of this on one thread,
 * and its Marlin rasteriser turns every stroke into a polygon (each dash its own) scanned in eight
 * sub-rows per pixel row.
 * <p>
 * Calls queue their drawing; {@link #flush} draws the queue into every band, each band replaying
 * it in order, and must be called before anything else draws into the image. {@link #flushRows}
 * draws only the bands a frame needs, so the rows of a layer buffer's margin above and below the
 * frame wait until a pan shows them (or the next redraw drops them); {@link #drawAhead} lets the
 * helper thread start on the queue while the caller adds to it. Each stroke is
 * composed over the image with source-over, as {@code Graphics2D.draw} would, marks as
 * {@code drawImage} would.
 * Not thread-safe: one caller at a time.
 */
public final class BufferRasterizer {

    /**
     * Widest stroke {@link #draw} takes; a wider one (whose joins and caps matter) is filled as its
     * stroked shape with {@link #fillAntialiased}.
     */
    static final float MAX_WIDTH_PX = 3f;
    /** Bands per image: more than threads, so a thread done with a sparse band takes another. */
    private static final int BANDS = 8;

    private static final int MIN_BAND_ROWS = 32;
    /** Below this much queued work (segments, marks, filled rows) the hand-over costs more than it saves. */
    private static final int PARALLEL_MIN_WORK = 2_000;

    private final int width;
    private final int height;
    private final int[] pixels;
    private final Band[] bands;
    /** Takes bands on the second core; null on one core or with a single band. */
    private final HelperThread helper;

    private final StrokeSegments segments;
    private final List<Op> queue = new ArrayList<>();
    /** The helper's drawing ahead, if started; {@link #stopAhead} asks it to stop after its band. */
    private Future<?> ahead;

    private volatile boolean stopAhead;
    private long queuedWork;
    /** {@link ThinLineBand#strips} by half width: a map has a handful of line widths. */
    private final Map<Double, float[]> stripsByHalfWidth = new HashMap<>();

    /** A rasteriser drawing into {@code image}, in bands of equal height. */
    public BufferRasterizer(BufferedImage image) {
        this(image, 0);
    }

    /**
     * A rasteriser drawing into {@code image}, whose first and last {@code margin} rows are bands
     * of their own, so a frame that leaves them out can be drawn without them.
     *
     * @throws IllegalArgumentException if the image is not {@code TYPE_INT_RGB}
     */
    public BufferRasterizer(BufferedImage image, int margin) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB)
            throw new IllegalArgumentException(
                    "the layer buffer is drawn into TYPE_INT_RGB images only, got type " + image.getType());
        pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        width = image.getWidth();
        height = image.getHeight();
        segments = new StrokeSegments(width, height);
        byte[] coverage = new byte[width * height];
        List<Band> rows = new ArrayList<>();
        int edge = margin > 0 && 2 * margin < height ? margin : 0;
        if (edge > 0) rows.add(band(0, edge, true, coverage));
        int inner = height - 2 * edge;
        int count = Math.max(1, Math.min(BANDS, inner / MIN_BAND_ROWS));
        for (int b = 0; b < count; b++)
            rows.add(band(edge + inner * b / count, edge + inner * (b + 1) / count, false, coverage));
        if (edge > 0) rows.add(band(height - edge, height, true, coverage));
        bands = rows.toArray(Band[]::new);
        helper = bands.length > 1 ? HelperThread.ifTwoCores("layer-buffer-band") : null;
    }

    private Band band(int top, int bottom, boolean margin, byte[] coverage) {
        return new Band(top, bottom, margin, new ThinLineBand(pixels, coverage, width, top, bottom));
    }

    /** True when {@code stroke} is one this class draws: thin, butt-capped, mitre-joined. */
    public static boolean draws(BasicStroke stroke) {
        if (stroke.getLineWidth() <= 0
                || stroke.getLineWidth() >= MAX_WIDTH_PX
                || stroke.getEndCap() != BasicStroke.CAP_BUTT
                || stroke.getLineJoin() != BasicStroke.JOIN_MITER
                || stroke.getDashPhase() != 0) return false;
        float[] dash = stroke.getDashArray();
        if (dash == null) return true;
        double sum = 0;
        for (float d : dash) {
            if (!(d >= 0) || Float.isInfinite(d)) return false;
            sum += d;
        }
        return sum > 0;
    }

    /** Queues filling the whole image with {@code color}, whose alpha is ignored (the image is opaque). */
    public void clear(Color color) {
        queue.add(new Clear(color.getRGB()));
        queuedWork += height;
    }

    /**
     * Queues filling {@code path}, in image pixels, with the opaque {@code color}, without
     * antialiasing.
     *
     * @throws IllegalArgumentException if the colour is not opaque
     */
    public void fill(Path2D path, Color color) {
        if (color.getAlpha() != 255)
            throw new IllegalArgumentException("only opaque fills are drawn here, got alpha " + color.getAlpha());
        PolygonSpans spans = PolygonSpans.of(path, height);
        queue.add(new Fill(spans, color.getRGB()));
        queuedWork += spans.rows();
    }

    /**
     * Queues filling {@code shape}, in image pixels, with {@code color} antialiased: each pixel by the
     * share of it inside the shape.
     */
    public void fillAntialiased(Shape shape, Color color) {
        PolygonCoverage polygon = PolygonCoverage.of(shape, width, height);
        queue.add(new Coverage(polygon, color.getRGB()));
        queuedWork += polygon.rows();
    }

    /**
     * Queues a stroke of {@code path}, given in image pixels, with {@code stroke} in {@code color}.
     *
     * @throws IllegalArgumentException if {@link #draws} is false for {@code stroke}
     */
    public void draw(Path2D path, BasicStroke stroke, Color color) {
        if (!draws(stroke)) throw new IllegalArgumentException("not a thin butt-capped mitre-joined stroke: " + stroke);
        int first = segments.count();
        segments.add(path, stroke);
        if (segments.count() == first) return;
        double halfWidth = stroke.getLineWidth() / 2.0;
        double[] s = segments.values();
        int end = segments.count();
        // rows each run of segments spans, so a band skips the runs that cannot reach it
        double[] runRows = new double[2 * ((end - first + Stroke.RUN - 1) / Stroke.RUN)];
        for (int k = first, r = 0; k < end; k += Stroke.RUN, r += 2) {
            double top = Double.POSITIVE_INFINITY;
            double bottom = Double.NEGATIVE_INFINITY;
            for (int j = k; j < Math.min(end, k + Stroke.RUN); j++) {
                int o = StrokeSegments.STRIDE * j;
                top = Math.min(top, Math.min(s[o + 1], s[o + 3]));
                bottom = Math.max(bottom, Math.max(s[o + 1], s[o + 3]));
            }
            runRows[r] = top;
            runRows[r + 1] = bottom;
        }
        queue.add(new Stroke(
                s,
                first,
                end,
                runRows,
                halfWidth,
                stripsByHalfWidth.computeIfAbsent(halfWidth, ThinLineBand::strips),
                color.getRGB()));
        queuedWork += end - first;
    }

    /**
     * Queues composing {@code mark} (a {@code TYPE_INT_ARGB_PRE} image) with its top-left corner at
     * pixel ({@code x}, {@code y}).
     *
     * @throws IllegalArgumentException if the mark is of another type
     */
    public void stamp(BufferedImage mark, int x, int y) {
        if (mark.getType() != BufferedImage.TYPE_INT_ARGB_PRE)
            throw new IllegalArgumentException("marks are TYPE_INT_ARGB_PRE images, got type " + mark.getType());
        int w = mark.getWidth();
        int h = mark.getHeight();
        if (x >= width || y >= height || x + w <= 0 || y + h <= 0) return;
        queue.add(new Stamp(((DataBufferInt) mark.getRaster().getDataBuffer()).getData(), w, h, x, y));
        queuedWork++;
    }

    /** Draws everything queued into the image, in order, and empties the queue. */
    public void flush() {
        flushRows(0, height);
    }

    /**
     * Draws everything queued into at least the rows {@code top} (inclusive) to {@code bottom}
     * (exclusive); the queue waits for the other rows until they are flushed or {@link #discard}ed.
     */
    public void flushRows(int top, int bottom) {
        joinAhead();
        List<Band> due = new ArrayList<>(bands.length);
        for (Band band : bands) if (band.drawn < queue.size() && band.top < bottom && band.bottom > top) due.add(band);
        if (!due.isEmpty()) {
            AtomicInteger next = new AtomicInteger();
            Future<?> shared = helper != null && due.size() > 1 && queuedWork >= PARALLEL_MIN_WORK
                    ? helper.submit(() -> drawBands(due, next))
                    : null;
            try {
                drawBands(due, next);
            } finally {
                if (shared != null) HelperThread.await(shared, "layer buffer");
            }
        }
        for (Band band : bands) if (band.drawn < queue.size()) return;
        discard();
    }

    /** Empties the queue without drawing what the bands have not drawn yet. */
    public void discard() {
        joinAhead();
        queue.clear();
        segments.clear();
        queuedWork = 0;
        for (Band band : bands) band.drawn = 0;
    }

    /**
     * Starts drawing what is queued so far into the bands between the margins on the helper thread,
     * while this thread goes on queueing (the next layer, say); the next flush or discard waits
     * for it. Does nothing without a helper thread.
     */
    public void drawAhead() {
        if (helper == null || queue.isEmpty()) return;
        joinAhead();
        Op[] ops = queue.toArray(Op[]::new);
        stopAhead = false;
        ahead = helper.submit(() -> {
            for (Band band : bands) {
                if (stopAhead) return;
                if (band.margin) continue;
                for (int i = band.drawn; i < ops.length; i++) ops[i].drawInto(band, this);
                band.drawn = ops.length;
            }
        });
    }

    /** Stops the drawing ahead after the band it is in, and waits for it. */
    private void joinAhead() {
        if (ahead == null) return;
        stopAhead = true;
        HelperThread.await(ahead, "layer buffer");
        ahead = null;
    }

    /** Takes bands until none is left, replaying into each what of the queue it has not drawn. */
    private void drawBands(List<Band> due, AtomicInteger next) {
        for (int b = next.getAndIncrement(); b < due.size(); b = next.getAndIncrement()) {
            Band band = due.get(b);
            for (int i = band.drawn; i < queue.size(); i++) queue.get(i).drawInto(band, this);
            band.drawn = queue.size();
        }
    }

    /** Rows {@code top} (inclusive) to {@code bottom} (exclusive) and what drawing into them needs. */
    private static final class Band {
        final int top;
        final int bottom;
        /** A band of the margin, which a frame may not need. */
        final boolean margin;

        final ThinLineBand lines;
        final PolygonSpans.Scratch spans = new PolygonSpans.Scratch();
        final PolygonCoverage.Cells cells = new PolygonCoverage.Cells();
        /** How much of the queue is drawn into this band. */
        int drawn;

        Band(int top, int bottom, boolean margin, ThinLineBand lines) {
            this.top = top;
            this.bottom = bottom;
            this.margin = margin;
            this.lines = lines;
        }
    }

    /** One queued drawing, replayed into each band. */
    private interface Op {
        void drawInto(Band band, BufferRasterizer image);
    }

    private record Clear(int rgb) implements Op {
        @Override
        public void drawInto(Band band, BufferRasterizer image) {
            Arrays.fill(image.pixels, band.top * image.width, band.bottom * image.width, rgb);
        }
    }

    private record Fill(PolygonSpans spans, int rgb) implements Op {
        @Override
        public void drawInto(Band band, BufferRasterizer image) {
            spans.fill(image.pixels, image.width, band.top, band.bottom, rgb, band.spans);
        }
    }

    private record Coverage(PolygonCoverage polygon, int argb) implements Op {
        @Override
        public void drawInto(Band band, BufferRasterizer image) {
            polygon.fill(image.pixels, image.width, band.top, band.bottom, argb, band.cells);
        }
    }

    /**
     * Segments {@code first} to {@code end} of {@code values} (the segment array they were written
     * to, which later growth copies but never changes); {@code runRows} holds the top and bottom row
     * of each run of {@value #RUN} of them.
     */
    private record Stroke(
            double[] values, int first, int end, double[] runRows, double halfWidth, float[] strips, int argb)
            implements Op {
        /** Segments per run in {@code runRows}. */
        static final int RUN = 32;

        @Override
        public void drawInto(Band band, BufferRasterizer image) {
            ThinLineBand lines = band.lines;
            boolean started = false;
            double[] s = values;
            for (int k = first, r = 0; k < end; k += RUN, r += 2) {
                if (!lines.mayReach(runRows[r], runRows[r + 1], halfWidth)) continue;
                if (!started) {
                    lines.stroke(halfWidth, strips);
                    started = true;
                }
                for (int j = k, last = Math.min(end, k + RUN); j < last; j++) {
                    int o = StrokeSegments.STRIDE * j;
                    if (lines.mayReach(s[o + 1], s[o + 3], halfWidth))
                        lines.segment(s[o], s[o + 1], s[o + 2], s[o + 3], s[o + 4], s[o + 5]);
                }
            }
            if (started) lines.compose(argb);
        }
    }

    /** A premultiplied mark composed source-over, with Java2D's rounding. */
    private record Stamp(int[] mark, int w, int h, int x, int y) implements Op {
        @Override
        public void drawInto(Band band, BufferRasterizer image) {
            int fromY = Math.max(y, band.top);
            int toY = Math.min(y + h, band.bottom);
            int fromX = Math.max(x, 0);
            int toX = Math.min(x + w, image.width);
            int[] pixels = image.pixels;
            for (int row = fromY; row < toY; row++) {
                int s = (row - y) * w + (fromX - x);
                int d = row * image.width + fromX;
                for (int col = fromX; col < toX; col++, s++, d++) {
                    int src = mark[s];
                    int a = src >>> 24;
                    if (a == 0) continue;
                    if (a == 255) {
                        pixels[d] = (pixels[d] & 0xFF000000) | (src & 0xFFFFFF);
                        continue;
                    }
                    int keep = 255 - a;
                    int dst = pixels[d];
                    int r = ((src >> 16) & 0xFF) + mul8(keep, (dst >> 16) & 0xFF);
                    int g = ((src >> 8) & 0xFF) + mul8(keep, (dst >> 8) & 0xFF);
                    int b = (src & 0xFF) + mul8(keep, dst & 0xFF);
                    pixels[d] = (dst & 0xFF000000) | r << 16 | g << 8 | b;
                }
            }
        }

        /** a · b / 255 rounded as Java2D's {@code mul8table} does. */
        private static int mul8(int a, int b) {
            return (int) ((a * b * 0x10101L + 0x800000L) >>> 24);
        }
    }
}
