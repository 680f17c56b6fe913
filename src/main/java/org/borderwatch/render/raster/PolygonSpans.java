package org.borderwatch.render.raster;

import java.awt.Shape;
import java.util.Arrays;

/**
 * A polygon's edges in image pixels, ready to be filled without antialiasing a band of rows at a
 * time: a pixel is inside when its centre is (even-odd rule), the rule Java2D's aliased fill
 * follows, with the centres on a left or top edge inside. Edges are kept with the rows whose centres
 * they cross, so a band finds each row's crossings without walking the path again, by counting
 * them per row and sorting each row's few. Edges that cross no row of the image are dropped;
 * those left or right of it are kept, since they decide which side of them is inside.
 */
final class PolygonSpans {

    private final EdgeTable edges = new EdgeTable();

    private PolygonSpans() {}

    /**
     * The edges of {@code shape} (curves flattened; every subpath closed, as a fill closes it) that
     * cross rows of an image {@code height} pixels high. The fill is even-odd whatever the shape's
     * winding rule: the polygons this fills have no overlapping rings.
     */
    static PolygonSpans of(Shape shape, int height) {
        PolygonSpans spans = new PolygonSpans();
        FillEdges.walk(shape, (x0, y0, x1, y1) -> spans.edge(x0, y0, x1, y1, height));
        return spans;
    }

    private void edge(double x0, double y0, double x1, double y1, int height) {
        if (y0 == y1) return;
        // rows whose centre r + 0.5 lies in [top, bottom)
        int first = (int) Math.max(0, Math.ceil(Math.min(y0, y1) - 0.5));
        int end = (int) Math.min(height, Math.ceil(Math.max(y0, y1) - 0.5));
        if (first < end) edges.add(x0, y0, x1, y1, first, end);
    }

    /** How many row crossings the polygon's edges make: the work of filling it. */
    long rows() {
        return edges.rows;
    }

    /**
     * Fills the polygon's pixels in rows {@code top} (inclusive) to {@code bottom} (exclusive) of
     * {@code pixels}, an image {@code width} wide, with {@code rgb}. {@code scratch} holds the rows'
     * crossings.
     */
    void fill(int[] pixels, int width, int top, int bottom, int rgb, Scratch scratch) {
        if (edges.misses(top, bottom)) return;
        EdgeTable t = edges;
        int rowCount = bottom - top;
        // crossings per row from where edges start and stop, then where each row's crossings go
        int[] starts = scratch.starts(rowCount + 1);
        Arrays.fill(starts, 0, rowCount + 1, 0);
        for (int e = 0; e < t.count; e++) {
            int from = Math.max(t.firstRows[e], top);
            int to = Math.min(t.endRows[e], bottom);
            if (from >= to) continue;
            starts[from - top]++;
            starts[to - top]--;
        }
        int total = 0;
        int active = 0;
        for (int r = 0; r < rowCount; r++) {
            active += starts[r];
            starts[r] = total;
            total += active;
        }
        starts[rowCount] = total;
        int[] columns = scratch.columns(total);
        int[] filled = scratch.filled(rowCount);
        Arrays.fill(filled, 0, rowCount, 0);
        for (int e = 0; e < t.count; e++) {
            int from = Math.max(t.firstRows[e], top);
            int to = Math.min(t.endRows[e], bottom);
            if (from >= to) continue;
            double step = (t.xs1[e] - t.xs0[e]) / (t.ys1[e] - t.ys0[e]);
            double x = t.xs0[e] + (from + 0.5 - t.ys0[e]) * step;
            for (int r = from; r < to; r++, x += step) {
                // the first pixel whose centre lies at or right of x, kept within the row
                double column = Math.ceil(x - 0.5);
                int i = r - top;
                columns[starts[i] + filled[i]++] = column <= 0 ? 0 : column >= width ? width : (int) column;
            }
        }
        for (int i = 0; i < rowCount; i++) {
            int from = starts[i];
            int to = starts[i + 1];
            if (to - from < 2) continue;
            sort(columns, from, to);
            int base = (top + i) * width;
            // closed rings cross a row an even number of times; an odd last one is left out
            for (int k = from; k + 1 < to; k += 2)
                if (columns[k] < columns[k + 1]) Arrays.fill(pixels, base + columns[k], base + columns[k + 1], rgb);
        }
    }

    /** Insertion sort: a row has a handful of crossings. */
    private static void sort(int[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int v = a[i];
            int j = i - 1;
            while (j >= from && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    /** One band's working arrays, reused from polygon to polygon; only one thread uses it. */
    static final class Scratch {
        private int[] starts = new int[64];
        private int[] columns = new int[256];
        private int[] filled = new int[64];

        int[] starts(int n) {
            if (starts.length < n) starts = new int[n];
            return starts;
        }

        int[] columns(int n) {
            if (columns.length < n) columns = new int[Math.max(n, columns.length * 2)];
            return columns;
        }

        int[] filled(int n) {
            if (filled.length < n) filled = new int[n];
            return filled;
        }
    }
}
