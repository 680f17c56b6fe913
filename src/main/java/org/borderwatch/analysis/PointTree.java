package org.borderwatch.analysis;

import java.util.function.IntConsumer;

/**
 * A static 2-d tree packed into two arrays: point ids and their interleaved x/y coordinates, sorted
 * so that every node's median sits in the middle of its slice. It holds a million points in 21 MB
 * (an STRtree needs several objects per point) and answers a small range query in microseconds.
 * Points cannot be added after construction; build a new tree instead.
 */
final class PointTree {

    /** Slices this short are scanned linearly; below ~64 the extra tree levels cost more than they save. */
    private static final int LEAF_SIZE = 64;

    private final int[] ids;
    private final double[] coords;
    private final byte[] tags;

    /**
     * Builds the tree over the given ids; {@code xs[id]} and {@code ys[id]} are each point's position
     * and {@code tags[id]} a small value handed back with it (the event kind). Runs in O(n log n)
     * with Floyd–Rivest selection, no full sort.
     */
    PointTree(int[] pointIds, double[] xs, double[] ys, byte[] pointTags) {
        ids = pointIds.clone();
        coords = new double[2 * ids.length];
        tags = new byte[ids.length];
        for (int i = 0; i < ids.length; i++) {
            coords[2 * i] = xs[ids[i]];
            coords[2 * i + 1] = ys[ids[i]];
            tags[i] = pointTags[ids[i]];
        }
        sort(0, ids.length - 1, 0);
    }

    int size() {
        return ids.length;
    }

    /** Receives a point found by a query, with its coordinates and tag read from the tree's own (sequential) arrays. */
    @FunctionalInterface
    interface Visitor {
        void accept(int id, double x, double y, byte tag);
    }

    /** Calls {@code visitor} with the id of every point inside the closed rectangle. */
    void range(double minX, double minY, double maxX, double maxY, IntConsumer visitor) {
        range(minX, minY, maxX, maxY, (id, x, y, tag) -> visitor.accept(id));
    }

    /**
     * Calls {@code visitor} with every point inside the closed rectangle, its coordinates and tag.
     * Passing them on spares the caller a random read per point into its own arrays, which at a million
     * points costs more in cache misses than the whole query.
     */
    void range(double minX, double minY, double maxX, double maxY, Visitor visitor) {
        if (ids.length == 0) return;
        int[] stack = new int[3 * 64];
        int top = 0;
        stack[top++] = 0;
        stack[top++] = ids.length - 1;
        stack[top++] = 0;
        while (top > 0) {
            int axis = stack[--top];
            int right = stack[--top];
            int left = stack[--top];
            if (right - left <= LEAF_SIZE) {
                for (int i = left; i <= right; i++) {
                    double x = coords[2 * i], y = coords[2 * i + 1];
                    if (x >= minX && x <= maxX && y >= minY && y <= maxY) visitor.accept(ids[i], x, y, tags[i]);
                }
                continue;
            }
            int m = (left + right) >>> 1;
            double x = coords[2 * m], y = coords[2 * m + 1];
            if (x >= minX && x <= maxX && y >= minY && y <= maxY) visitor.accept(ids[m], x, y, tags[m]);
            if (top + 6 > stack.length) stack = java.util.Arrays.copyOf(stack, stack.length * 2);
            if (axis == 0 ? minX <= x : minY <= y) {
                stack[top++] = left;
                stack[top++] = m - 1;
                stack[top++] = 1 - axis;
            }
            if (axis == 0 ? maxX >= x : maxY >= y) {
                stack[top++] = m + 1;
                stack[top++] = right;
                stack[top++] = 1 - axis;
            }
        }
    }

    private void sort(int left, int right, int axis) {
        if (right - left <= LEAF_SIZE) return;
        int m = (left + right) >>> 1;
        select(m, left, right, axis);
        sort(left, m - 1, 1 - axis);
        sort(m + 1, right, 1 - axis);
    }

    /** Floyd–Rivest selection: afterwards slice [left, k) is {@code <=} k's coordinate on the axis and (k, right] is {@code >=}. */
    private void select(int k, int left, int right, int axis) {
        while (right > left) {
            if (right - left > 600) {
                // recurse on a sample around k first so the pivot below lands close to the k-th value
                int n = right - left + 1;
                int m = k - left + 1;
                double z = Math.log(n);
                double s = 0.5 * Math.exp(2 * z / 3);
                double sd = 0.5 * Math.sqrt(z * s * (n - s) / n) * (m - n / 2.0 < 0 ? -1 : 1);
                int newLeft = (int) Math.max(left, Math.floor(k - m * s / n + sd));
                int newRight = (int) Math.min(right, Math.floor(k + (n - m) * s / n + sd));
                select(k, newLeft, newRight, axis);
            }
            double t = coords[2 * k + axis];
            int i = left;
            int j = right;
            swap(left, k);
            if (coords[2 * right + axis] > t) swap(left, right);
            while (i < j) {
                swap(i, j);
                i++;
                j--;
                while (coords[2 * i + axis] < t) i++;
                while (coords[2 * j + axis] > t) j--;
            }
            if (coords[2 * left + axis] == t) {
                swap(left, j);
            } else {
                j++;
                swap(j, right);
            }
            if (j <= k) left = j + 1;
            if (k <= j) right = j - 1;
        }
    }

    private void swap(int i, int j) {
        int id = ids[i];
        ids[i] = ids[j];
        ids[j] = id;
        double x = coords[2 * i];
        coords[2 * i] = coords[2 * j];
        coords[2 * j] = x;
        double y = coords[2 * i + 1];
        coords[2 * i + 1] = coords[2 * j + 1];
        coords[2 * j + 1] = y;
        byte tag = tags[i];
        tags[i] = tags[j];
        tags[j] = tag;
    }
}
