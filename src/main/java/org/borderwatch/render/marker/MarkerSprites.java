package org.borderwatch.render.marker;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;

/**
 * Marker symbols on raster outputs, blitted from sprites drawn once per look instead of rasterised
 * again for every marker and frame: a single event's whole symbol by kind, category, fill and
 * confidence; a cluster's disc, halo and count by its count, and its kind ring by the counts per
 * kind, so the many clusters of equal size in one frame share the costliest parts. Sprites are
 * placed with their centre on the nearest pixel corner, at most half a device pixel from where the
 * vector symbol would be, and otherwise give the vector symbol's pixels. Not thread-safe; one per
 * marker painter.
 */
public final class MarkerSprites {

    /** Per cache, in pixels: 16 MB of ARGB, enough for every sprite of a dense 4K frame. */
    private static final long PIXEL_BUDGET = 4L << 20;
    /** Around a symbol's reach, for its antialiased edge. */
    private static final int EDGE_PX = 2;

    private record EventLook(EventKind kind, String category, Color fill, Confidence confidence) {}

    private record RingLook(int count, List<Integer> kindCounts) {}

    private final SpriteCache<EventLook> events = new SpriteCache<>(PIXEL_BUDGET);
    private final SpriteCache<Integer> discs = new SpriteCache<>(PIXEL_BUDGET);
    private final SpriteCache<RingLook> rings = new SpriteCache<>(PIXEL_BUDGET);
    private double scale = Double.NaN;
    private RenderingHints hints;

    /**
     * Whether sprites can stand in for the vector symbols on {@code g}: it draws into pixels,
     * antialiased, and its user space is the device's moved by whole pixels, so a sprite lands on
     * the pixel grid unscaled. Vector outputs must get shapes.
     */
    public static boolean fit(Graphics2D g, boolean raster) {
        AffineTransform t = g.getTransform();
        return raster
                && g.getRenderingHint(RenderingHints.KEY_ANTIALIASING) == RenderingHints.VALUE_ANTIALIAS_ON
                && (t.getType() & ~AffineTransform.TYPE_TRANSLATION) == 0
                && t.getTranslateX() == Math.rint(t.getTranslateX())
                && t.getTranslateY() == Math.rint(t.getTranslateY());
    }

    /** Starts a frame drawn on {@code g} at {@code scale}; sprites of another scale or other hints are dropped. */
    public void begin(Graphics2D g, double scale) {
        RenderingHints now = g.getRenderingHints();
        if (scale == this.scale && now.equals(hints)) return;
        events.clear();
        discs.clear();
        rings.clear();
        this.scale = scale;
        hints = now;
    }

    public void paintEvent(Graphics2D g, Event e, double cx, double cy) {
        EventLook look = new EventLook(e.kind(), e.category(), SymbolPalette.fill(e), e.confidence());
        Rectangle2D reach =
                EventSymbol.outline(e.kind(), 0, 0, scale, SymbolBody.HALO_PX).getBounds2D();
        int half = half(
                Math.max(Math.max(-reach.getMinX(), reach.getMaxX()), Math.max(-reach.getMinY(), reach.getMaxY())));
        draw(
                g,
                events.get(
                        look,
                        half,
                        hints,
                        s -> EventSymbol.paint(
                                s, look.kind(), look.category(), look.fill(), look.confidence(), 0, 0, scale)),
                half,
                cx,
                cy);
    }

    public void paintCluster(Graphics2D g, int count, int[] kindCounts, double cx, double cy) {
        int discHalf = half(ClusterSymbol.reachPx(count) * scale);
        draw(
                g,
                discs.get(count, discHalf, hints, s -> {
                    ClusterSymbol.paintDisc(s, count, 0, 0, scale);
                    ClusterSymbol.paintCount(s, count, 0, 0, scale);
                }),
                discHalf,
                cx,
                cy);
        RingLook ring = new RingLook(count, Arrays.stream(kindCounts).boxed().toList());
        draw(
                g,
                rings.get(ring, discHalf, hints, s -> ClusterSymbol.paintKindRing(s, count, kindCounts, 0, 0, scale)),
                discHalf,
                cx,
                cy);
    }

    private static int half(double reachDevicePx) {
        return (int) Math.ceil(reachDevicePx) + EDGE_PX;
    }

    /** Blits {@code sprite} with its middle on the pixel corner nearest to (cx, cy) in device space. */
    private static void draw(Graphics2D g, BufferedImage sprite, int half, double cx, double cy) {
        double tx = g.getTransform().getTranslateX(), ty = g.getTransform().getTranslateY();
        g.drawImage(sprite, (int) (Math.round(cx + tx) - tx) - half, (int) (Math.round(cy + ty) - ty) - half, null);
    }
}
