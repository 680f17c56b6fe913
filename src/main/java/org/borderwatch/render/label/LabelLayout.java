package org.borderwatch.render.label;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The spot chosen for each label of a picture, most important first, in the pixels of the picture
 * the candidates were offered in and moved by ({@code dx}, {@code dy}) into a frame's pixels. The
 * spots are chosen once, among the labels alone, without regard to frame edges, furniture or
 * markers: every frame cut from the picture (each pan frame served by the {@code LayerBuffer}) then
 * shows a label where the layout put it whenever it fits there, so labels do not jump while the map
 * pans. A label that finds no spot clear of more important labels is left out.
 */
public record LabelLayout(List<Label> labels, double dx, double dy) {

    /** Right, left, above and below the anchor, then the same a line height further out. */
    static final int SPOTS = 8;
    /** Anchors this close, in device pixels, are the same place seen from two buffers; a pan moves them by whole pixels. */
    private static final double SAME_ANCHOR_PX = 0.01;

    /**
     * A candidate with its glyphs, the size of its box (ink plus halo, in device pixels) and the
     * index of its chosen spot.
     */
    record Label(
            LabelPlacer.Candidate candidate, LabelGlyphs.Glyphs glyphs, double widthPx, double heightPx, int spot) {

        static Label of(LabelPlacer.Candidate c, LabelGlyphs.Glyphs glyphs) {
            if (c.shape() != null) {
                Rectangle2D b = c.shape().bounds();
                return new Label(c, glyphs, b.getWidth(), b.getHeight(), -1);
            }
            double pad = c.style().haloRadiusPx();
            return new Label(
                    c, glyphs, glyphs.ink().getWidth() + 2 * pad, glyphs.ink().getHeight() + 2 * pad, -1);
        }

        Label at(int chosen) {
            return new Label(candidate, glyphs, widthPx, heightPx, chosen);
        }

        /**
         * The box of spot {@code k} with the anchor moved by ({@code dx}, {@code dy}); a centred label has one
         * spot, the box around its (turned) text.
         */
        Rectangle2D box(int k, double dx, double dy) {
            double x = candidate.x() + dx;
            double y = candidate.y() + dy;
            double w = widthPx;
            double h = heightPx;
            if (candidate.shape() != null) {
                Rectangle2D b = candidate.shape().bounds();
                return new Rectangle2D.Double(x + b.getX(), y + b.getY(), w, h);
            }
            if (candidate.centred()) {
                double cos = Math.abs(Math.cos(candidate.angle()));
                double sin = Math.abs(Math.sin(candidate.angle()));
                double bw = w * cos + h * sin;
                double bh = w * sin + h * cos;
                return new Rectangle2D.Double(x - bw / 2, y - bh / 2, bw, bh);
            }
            // the outer ring, a line height further out, lets a town keep its name beside an event marker
            double gap = k < 4 ? candidate.style().gapPx() : candidate.style().gapPx() + h;
            return switch (k % 4) {
                case 0 -> new Rectangle2D.Double(x + gap, y - h / 2, w, h);
                case 1 -> new Rectangle2D.Double(x - gap - w, y - h / 2, w, h);
                case 2 -> new Rectangle2D.Double(x - w / 2, y - gap - h, w, h);
                default -> new Rectangle2D.Double(x - w / 2, y + gap, w, h);
            };
        }

        /** The boxes that must stay clear for spot {@code k}: one per glyph for a shaped label, else its box. */
        List<Rectangle2D> boxes(int k, double dx, double dy) {
            if (candidate.shape() != null) return candidate.shape().boxesAt(candidate.x() + dx, candidate.y() + dy);
            return List.of(box(k, dx, dy));
        }

        /** How far from its anchor any of the label's boxes reaches, in device pixels. */
        double reachPx() {
            if (candidate.centred()) return Math.max(widthPx, heightPx);
            return candidate.style().gapPx() + heightPx + Math.max(widthPx, heightPx);
        }

        /** The label drawn in {@code box}: its glyph origin sits inside the halo padding; a turned one at the box's centre. */
        LabelPlacer.Placed placedIn(Rectangle2D box) {
            if (candidate.shape() != null)
                return new LabelPlacer.Placed(
                        candidate.text(),
                        box,
                        box.getCenterX(),
                        box.getCenterY(),
                        candidate.style(),
                        0,
                        candidate.shape());
            if (candidate.angle() != 0)
                return new LabelPlacer.Placed(
                        candidate.text(),
                        box,
                        box.getCenterX(),
                        box.getCenterY(),
                        candidate.style(),
                        candidate.angle());
            double pad = candidate.style().haloRadiusPx();
            return new LabelPlacer.Placed(
                    candidate.text(),
                    box,
                    box.getX() + pad - glyphs.ink().getX(),
                    box.getY() + pad - glyphs.ink().getY(),
                    candidate.style());
        }
    }

    public LabelLayout {
        labels = List.copyOf(labels);
    }

    /** The layout of no labels. */
    public static LabelLayout empty() {
        return new LabelLayout(List.of(), 0, 0);
    }

    /**
     * Chooses spots for {@code candidates}: by priority, ties in the order offered, each takes its first
     * spot clear of the labels before it. A candidate that {@code kept} (moved into the candidates'
     * pixels) already holds, the same text at the same anchor, keeps its spot there and the others
     * keep clear of it, so labels stay put when the layer buffer is redrawn further along a drag.
     */
    static LabelLayout plan(List<LabelPlacer.Candidate> candidates, LabelGlyphs glyphs, LabelLayout kept) {
        if (candidates.isEmpty()) return empty();
        List<LabelPlacer.Candidate> ordered = new ArrayList<>(candidates);
        // ties keep the order features were offered in, so the result does not depend on the sort
        ordered.sort(Comparator.comparingDouble(LabelPlacer.Candidate::priority)
                .reversed()
                .thenComparingInt(LabelPlacer.Candidate::order));
        BoxGrid grid = gridAround(ordered);
        Label[] chosen = new Label[ordered.size()];
        Map<String, List<Label>> keptByText = new HashMap<>();
        for (Label l : kept.labels())
            keptByText
                    .computeIfAbsent(l.candidate().text(), t -> new ArrayList<>(1))
                    .add(l);
        for (int i = 0; i < chosen.length && !keptByText.isEmpty(); i++) {
            LabelPlacer.Candidate c = ordered.get(i);
            for (Label old : keptByText.getOrDefault(c.text(), List.of())) {
                if (!old.candidate().style().equals(c.style())
                        || Math.abs(old.candidate().x() + kept.dx() - c.x()) > SAME_ANCHOR_PX
                        || Math.abs(old.candidate().y() + kept.dy() - c.y()) > SAME_ANCHOR_PX) continue;
                chosen[i] = Label.of(c, glyphs.of(c.text(), c.style().font())).at(old.spot());
                for (Rectangle2D box : chosen[i].boxes(old.spot(), 0, 0)) grid.add(box);
                break;
            }
        }
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i] != null) continue;
            LabelPlacer.Candidate c = ordered.get(i);
            Label label = Label.of(c, glyphs.of(c.text(), c.style().font()));
            for (int k = 0; k < (c.centred() ? 1 : SPOTS); k++) {
                Rectangle2D box = label.box(k, 0, 0);
                List<Rectangle2D> parts = label.boxes(k, 0, 0);
                if (hitsAny(grid, parts) || c.area() != null && !c.area().contains(box)) continue;
                for (Rectangle2D part : parts) grid.add(part);
                chosen[i] = label.at(k);
                break;
            }
        }
        List<Label> laidOut = new ArrayList<>(chosen.length);
        for (Label l : chosen) if (l != null) laidOut.add(l);
        return new LabelLayout(laidOut, 0, 0);
    }

    static boolean hitsAny(BoxGrid grid, List<Rectangle2D> boxes) {
        for (Rectangle2D b : boxes) if (grid.intersects(b)) return true;
        return false;
    }

    private static BoxGrid gridAround(List<LabelPlacer.Candidate> candidates) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (LabelPlacer.Candidate c : candidates) {
            minX = Math.min(minX, c.x());
            minY = Math.min(minY, c.y());
            maxX = Math.max(maxX, c.x());
            maxY = Math.max(maxY, c.y());
        }
        return new BoxGrid(minX, minY, maxX - minX, maxY - minY);
    }

    /** The same layout moved by ({@code byX}, {@code byY}) device pixels, as a pan moves the map. */
    public LabelLayout movedBy(double byX, double byY) {
        return new LabelLayout(labels, dx + byX, dy + byY);
    }
}
