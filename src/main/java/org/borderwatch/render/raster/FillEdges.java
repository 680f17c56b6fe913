package org.borderwatch.render.raster;

import java.awt.Shape;
import java.awt.geom.PathIterator;

/** The straight edges a fill of a shape has: curves flattened, every subpath closed as a fill closes it. */
final class FillEdges {

    /** How far (px) the straight pieces that replace a curve may stray from it. */
    private static final double FLATNESS = 0.1;

    /** Receives one edge, from (x0, y0) to (x1, y1). */
    @FunctionalInterface
    interface Sink {
        void edge(double x0, double y0, double x1, double y1);
    }

    private FillEdges() {}

    /** Hands every edge of {@code shape} to {@code sink}; returns true when the shape fills even-odd. */
    static boolean walk(Shape shape, Sink sink) {
        PathIterator it = shape.getPathIterator(null, FLATNESS);
        double[] c = new double[6];
        double startX = 0;
        double startY = 0;
        double x = 0;
        double y = 0;
        boolean open = false;
        for (; !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                if (open) sink.edge(x, y, startX, startY);
                startX = x = c[0];
                startY = y = c[1];
                open = true;
            } else if (type == PathIterator.SEG_LINETO) {
                sink.edge(x, y, c[0], c[1]);
                x = c[0];
                y = c[1];
            } else {
                sink.edge(x, y, startX, startY);
                x = startX;
                y = startY;
                open = false;
            }
        }
        if (open) sink.edge(x, y, startX, startY);
        return it.getWindingRule() == PathIterator.WIND_EVEN_ODD;
    }
}
