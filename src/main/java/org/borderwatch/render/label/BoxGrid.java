package org.borderwatch.render.label;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Rectangles bucketed in square cells over an area, so an overlap test looks at the rectangles near
 * the one tested instead of at all of them. Rectangles reaching beyond the area go to its edge cells.
 */
final class BoxGrid {

    private static final double CELL_PX = 64;

    private final double minX;
    private final double minY;
    private final int cols;
    private final int rows;
    private final List<List<Rectangle2D>> cells;

    BoxGrid(double minX, double minY, double width, double height) {
        this.minX = minX;
        this.minY = minY;
        cols = Math.max(1, (int) Math.ceil(width / CELL_PX));
        rows = Math.max(1, (int) Math.ceil(height / CELL_PX));
        cells = new ArrayList<>(cols * rows);
        for (int i = 0; i < cols * rows; i++) cells.add(null);
    }

    void add(Rectangle2D r) {
        int c0 = col(r.getMinX());
        int c1 = col(r.getMaxX());
        int r1 = row(r.getMaxY());
        for (int row = row(r.getMinY()); row <= r1; row++)
            for (int col = c0; col <= c1; col++) {
                int i = row * cols + col;
                if (cells.get(i) == null) cells.set(i, new ArrayList<>(4));
                cells.get(i).add(r);
            }
    }

    boolean intersects(Rectangle2D r) {
        int c0 = col(r.getMinX());
        int c1 = col(r.getMaxX());
        int r1 = row(r.getMaxY());
        for (int row = row(r.getMinY()); row <= r1; row++)
            for (int col = c0; col <= c1; col++) {
                List<Rectangle2D> cell = cells.get(row * cols + col);
                if (cell == null) continue;
                for (Rectangle2D o : cell) if (o.intersects(r)) return true;
            }
        return false;
    }

    private int col(double x) {
        return clamp((int) Math.floor((x - minX) / CELL_PX), cols);
    }

    private int row(double y) {
        return clamp((int) Math.floor((y - minY) / CELL_PX), rows);
    }

    private static int clamp(int v, int n) {
        return Math.max(0, Math.min(n - 1, v));
    }
}
