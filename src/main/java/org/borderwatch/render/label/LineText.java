package org.borderwatch.render.label;

import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a name along a line on screen glyph by glyph, each glyph turned to the stretch of line under it, as river
 * and road names are set on topographic maps; or puts a road ref on a shield plate on the line. The text always
 * reads left to right (a line digitised right to left is walked backwards), is left out where two neighbouring
 * glyphs would turn by more than the largest bend allowed, and on long lines repeats every {@code spacingPx}.
 * The returned spots are label candidates: the collision pass decides which of them are drawn. Keeps the glyphs of
 * the texts it has set; not thread-safe, one per painter.
 */
public final class LineText {

    private record Key(String text, Font font) {}

    /** A text's glyphs measured once: where each glyph starts along the baseline, its advance, the whole width. */
    private record Measured(GlyphVector glyphs, double[] start, double[] advance, double width) {}

    private static final int MAX_MEASURED = 4096;

    /** Glyph vectors by text and font, kept across features and frames: a road's name recurs on each of its pieces. */
    private final Map<Key, Measured> measured = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Measured> eldest) {
            return size() > MAX_MEASURED;
        }
    };

    /** A candidate spot: the label's centre in device pixels and its shape around it. */
    public record Spot(double x, double y, LabelShape shape) {}

    /** Where along a piece to try a single name's centre when it is not repeated, the middle first. */
    private static final double[] TRIES = {0.5, 0.38, 0.62, 0.26, 0.74, 0.14, 0.86};
    /** The total turn a name may make from its first glyph to its last, however gentle each bend. */
    private static final double MAX_TOTAL_TURN = Math.toRadians(100);
    /** The gap between the line and the baseline side of the text, in font sizes. */
    private static final double OFFSET = 0.2;
    /** Space between a shield's plate and its text, in font sizes. */
    private static final double PLATE_PAD = 0.25;

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private Measured measure(String text, Font font) {
        return measured.computeIfAbsent(new Key(text, font), k -> {
            GlyphVector gv = k.font().createGlyphVector(FRC, k.text());
            int n = gv.getNumGlyphs();
            double[] start = new double[n];
            double[] advance = new double[n];
            for (int i = 0; i < n; i++) {
                start[i] = gv.getGlyphPosition(i).getX();
                advance[i] = gv.getGlyphMetrics(i).getAdvance();
            }
            return new Measured(gv, start, advance, gv.getGlyphPosition(n).getX());
        });
    }

    /**
     * The spots for {@code text} set along {@code line} beside it: one per {@code spacingPx} on long pieces (the
     * first in the middle), or, with a spacing of 0, the first spot that fits, tried from the middle outwards.
     *
     * @param maxBendRad the largest turn between neighbouring glyphs
     */
    public List<Spot> along(Path2D line, String text, Font font, float haloPx, double spacingPx, double maxBendRad) {
        Measured m = measure(text, font);
        int n = m.advance().length;
        if (n == 0) return List.of();
        GlyphVector gv = m.glyphs();
        double[] start = m.start();
        double[] advance = m.advance();
        double width = m.width();
        List<Spot> spots = new ArrayList<>();
        for (double[] piece : pieces(line)) {
            double[] cum = cumulative(piece);
            double total = cum[cum.length - 1];
            if (total < width + font.getSize2D()) continue;
            for (double centre : centres(total, width, spacingPx)) {
                Spot s = setAt(piece, cum, centre, gv, start, advance, width, font, haloPx, maxBendRad);
                if (s == null) continue;
                spots.add(s);
                if (spacingPx <= 0) break;
            }
            if (spacingPx <= 0 && !spots.isEmpty()) break;
        }
        return spots;
    }

    /**
     * The spots for a ref on a shield along {@code line}: upright plates centred on the line, one per
     * {@code spacingPx} on long pieces, or one in the middle of the longest piece with a spacing of 0.
     */
    public List<Spot> shields(Path2D line, String text, Font font, Color plateFill, Color plateEdge, double spacingPx) {
        GlyphVector gv = font.createGlyphVector(FRC, text);
        Shape glyphs = gv.getOutline();
        Rectangle2D ink = glyphs.getBounds2D();
        double pad = PLATE_PAD * font.getSize2D();
        double w = ink.getWidth() + 2 * pad;
        double h = ink.getHeight() + 2 * pad;
        Shape outline = AffineTransform.getTranslateInstance(-ink.getCenterX(), -ink.getCenterY())
                .createTransformedShape(glyphs);
        RoundRectangle2D plate = new RoundRectangle2D.Double(-w / 2, -h / 2, w, h, h / 2, h / 2);
        LabelShape shape = new LabelShape(outline, List.of(plate.getBounds2D()), plate, plateFill, plateEdge);
        List<double[]> pieces = pieces(line);
        pieces.sort((a, b) -> Double.compare(length(b), length(a)));
        List<Spot> spots = new ArrayList<>();
        for (double[] piece : pieces) {
            double[] cum = cumulative(piece);
            double total = cum[cum.length - 1];
            if (total < 2 * w) continue;
            for (double centre : centres(total, w, spacingPx > 0 ? spacingPx : Double.POSITIVE_INFINITY)) {
                double[] p = pointAt(piece, cum, centre);
                spots.add(new Spot(p[0], p[1], shape));
            }
            if (spacingPx <= 0) break;
        }
        return spots;
    }

    /** Where the text's centre goes along a piece {@code total} long: the middle, then every spacing either side. */
    private static double[] centres(double total, double width, double spacingPx) {
        if (spacingPx <= 0) {
            double[] at = new double[TRIES.length];
            for (int i = 0; i < at.length; i++) at[i] = TRIES[i] * total;
            return at;
        }
        List<Double> at = new ArrayList<>();
        at.add(total / 2);
        for (int k = 1; total / 2 + k * spacingPx + width / 2 <= total; k++) {
            at.add(total / 2 - k * spacingPx);
            at.add(total / 2 + k * spacingPx);
        }
        return at.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static Spot setAt(
            double[] p,
            double[] cum,
            double centre,
            GlyphVector gv,
            double[] start,
            double[] advance,
            double width,
            Font font,
            float haloPx,
            double maxBendRad) {
        double from = centre - width / 2;
        double to = centre + width / 2;
        if (from < 0 || to > cum[cum.length - 1]) return null;
        double[] a = pointAt(p, cum, from);
        double[] b = pointAt(p, cum, to);
        // read left to right: a line running right to left is walked from its far end
        boolean backwards = b[0] < a[0];
        int n = advance.length;
        double size = font.getSize2D();
        double ascent = font.getLineMetrics("Hg", FRC).getAscent();
        double descent = font.getLineMetrics("Hg", FRC).getDescent();
        double lift = OFFSET * size + descent;
        Path2D.Double outline = new Path2D.Double(Path2D.WIND_NON_ZERO);
        List<Rectangle2D> boxes = new ArrayList<>(n);
        double firstAngle = Double.NaN;
        double lastAngle = Double.NaN;
        for (int i = 0; i < n; i++) {
            double mid = start[i] + advance[i] / 2;
            double s = backwards ? to - mid : from + mid;
            double half = Math.max(advance[i] / 2, size * 0.2);
            double[] g0 = pointAt(p, cum, Math.max(0, s - half));
            double[] g1 = pointAt(p, cum, Math.min(cum[cum.length - 1], s + half));
            double angle = Math.atan2(g1[1] - g0[1], g1[0] - g0[0]);
            if (backwards) angle += Math.PI;
            if (!Double.isNaN(lastAngle)) {
                if (Math.abs(turn(angle, lastAngle)) > maxBendRad) return null;
                if (Math.abs(turn(angle, firstAngle)) > MAX_TOTAL_TURN) return null;
            } else {
                firstAngle = angle;
            }
            lastAngle = angle;
            double[] on = pointAt(p, cum, s);
            // the text's "up" on screen is (sin, −cos) of its angle; its baseline sits just above the line
            double bx = on[0] + Math.sin(angle) * lift;
            double by = on[1] - Math.cos(angle) * lift;
            AffineTransform t = AffineTransform.getTranslateInstance(bx, by);
            t.rotate(angle);
            t.translate(-advance[i] / 2, 0);
            Shape glyph = gv.getGlyphOutline(i, (float) -start[i], 0f);
            outline.append(t.createTransformedShape(glyph), false);
            Rectangle2D cell = new Rectangle2D.Double(
                    -haloPx, -ascent - haloPx, advance[i] + 2 * haloPx, ascent + descent + 2 * haloPx);
            boxes.add(t.createTransformedShape(cell).getBounds2D());
        }
        Rectangle2D all = (Rectangle2D) boxes.get(0).clone();
        for (Rectangle2D r : boxes) all.add(r);
        double cx = all.getCenterX();
        double cy = all.getCenterY();
        List<Rectangle2D> centred = new ArrayList<>(n);
        for (Rectangle2D r : boxes)
            centred.add(new Rectangle2D.Double(r.getX() - cx, r.getY() - cy, r.getWidth(), r.getHeight()));
        Shape around = AffineTransform.getTranslateInstance(-cx, -cy).createTransformedShape(outline);
        return new Spot(cx, cy, new LabelShape(around, centred, null, null, null));
    }

    /** The signed turn from angle {@code b} to angle {@code a}, within ±π. */
    private static double turn(double a, double b) {
        double d = a - b;
        while (d > Math.PI) d -= 2 * Math.PI;
        while (d < -Math.PI) d += 2 * Math.PI;
        return d;
    }

    private static double[] pointAt(double[] p, double[] cum, double s) {
        int i = Arrays.binarySearch(cum, s);
        if (i < 0) i = -i - 1;
        i = Math.max(1, Math.min(cum.length - 1, i));
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
        double[] cum = cumulative(p);
        return cum[cum.length - 1];
    }

    /** The path's pieces (one per move-to) as x, y, x, y, …, curves flattened to half a pixel. */
    static List<double[]> pieces(Path2D line) {
        List<double[]> pieces = new ArrayList<>();
        double[] c = new double[6];
        double[] cur = new double[16];
        int n = 0;
        for (PathIterator it = line.getPathIterator(null, 0.5); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO && n > 0) {
                if (n >= 4) pieces.add(Arrays.copyOf(cur, n));
                n = 0;
            }
            if (type == PathIterator.SEG_CLOSE) continue;
            if (n + 2 > cur.length) cur = Arrays.copyOf(cur, cur.length * 2);
            cur[n++] = c[0];
            cur[n++] = c[1];
        }
        if (n >= 4) pieces.add(Arrays.copyOf(cur, n));
        return pieces;
    }
}
