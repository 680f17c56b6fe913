package org.borderwatch.render.raster;

import java.awt.Shape;
import java.util.Arrays;

/**
 * A polygon's edges in image pixels, filled antialiased a band of rows at a time: each pixel gets
 * the exact share of its area inside the polygon (even-odd or non-zero, as the path says). Row by
 * row, every edge crossing the row adds to the cells it passes through how much it covers (its
 * height there) and how much of the cell lies right of it; a sweep from left to right then carries
 * the covers along, so a pixel no edge touches costs one store, or nothing outside the polygon.
 * Edges right of the image are dropped; those left of it only carry their cover.
 */
final class PolygonCoverage {

    /** Coverages this close to 0 or 1 are taken as exactly that, so rounding leaves no faint seams. */
    private static final double EPSILON = 1.0 / 1024;

    private final EdgeTable edges = new EdgeTable();
    private boolean evenOdd;

    private PolygonCoverage() {}

    /**
     * The edges of {@code shape} (curves flattened; every subpath closed, as a fill closes it) that
     * reach rows of an image {@code width} × {@code height} pixels.
     */
    static PolygonCoverage of(Shape shape, int width, int height) {
        PolygonCoverage polygon = new PolygonCoverage();
        polygon.evenOdd = FillEdges.walk(shape, (x0, y0, x1, y1) -> polygon.edge(x0, y0, x1, y1, width, height));
        return polygon;
    }

    private void edge(double x0, double y0, double x1, double y1, int width, int height) {
        if (y0 == y1 || Math.min(x0, x1) >= width) return;
        int first = (int) Math.max(0, Math.floor(Math.min(y0, y1)));
        int end = (int) Math.min(height, Math.ceil(Math.max(y0, y1)));
        if (first < end) edges.add(x0, y0, x1, y1, first, end);
    }

    /** How many rows the polygon's edges cross: the work of filling it. */
    long rows() {
        return edges.rows;
    }

    /**
     * Composes {@code argb} over rows {@code top} (inclusive) to {@code bottom} (exclusive) of
     * {@code pixels}, an opaque image {@code width} wide, by the coverage of each pixel.
     */
    void fill(int[] pixels, int width, int top, int bottom, int argb, Cells cells) {
        if (edges.misses(top, bottom)) return;
        EdgeTable t = edges;
        int[] order = cells.order(t.count);
        int n = 0;
        for (int e = 0; e < t.count; e++) if (t.firstRows[e] < bottom && t.endRows[e] > top) order[n++] = e;
        // the edges in order of the first row they reach, so each row adds the ones starting there
        int[] starts = cells.starts(n);
        for (int k = 0; k < n; k++) starts[k] = Math.max(top, t.firstRows[order[k]]);
        sortByStart(order, starts, n, cells);
        int[] active = cells.active(n);
        int activeCount = 0;
        int next = 0;
        cells.prepare(width);
        for (int row = top; row < bottom; row++) {
            while (next < n && starts[next] <= row) active[activeCount++] = order[next++];
            if (activeCount == 0) {
                if (next == n) break;
                continue;
            }
            int kept = 0;
            for (int k = 0; k < activeCount; k++) {
                int e = active[k];
                addRow(e, row, cells, width);
                if (t.endRows[e] > row + 1) active[kept++] = e;
            }
            activeCount = kept;
            cells.sweep(pixels, row * width, width, argb, evenOdd);
        }
    }

    /** Adds the part of edge {@code e} inside row {@code row} to the row's cells. */
    private void addRow(int e, int row, Cells cells, int width) {
        double x0 = edges.xs0[e];
        double y0 = edges.ys0[e];
        double x1 = edges.xs1[e];
        double y1 = edges.ys1[e];
        double slope = (x1 - x0) / (y1 - y0);
        double ya = Math.max(Math.min(y0, y1), row);
        double yb = Math.min(Math.max(y0, y1), row + 1);
        double xa = x0 + (ya - y0) * slope;
        double xb = x0 + (yb - y0) * slope;
        // the cover keeps the edge's direction, so the rings' windings add up
        double sign = y1 > y0 ? 1 : -1;
        if (Math.max(xa, xb) < 0) {
            cells.left += sign * (yb - ya);
            return;
        }
        if (xa > xb) {
            double t = xa;
            xa = xb;
            xb = t;
            t = ya;
            ya = yb;
            yb = t;
        }
        int ca = (int) Math.floor(xa);
        int cb = (int) Math.floor(xb);
        if (ca == cb) {
            cells.add(ca, sign * Math.abs(yb - ya), (xa + xb) / 2 - ca, width);
            return;
        }
        // through the cells from left to right, cutting the piece at each column edge
        double dydx = (yb - ya) / (xb - xa);
        double px = xa;
        double py = ya;
        if (ca < 0) {
            // the part left of the image only carries its cover
            py = ya - xa * dydx;
            px = 0;
            cells.left += sign * Math.abs(py - ya);
            ca = 0;
        }
        for (int c = ca; c <= cb && c < width; c++) {
            double qx = c == cb ? xb : c + 1;
            double qy = c == cb ? yb : ya + (qx - xa) * dydx;
            cells.add(c, sign * Math.abs(qy - py), (px + qx) / 2 - c, width);
            px = qx;
            py = qy;
        }
    }

    private static void sortByStart(int[] order, int[] starts, int n, Cells cells) {
        long[] keys = cells.keys(n);
        for (int k = 0; k < n; k++) keys[k] = (long) starts[k] << 32 | order[k];
        Arrays.sort(keys, 0, n);
        for (int k = 0; k < n; k++) {
            starts[k] = (int) (keys[k] >>> 32);
            order[k] = (int) keys[k];
        }
    }

    /**
     * One band's working rows: per column the cover and area edges added in the current row, the
     * columns touched, and the cover carried in from left of the image. Reused from row to row and
     * polygon to polygon; only one thread uses it.
     */
    static final class Cells {
        private double[] cover = new double[0];
        private double[] area = new double[0];
        private boolean[] touched = new boolean[0];
        private int[] columns = new int[64];
        private int count;
        double left;
        private int[] order = new int[64];
        private int[] starts = new int[64];
        private int[] active = new int[64];
        private long[] keys = new long[64];

        long[] keys(int n) {
            if (keys.length < n) keys = new long[n];
            return keys;
        }

        int[] order(int n) {
            if (order.length < n) order = new int[n];
            return order;
        }

        int[] starts(int n) {
            if (starts.length < n) starts = new int[n];
            return starts;
        }

        int[] active(int n) {
            if (active.length < n) active = new int[n];
            return active;
        }

        void prepare(int width) {
            if (cover.length < width) {
                cover = new double[width];
                area = new double[width];
                touched = new boolean[width];
            }
            left = 0;
        }

        /**
         * Adds a piece of edge in column {@code c} covering {@code dy} of the row, whose mean x lies
         * {@code fx} into the column: the pixel gets dy·(1 − fx), every pixel right of it dy.
         */
        void add(int c, double dy, double fx, int width) {
            if (c < 0) {
                left += dy;
                return;
            }
            if (c >= width) return;
            if (!touched[c]) {
                touched[c] = true;
                if (count == columns.length) columns = Arrays.copyOf(columns, count * 2);
                columns[count++] = c;
            }
            cover[c] += dy;
            area[c] += dy * (1 - fx);
        }

        /** Composes the row's coverage in {@code argb} into the row starting at {@code base}, and clears it. */
        void sweep(int[] pixels, int base, int width, int argb, boolean evenOdd) {
            Arrays.sort(columns, 0, count);
            double carried = left;
            int from = 0;
            for (int k = 0; k < count; k++) {
                int c = columns[k];
                span(pixels, base, from, c, alpha(carried, evenOdd), argb);
                compose(pixels, base + c, alpha(carried + area[c], evenOdd), argb);
                carried += cover[c];
                cover[c] = 0;
                area[c] = 0;
                touched[c] = false;
                from = c + 1;
            }
            span(pixels, base, from, width, alpha(carried, evenOdd), argb);
            count = 0;
            left = 0;
        }

        private static double alpha(double winding, boolean evenOdd) {
            double a = Math.abs(winding);
            if (evenOdd) {
                a %= 2;
                if (a > 1) a = 2 - a;
            } else if (a > 1) {
                a = 1;
            }
            return a < EPSILON ? 0 : a > 1 - EPSILON ? 1 : a;
        }

        private static void span(int[] pixels, int base, int from, int to, double a, int argb) {
            if (from >= to || a == 0) return;
            if (a == 1 && argb >>> 24 == 255) {
                Arrays.fill(pixels, base + from, base + to, argb);
                return;
            }
            for (int i = base + from; i < base + to; i++) compose(pixels, i, a, argb);
        }

        /** Source-over of {@code argb} at coverage {@code a} onto an opaque pixel. */
        private static void compose(int[] pixels, int i, double a, int argb) {
            if (a == 0) return;
            int alpha = (int) (a * (argb >>> 24) + 0.5);
            if (alpha == 0) return;
            pixels[i] = SourceOver.compose(pixels[i], argb, alpha);
        }
    }
}
