package org.borderwatch.render.label;

import java.awt.geom.Path2D;
import java.util.List;

/**
 * Where a name goes along a line on screen: the centre and angle of a stretch straight enough for the text to
 * lie along it, just beside the line. Stretches are tried from the middle of each piece of the line outwards;
 * the angle is kept within ±90° so the text always reads upright, whichever way the line was digitised.
 *
 * @param x     device pixel x of the label's centre
 * @param y     device pixel y of the label's centre
 * @param angle radians, clockwise on screen, in (−π/2, π/2]
 */
public record LineLabelSpot(double x, double y, double angle) {

    /** Where along a piece to try the label's centre, as fractions of its length: the middle first. */
    private static final double[] TRIES = {0.5, 0.38, 0.62, 0.26, 0.74, 0.14, 0.86};
    /** How far the line may bend away from the label's baseline, in label heights. */
    private static final double MAX_BEND = 0.3;
    /** The gap between the line and the label's near edge, in label heights. */
    private static final double OFFSET = 0.15;

    /**
     * The spot for a {@code widthPx}×{@code heightPx} label along {@code line}, or null when no stretch is
     * long and straight enough.
     */
    public static LineLabelSpot find(Path2D line, double widthPx, double heightPx) {
        List<double[]> pieces = LineText.pieces(line);
        pieces.sort((a, b) -> Double.compare(length(b), length(a)));
        for (double[] piece : pieces) {
            double total = length(piece);
            if (total < widthPx + heightPx) break;
            double[] cumulative = cumulative(piece);
            for (double t : TRIES) {
                double from = t * total - widthPx / 2;
                double to = t * total + widthPx / 2;
                if (from < 0 || to > total) continue;
                LineLabelSpot spot = along(piece, cumulative, from, to, widthPx, heightPx);
                if (spot != null) return spot;
            }
        }
        return null;
    }

    private static LineLabelSpot along(double[] p, double[] cum, double from, double to, double w, double h) {
        double[] a = pointAt(p, cum, from);
        double[] b = pointAt(p, cum, to);
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double chord = Math.hypot(dx, dy);
        if (chord < 0.9 * w) return null;
        for (int i = 0; i < cum.length; i++) {
            if (cum[i] <= from || cum[i] >= to) continue;
            double off = Math.abs((p[2 * i] - a[0]) * dy - (p[2 * i + 1] - a[1]) * dx) / chord;
            if (off > MAX_BEND * h) return null;
        }
        double angle = Math.atan2(dy, dx);
        if (angle > Math.PI / 2) angle -= Math.PI;
        else if (angle <= -Math.PI / 2) angle += Math.PI;
        // the text's "up" on screen is (sin, −cos) of its angle; it sits just above the line
        double shift = h / 2 + OFFSET * h;
        double cx = (a[0] + b[0]) / 2 + Math.sin(angle) * shift;
        double cy = (a[1] + b[1]) / 2 - Math.cos(angle) * shift;
        return new LineLabelSpot(cx, cy, angle);
    }

    private static double[] pointAt(double[] p, double[] cum, double s) {
        int i = 1;
        while (i < cum.length - 1 && cum[i] < s) i++;
        double seg = cum[i] - cum[i - 1];
        double f = seg == 0 ? 0 : (s - cum[i - 1]) / seg;
        return new double[] {
            p[2 * i - 2] + f * (p[2 * i] - p[2 * i - 2]), p[2 * i - 1] + f * (p[2 * i + 1] - p[2 * i - 1])
        };
    }

    private static double[] cumulative(double[] p) {
        int n = p.length / 2;
        double[] cum = new double[n];
        for (int i = 1; i < n; i++)
            cum[i] = cum[i - 1] + Math.hypot(p[2 * i] - p[2 * i - 2], p[2 * i + 1] - p[2 * i - 1]);
        return cum;
    }

    private static double length(double[] p) {
        double sum = 0;
        for (int i = 2; i < p.length; i += 2) sum += Math.hypot(p[i] - p[i - 2], p[i + 1] - p[i - 1]);
        return sum;
    }
}
