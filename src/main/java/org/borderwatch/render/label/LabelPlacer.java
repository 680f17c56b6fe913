package org.borderwatch.render.label;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places point labels without overlap, most important first, in two steps. {@link #layout} chooses
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

    /** A label that found a spot: its glyph outline goes at (x, y), the baseline origin. */
    public record Placed(String text, Rectangle2D bounds, double x, double y, TextStyle style) {}

    /** A label offered at device pixel (x, y). */
    record Candidate(String text, double x, double y, double priority, TextStyle style, int order) {}

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
            // the layout keeps labels apart, so only frame and reserved areas can take a label's spot
            if (frame.contains(box) && !grid.intersects(box)) {
                kept.add(box);
                placed.add(l.placedIn(box));
            } else {
                displaced.add(l);
            }
        }
        for (Rectangle2D box : kept) grid.add(box);
        for (LabelLayout.Label l : displaced)
            for (int k = 0; k < LabelLayout.SPOTS; k++) {
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
     * searchable and selectable.
     */
    public void paint(Graphics2D g, List<Placed> labels, boolean raster) {
        if (raster && LabelSprites.fits(g)) {
            // labels never overlap, so each one's halo and fill can go down together
            sprites.paint(g, labels);
            return;
        }
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
