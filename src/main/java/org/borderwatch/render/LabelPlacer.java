package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places point labels without overlap, most important first: each candidate tries right, left,
 * above and below its anchor, then the same a line height further out, and takes the first spot
 * clear of labels already placed, of reserved areas (map furniture, event markers) and of the frame
 * edge; a label with no free spot is dropped. Halos are a
 * stroked glyph outline under the fill. Glyph outlines are cached by text and font across frames.
 */
final class LabelPlacer {

    /** How a label looks: font, fill, halo colour and radius, and the gap to its anchor, in device pixels. */
    record TextStyle(Font font, Color fill, Color halo, float haloRadiusPx, double gapPx) {}

    /** A label that found a spot: its glyph outline goes at (x, y), the baseline origin. */
    record Placed(String text, Rectangle2D bounds, double x, double y, TextStyle style) {}

    /** A label offered at device pixel (x, y). */
    record Candidate(String text, double x, double y, double priority, TextStyle style, int order) {}

    private record GlyphKey(String text, Font font) {}

    private record HaloKey(String text, Font font, float radius) {}

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final int MAX_CACHED_GLYPHS = 8192;
    private static final double CELL_PX = 64;

    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<HaloKey, Shape> halos = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<HaloKey, Shape> eldest) {
            return size() > MAX_CACHED_GLYPHS;
        }
    };
    private final List<Rectangle2D> reserved = new ArrayList<>();
    private final Map<GlyphKey, Shape> outlines = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<GlyphKey, Shape> eldest) {
            return size() > MAX_CACHED_GLYPHS;
        }
    };

    /** Forgets the candidates and reserved areas of the previous frame (the glyph cache stays). */
    void reset() {
        candidates.clear();
        reserved.clear();
    }

    /** Offers a label anchored at device pixel (x, y); a higher priority is placed first. */
    void add(String text, double x, double y, double priority, TextStyle style) {
        if (text == null || text.isBlank()) return;
        candidates.add(new Candidate(text.strip(), x, y, priority, style, candidates.size()));
    }

    /** The candidates offered since the last reset. */
    List<Candidate> candidates() {
        return List.copyOf(candidates);
    }

    /** Offers {@code offered} again, moved by (dx, dy) device pixels, in their original order. */
    void addAll(List<Candidate> offered, double dx, double dy) {
        for (Candidate c : offered) candidates.add(new Candidate(c.text(), c.x() + dx, c.y() + dy, c.priority(), c.style(),
                candidates.size()));
    }

    /** Keeps labels out of {@code area} (a scale bar, the attribution). */
    void reserve(Rectangle2D area) {
        reserved.add(area);
    }

    /** Chooses spots for as many candidates as fit in a {@code width}×{@code height} frame. */
    List<Placed> place(double width, double height) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        // ties keep the order features were offered in, so the result does not depend on the sort
        ordered.sort(Comparator.comparingDouble(Candidate::priority).reversed().thenComparingInt(Candidate::order));
        Grid grid = new Grid(width, height);
        for (Rectangle2D r : reserved) grid.add(r);
        Rectangle2D frame = new Rectangle2D.Double(0, 0, width, height);
        List<Placed> placed = new ArrayList<>();
        for (Candidate c : ordered) {
            Rectangle2D ink = outline(c.text(), c.style().font()).getBounds2D();
            double pad = c.style().haloRadiusPx();
            double w = ink.getWidth() + 2 * pad;
            double h = ink.getHeight() + 2 * pad;
            double gap = c.style().gapPx();
            // the outer ring, a line height further out, lets a town keep its name beside an event marker
            double far = gap + h;
            double[][] spots = {
                {c.x() + gap, c.y() - h / 2}, {c.x() - gap - w, c.y() - h / 2},
                {c.x() - w / 2, c.y() - gap - h}, {c.x() - w / 2, c.y() + gap},
                {c.x() + far, c.y() - h / 2}, {c.x() - far - w, c.y() - h / 2},
                {c.x() - w / 2, c.y() - far - h}, {c.x() - w / 2, c.y() + far}};
            for (double[] s : spots) {
                Rectangle2D box = new Rectangle2D.Double(s[0], s[1], w, h);
                if (!frame.contains(box) || grid.intersects(box)) continue;
                grid.add(box);
                placed.add(new Placed(c.text(), box, s[0] + pad - ink.getX(), s[1] + pad - ink.getY(), c.style()));
                break;
            }
        }
        return placed;
    }

    /** Draws placed labels: every halo first, then every fill, so no halo covers another label's text. */
    void paint(Graphics2D g, List<Placed> labels) {
        for (Placed p : labels) {
            if (p.style().halo() == null || p.style().haloRadiusPx() <= 0) continue;
            g.setColor(p.style().halo());
            g.translate(p.x(), p.y());
            g.fill(halo(p.text(), p.style()));
            g.translate(-p.x(), -p.y());
        }
        // SVG and PDF get real text, searchable and selectable; pixels get the cached outline
        boolean vector = !g.getClass().getName().startsWith("sun.java2d.");
        for (Placed p : labels) {
            g.setColor(p.style().fill());
            g.translate(p.x(), p.y());
            if (vector) {
                g.setFont(p.style().font());
                g.drawString(p.text(), 0f, 0f);
            } else {
                g.fill(outline(p.text(), p.style().font()));
            }
            g.translate(-p.x(), -p.y());
        }
    }

    /** The halo as a filled shape, cached: stroking glyph outlines anew each frame costs more than all else. */
    private Shape halo(String text, TextStyle style) {
        return halos.computeIfAbsent(new HaloKey(text, style.font(), style.haloRadiusPx()), k -> new BasicStroke(
                2 * k.radius(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(outline(k.text(), k.font())));
    }

    private Shape outline(String text, Font font) {
        return outlines.computeIfAbsent(new GlyphKey(text, font), k -> {
            GlyphVector gv = font.createGlyphVector(FRC, text);
            return gv.getOutline();
        });
    }

    /** A bucket grid of placed boxes, so each test looks at neighbours only. */
    private static final class Grid {
        private final int cols;
        private final int rows;
        private final List<List<Rectangle2D>> cells;

        Grid(double width, double height) {
            cols = Math.max(1, (int) Math.ceil(width / CELL_PX));
            rows = Math.max(1, (int) Math.ceil(height / CELL_PX));
            cells = new ArrayList<>(cols * rows);
            for (int i = 0; i < cols * rows; i++) cells.add(new ArrayList<>(2));
        }

        void add(Rectangle2D r) {
            forCells(r, cell -> {
                cell.add(r);
                return false;
            });
        }

        boolean intersects(Rectangle2D r) {
            return forCells(r, cell -> {
                for (Rectangle2D o : cell) if (o.intersects(r)) return true;
                return false;
            });
        }

        private boolean forCells(Rectangle2D r, java.util.function.Predicate<List<Rectangle2D>> action) {
            int c0 = clamp((int) Math.floor(r.getMinX() / CELL_PX), cols);
            int c1 = clamp((int) Math.floor(r.getMaxX() / CELL_PX), cols);
            int r0 = clamp((int) Math.floor(r.getMinY() / CELL_PX), rows);
            int r1 = clamp((int) Math.floor(r.getMaxY() / CELL_PX), rows);
            for (int row = r0; row <= r1; row++)
                for (int col = c0; col <= c1; col++)
                    if (action.test(cells.get(row * cols + col))) return true;
            return false;
        }

        private static int clamp(int v, int n) {
            return Math.max(0, Math.min(n - 1, v));
        }
    }
}
