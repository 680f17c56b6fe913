package org.borderwatch.events.geojson;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * A static R-tree packed in flat arrays (after Agafonkin's flatbush): items sorted along a Z-order curve,
 * 16 to a node, levels stored one after another. About 36 bytes per item and no object per item, where a
 * JTS STRtree costs an ItemBoundable and an Envelope (over 70 bytes). Immutable once built; the store
 * builds a new one after a change.
 */
final class PackedRTree {

    private static final int NODE = 16;

    /** minX, minY, maxX, maxY of every node: leaves first, then each level up to the root. */
    private final double[] boxes;
    /** For a leaf, the item's index; for an inner node, the position of its first child. */
    private final int[] refs;
    /** Position just past the last node of each level, leaves first. */
    private final int[] levelEnds;

    /** Builds the tree over items 0..n-1 whose boxes are given by the four arrays (a point has min = max). */
    PackedRTree(double[] minX, double[] minY, double[] maxX, double[] maxY, int n) {
        int total = n;
        int[] ends = new int[32];
        int levels = 0;
        int count = n;
        ends[levels++] = n;
        while (count > 1) {
            count = (count + NODE - 1) / NODE;
            total += count;
            ends[levels++] = total;
        }
        levelEnds = Arrays.copyOf(ends, levels);
        boxes = new double[total * 4];
        refs = new int[total];
        if (n == 0) return;
        long[] keys = zOrder(minX, minY, maxX, maxY, n);
        for (int pos = 0; pos < n; pos++) {
            int item = (int) keys[pos];
            refs[pos] = item;
            boxes[4 * pos] = minX[item];
            boxes[4 * pos + 1] = minY[item];
            boxes[4 * pos + 2] = maxX[item];
            boxes[4 * pos + 3] = maxY[item];
        }
        int childStart = 0;
        int pos = n;
        for (int level = 1; level < levels; level++) {
            int childEnd = levelEnds[level - 1];
            for (int first = childStart; first < childEnd; first += NODE) {
                double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY;
                double x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
                for (int c = first; c < Math.min(first + NODE, childEnd); c++) {
                    x0 = Math.min(x0, boxes[4 * c]);
                    y0 = Math.min(y0, boxes[4 * c + 1]);
                    x1 = Math.max(x1, boxes[4 * c + 2]);
                    y1 = Math.max(y1, boxes[4 * c + 3]);
                }
                boxes[4 * pos] = x0;
                boxes[4 * pos + 1] = y0;
                boxes[4 * pos + 2] = x1;
                boxes[4 * pos + 3] = y1;
                refs[pos++] = first;
            }
            childStart = childEnd;
        }
    }

    /** Items sorted by the Z-order of their box centres: the curve value in the high 32 bits, the item below. */
    private static long[] zOrder(double[] minX, double[] minY, double[] maxX, double[] maxY, int n) {
        double x0 = Double.POSITIVE_INFINITY, y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            x0 = Math.min(x0, minX[i]);
            y0 = Math.min(y0, minY[i]);
            x1 = Math.max(x1, maxX[i]);
            y1 = Math.max(y1, maxY[i]);
        }
        double sx = x1 > x0 ? 65535 / (x1 - x0) : 0;
        double sy = y1 > y0 ? 65535 / (y1 - y0) : 0;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            int x = (int) (((minX[i] + maxX[i]) / 2 - x0) * sx);
            int y = (int) (((minY[i] + maxY[i]) / 2 - y0) * sy);
            keys[i] = (interleave(x) | (interleave(y) << 1)) << 32 | i;
        }
        Arrays.sort(keys);
        return keys;
    }

    /** Spreads the low 16 bits of v to the even bits of the result. */
    private static long interleave(int v) {
        long x = v & 0xFFFFL;
        x = (x | (x << 8)) & 0x00FF00FFL;
        x = (x | (x << 4)) & 0x0F0F0F0FL;
        x = (x | (x << 2)) & 0x33333333L;
        return (x | (x << 1)) & 0x55555555L;
    }

    /** Calls {@code found} with every item whose box meets [minX, maxX] × [minY, maxY], in no particular order. */
    void search(double minX, double minY, double maxX, double maxY, IntConsumer found) {
        if (refs.length == 0) return;
        int[] stack = new int[16 * levelEnds.length * NODE];
        int top = 0;
        int root = refs.length - 1;
        if (!meets(root, minX, minY, maxX, maxY)) return;
        stack[top++] = root;
        stack[top++] = levelEnds.length - 1;
        while (top > 0) {
            int level = stack[--top];
            int node = stack[--top];
            if (level == 0) {
                found.accept(refs[node]);
                continue;
            }
            int first = refs[node];
            int end = Math.min(first + NODE, levelEnds[level - 1]);
            for (int c = first; c < end; c++) {
                if (!meets(c, minX, minY, maxX, maxY)) continue;
                stack[top++] = c;
                stack[top++] = level - 1;
            }
        }
    }

    private boolean meets(int node, double minX, double minY, double maxX, double maxY) {
        return boxes[4 * node + 2] >= minX
                && boxes[4 * node + 3] >= minY
                && boxes[4 * node] <= maxX
                && boxes[4 * node + 1] <= maxY;
    }
}
