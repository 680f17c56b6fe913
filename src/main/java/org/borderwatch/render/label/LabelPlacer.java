package org.borderwatch.render.label;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places labels without overlap, most important first, in two steps: point labels beside their point, and
 * centred labels (a name inside its area, or along its line at the line's angle, never upside down) on their
 * anchor only, all in the same collision pass. {@link #layout} chooses
 * each label's spot among the labels alone: right, left, above or below its anchor, then the same a
 * line height further out (see {@link LabelLayout}). {@link #place} fits a layout into one frame: a
 * label keeps its spot when that lies inside the frame and clear of the reserved areas (map
 * furniture, event markers); the labels that lose their spot there try their other spots, most
 * important first, clear of everything placed; a label with no free spot is dropped. A label that
 * keeps its spot is never displaced by another, so while the map pans labels move with it instead
 * of shuffling. Halos are a filled outline under the fill; raster frames copy pre-drawn sprites
 * ({@link LabelSprites}). Glyphs and sprites are kept across frames.
 */
public final class LabelPlacer {

    /** How a label looks: font, fill, halo colour and radius, and the gap to its anchor, in device pixels. */
    public record TextStyle(Font font, Color fill, Color halo, float haloRadiusPx, double gapPx) {}

    /**
     * A label that found a spot: its glyph outline goes at (x, y), the baseline origin; a label turned by
     * {@code angle} radians is centred on (x, y) instead.
     */
    public record Placed(
            String text, Rectangle2D bounds, double x, double y, TextStyle style, double angle, LabelShape shape) {
        public Placed(String text, Rectangle2D bounds, double x, double y, TextStyle style, double angle) {
            this(text, bounds, x, y, style, angle, null);
        }

        public Placed(String text, Rectangle2D bounds, double x, double y, TextStyle style) {
            this(text, bounds, x, y, style, 0, null);
        }
    }

    /**
     * A label offered at device pixel (x, y). A centred one is drawn on its anchor, turned by {@code angle}
     * radians (clockwise on screen, within ±90° so it reads upright), and only where its box lies inside
     * {@code area} when that is given. One with a {@code shape} (glyphs along a line, a shield) is drawn as that
     * shape centred on (x, y) and collides glyph box by glyph box.
     */
    public record Candidate(
            String text,
            double x,
            double y,
            double priority,
            TextStyle style,
            int order,
            boolean centred,
            double angle,
            Shape area,
            LabelShape shape) {
        public Candidate(
                String text,
                double x,
                double y,
                double priority,
                TextStyle style,
                int order,
                boolean centred,
                double angle,
                Shape area) {
            this(text, x, y, priority, style, order, centred, angle, area, null);
        }

        Candidate(String text, double x, double y, double priority, TextStyle style, int order) {
            this(text, x, y, priority, style, order, false, 0, null, null);
        }
    }

    /** How many rings of spots a label placed ahead tries, each three quarters of a line further out. */
    private static final int AHEAD_RINGS = 6;

    private final List<Candidate> candidates = new ArrayList<>();
    private final List<Rectangle2D> reserved = new ArrayList<>();
    private final LabelGlyphs glyphs = new LabelGlyphs();
    private final LabelSprites sprites = new LabelSprites(glyphs);

    /** Forgets the candidates and reserved areas of the previous frame (glyphs and sprites stay). */
    public void reset() {
        candidates.clear();
        reserved.clear();
    }

    /** Offers a label anchored at device pixel (x, y); a higher priority is placed first. */
    public void add(String text, double x, double y, double priority, TextStyle style) {
        if (text == null || text.isBlank()) return;
        candidates.add(new Candidate(text.strip(), x, y, priority, style, candidates.size()));
    }

    /**
     * Offers a label centred on device pixel (x, y), turned by {@code angle} radians; with an {@code area}
     * (a screen path) it is placed only where it fits wholly inside.
     */
    public void addCentred(
            String text, double x, double y, double priority, TextStyle style, double angle, Shape area) {
        if (text == null || text.isBlank()) return;
        candidates.add(new Candidate(text.strip(), x, y, priority, style, candidates.size(), true, angle, area));
    }

    /**
     * Offers a label drawn as {@code shape} centred on device pixel (x, y): a name set glyph by glyph along a line
     * or a ref on a shield (see {@link LineText}). It takes part in the same collision pass as every other label.
     */
    public void addShaped(String text, double x, double y, double priority, TextStyle style, LabelShape shape) {
        if (text == null || text.isBlank()) return;
        candidates.add(new Candidate(text.strip(), x, y, priority, style, candidates.size(), true, 0, null, shape));
    }

    /** The width and height of {@code text}'s ink in {@code style}, halo included, in device pixels. */
    public double[] sizeOf(String text, TextStyle style) {
        Rectangle2D ink = glyphs.of(text.strip(), style.font()).ink();
        return new double[] {ink.getWidth() + 2 * style.haloRadiusPx(), ink.getHeight() + 2 * style.haloRadiusPx()};
    }

    /** Keeps labels out of {@code area} (a scale bar, the attribution). */
    public void reserve(Rectangle2D area) {
        reserved.add(area);
    }

    /** Chooses spots for the candidates offered since the last reset, among themselves. */
    public LabelLayout layout() {
        return layout(LabelLayout.empty());
    }

    /** Chooses spots as {@link #layout()} does, keeping the spots of the labels {@code kept} already holds. */
    public LabelLayout layout(LabelLayout kept) {
        return LabelLayout.plan(candidates, glyphs, kept);
    }

    /**
     * Places labels that belong to this frame alone (the names of the sites its events sit at) before the layout's:
     * by priority, each on the first of its spots inside the frame and clear of the reserved areas and of those
     * placed before it. Each one placed is then reserved, so the layout's labels keep clear of it in
     * {@link #place}; one with no free spot is dropped.
     */
    public List<Placed> placeAhead(List<Candidate> offered, double width, double height) {
        Rectangle2D frame = new Rectangle2D.Double(0, 0, width, height);
        BoxGrid grid = new BoxGrid(0, 0, width, height);
        for (Rectangle2D r : reserved) grid.add(r);
        List<Candidate> ordered = new ArrayList<>(offered);
        ordered.sort((a, b) -> Double.compare(b.priority(), a.priority()));
        List<Placed> placed = new ArrayList<>();
        for (Candidate c : ordered) {
            LabelLayout.Label l =
                    LabelLayout.Label.of(c, glyphs.of(c.text(), c.style().font()));
            for (Rectangle2D box : aheadSpots(l)) {
                if (!frame.contains(box) || grid.intersects(box)) continue;
                grid.add(box);
                reserved.add(box);
                placed.add(l.placedIn(box));
                break;
            }
        }
        return placed;
    }

    /**
     * The spots a label placed ahead tries: beside, across and diagonally off its anchor, in rings ever further out,
     * since the markers of the events it names (a fanned group, a counted cluster) take the space nearest it.
     */
    private static List<Rectangle2D> aheadSpots(LabelLayout.Label l) {
        Candidate c = l.candidate();
        double x = c.x(), y = c.y(), w = l.widthPx(), h = l.heightPx();
        if (c.centred()) return List.of(l.box(0, 0, 0));
        List<Rectangle2D> spots = new ArrayList<>();
        for (int ring = 0; ring < AHEAD_RINGS; ring++) {
            double g = c.style().gapPx() + ring * h * 0.75;
            double d = g * 0.7;
            spots.add(new Rectangle2D.Double(x + g, y - h / 2, w, h));
            spots.add(new Rectangle2D.Double(x - g - w, y - h / 2, w, h));
            spots.add(new Rectangle2D.Double(x - w / 2, y - g - h, w, h));
            spots.add(new Rectangle2D.Double(x - w / 2, y + g, w, h));
            spots.add(new Rectangle2D.Double(x + d, y - d - h, w, h));
            spots.add(new Rectangle2D.Double(x + d, y + d, w, h));
            spots.add(new Rectangle2D.Double(x - d - w, y - d - h, w, h));
            spots.add(new Rectangle2D.Double(x - d - w, y + d, w, h));
        }
        return spots;
    }

    /** Fits {@code layout} into a {@code width}×{@code height} frame, clear of the reserved areas. */
    public List<Placed> place(LabelLayout layout, double width, double height) {
        double dx = layout.dx();
        double dy = layout.dy();
        Rectangle2D frame = new Rectangle2D.Double(0, 0, width, height);
        BoxGrid grid = new BoxGrid(0, 0, width, height);
        for (Rectangle2D r : reserved) grid.add(r);
        List<Placed> placed = new ArrayList<>();
        List<LabelLayout.Label> displaced = new ArrayList<>();
        List<Rectangle2D> kept = new ArrayList<>();
        for (LabelLayout.Label l : layout.labels()) {
            double x = l.candidate().x() + dx;
            double y = l.candidate().y() + dy;
            double reach = l.reachPx();
            if (x < -reach || y < -reach || x > width + reach || y > height + reach) continue;
            Rectangle2D box = l.box(l.spot(), dx, dy);
            List<Rectangle2D> parts = l.boxes(l.spot(), dx, dy);
            // the layout keeps labels apart, so only frame and reserved areas can take a label's spot
            if (frame.contains(box) && !LabelLayout.hitsAny(grid, parts)) {
                kept.addAll(parts);
                placed.add(l.placedIn(box));
            } else {
                displaced.add(l);
            }
        }
        for (Rectangle2D box : kept) grid.add(box);
        for (LabelLayout.Label l : displaced)
            // a centred label has no other spot to try
            for (int k = 0; k < (l.candidate().centred() ? 0 : LabelLayout.SPOTS); k++) {
                if (k == l.spot()) continue;
                Rectangle2D box = l.box(k, dx, dy);
                if (!frame.contains(box) || grid.intersects(box)) continue;
                grid.add(box);
                placed.add(l.placedIn(box));
                break;
            }
        return placed;
    }

    /**
     * Draws placed labels: every halo first, then every fill, so no halo covers another label's text.
     * Into pixels ({@code raster}) labels are glyph outlines or sprites; SVG and PDF get real text,
     * searchable and selectable. Labels along lines are drawn turned, as glyph outlines on every output.
     */
    public void paint(Graphics2D g, List<Placed> labels, boolean raster) {
        List<Placed> shaped = labels.stream().filter(p -> p.shape() != null).toList();
        if (!shaped.isEmpty())
            labels = labels.stream().filter(p -> p.shape() == null).toList();
        List<Placed> turned = labels.stream().filter(p -> p.angle() != 0).toList();
        if (!turned.isEmpty())
            labels = labels.stream().filter(p -> p.angle() == 0).toList();
        if (raster && LabelSprites.fits(g)) {
            // labels never overlap, so each one's halo and fill can go down together
            sprites.paint(g, labels);
        } else {
            paintFlat(g, labels, raster);
        }
        for (Placed p : turned) paintTurned(g, p);
        paintShaped(g, shaped);
    }

    /** Names along lines and shields: every halo, then every plate and text, as outlines on every output. */
    private static void paintShaped(Graphics2D g, List<Placed> labels) {
        for (Placed p : labels) {
            if (!hasHalo(p.style()) || p.shape().plate() != null) continue;
            g.setColor(p.style().halo());
            g.setStroke(new BasicStroke(2 * p.style().haloRadiusPx(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(p.shape().outlineAt(p.x(), p.y()));
        }
        for (Placed p : labels) {
            LabelShape s = p.shape();
            if (s.plate() != null) {
                Shape plate = AffineTransform.getTranslateInstance(p.x(), p.y()).createTransformedShape(s.plate());
                g.setColor(s.plateFill());
                g.fill(plate);
                if (s.plateEdge() != null) {
                    g.setColor(s.plateEdge());
                    g.setStroke(new BasicStroke(1f));
                    g.draw(plate);
                }
            }
            g.setColor(p.style().fill());
            g.fill(s.outlineAt(p.x(), p.y()));
        }
    }

    /** A label along a line: turned about its centre, halo then fill, as glyph outlines on every output. */
    private void paintTurned(Graphics2D g, Placed p) {
        LabelGlyphs.Glyphs gl = glyphs.of(p.text(), p.style().font());
        Graphics2D t = (Graphics2D) g.create();
        t.translate(p.x(), p.y());
        t.rotate(p.angle());
        t.translate(-gl.ink().getCenterX(), -gl.ink().getCenterY());
        if (hasHalo(p.style())) {
            t.setColor(p.style().halo());
            t.fill(glyphs.halo(p.text(), p.style().font(), p.style().haloRadiusPx()));
        }
        t.setColor(p.style().fill());
        t.fill(gl.outline());
        t.dispose();
    }

    private void paintFlat(Graphics2D g, List<Placed> labels, boolean raster) {
        for (Placed p : labels) {
            if (!hasHalo(p.style())) continue;
            g.setColor(p.style().halo());
            g.translate(p.x(), p.y());
            g.fill(glyphs.halo(p.text(), p.style().font(), p.style().haloRadiusPx()));
            g.translate(-p.x(), -p.y());
        }
        for (Placed p : labels) {
            g.setColor(p.style().fill());
            g.translate(p.x(), p.y());
            if (!raster) {
                g.setFont(p.style().font());
                g.drawString(p.text(), 0f, 0f);
            } else {
                g.fill(glyphs.of(p.text(), p.style().font()).outline());
            }
            g.translate(-p.x(), -p.y());
        }
    }

    static boolean hasHalo(TextStyle style) {
        return style.halo() != null && style.haloRadiusPx() > 0;
    }
}
