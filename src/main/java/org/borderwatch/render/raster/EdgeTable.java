package org.borderwatch.render.raster;

import java.util.Arrays;

/**
 * A polygon's edges in image pixels, each with the rows a filler visits for it (first inclusive, end
 * exclusive; which rows those are is the filler's rule). Kept as parallel arrays a filler reads
 * directly: a country has thousands of edges and a band walks them all.
 */
final class EdgeTable {

    double[] xs0 = new double[64];
    double[] ys0 = new double[64];
    double[] xs1 = new double[64];
    double[] ys1 = new double[64];
    int[] firstRows = new int[64];
    int[] endRows = new int[64];
    int count;
    /** The first and end row over all edges, and the sum of their rows: the work of a fill. */
    int firstRow = Integer.MAX_VALUE;

    int endRow;
    long rows;

    void add(double x0, double y0, double x1, double y1, int first, int end) {
        if (count == xs0.length) {
            int n = count * 2;
            xs0 = Arrays.copyOf(xs0, n);
            ys0 = Arrays.copyOf(ys0, n);
            xs1 = Arrays.copyOf(xs1, n);
            ys1 = Arrays.copyOf(ys1, n);
            firstRows = Arrays.copyOf(firstRows, n);
            endRows = Arrays.copyOf(endRows, n);
        }
        xs0[count] = x0;
        ys0[count] = y0;
        xs1[count] = x1;
        ys1[count] = y1;
        firstRows[count] = first;
        endRows[count] = end;
        count++;
        rows += end - first;
        firstRow = Math.min(firstRow, first);
        endRow = Math.max(endRow, end);
    }

    /** True when no edge visits a row from {@code top} (inclusive) to {@code bottom} (exclusive). */
    boolean misses(int top, int bottom) {
        return firstRow >= bottom || endRow <= top;
    }
}
