package org.borderwatch.render.label;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.borderwatch.render.raster.HelperThread;

/**
 * Labels pre-drawn into small images, halo under fill, and copied into raster frames: filling glyph
 * outlines and halos with antialiasing costs more than everything else in a pan frame, while a label
 * looks the same in every frame of a pan. A sprite is drawn for the label's position within its pixel,
 * in steps of 1/{@value #SUBPIXELS} px, so it covers the pixels that filling the shapes would, to within
 * 8-bit rounding (the halo and the fill compose in the sprite first; source-over is associative).
 * The steps must be that fine: glyph outlines lie on a 1/64 px grid, and a sprite drawn 1/2048 px
 * off already moved whole rows of the rasteriser's samples across some glyph edges.
 * Every raster label goes through its sprite, new or kept, so a frame's pixels do not depend on what
 * earlier frames left in the cache (an export repainted by the same painter gives the same file).
 * Sprites are kept across frames, least recently used first out beyond {@value #MAX_PIXELS} pixels.
 */
final class LabelSprites {

    private static final int SUBPIXELS = 1 << 20;
    private static final long MAX_PIXELS = 4_000_000;

    private record Key(
            String text, LabelPlacer.TextStyle style, int subX, int subY, boolean antialiased, boolean pureStrokes) {}

    /** The image and where its top-left corner sits from the whole pixel holding the glyph origin. */
    private record Sprite(BufferedImage image, int left, int top) {
        long pixels() {
            return (long) image.getWidth() * image.getHeight();
        }
    }

    /** Below this many new sprites in a frame the hand-over costs more than it saves. */
    private static final int PARALLEL_MIN_SPRITES = 8;

    private final LabelGlyphs glyphs;
    /** Draws a share of a frame's new sprites; null on one core. */
    private final HelperThread helper = HelperThread.ifTwoCores("label-sprites");

    private long pixels;
    private final Map<Key, Sprite> sprites = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Sprite> eldest) {
            if (pixels <= MAX_PIXELS) return false;
            pixels -= eldest.getValue().pixels();
            return true;
        }
    };

    LabelSprites(LabelGlyphs glyphs) {
        this.glyphs = glyphs;
    }

    /** Whether {@code g} maps user space to whole device pixels, so a copied sprite lands where the shapes would. */
    static boolean fits(Graphics2D g) {
        AffineTransform t = g.getTransform();
        return t.isIdentity()
                || t.getType() == AffineTransform.TYPE_TRANSLATION
                        && t.getTranslateX() == Math.rint(t.getTranslateX())
                        && t.getTranslateY() == Math.rint(t.getTranslateY());
    }

    /**
     * Copies each label's sprite into {@code g}, in order, drawing first the sprites none is kept
     * for: at a new scale every label falls elsewhere within its pixel and needs a new one, so they
     * are shared with the helper thread when there are enough.
     */
    void paint(Graphics2D g, List<LabelPlacer.Placed> labels) {
        boolean antialiased = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING) == RenderingHints.VALUE_ANTIALIAS_ON;
        boolean pure = g.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL) == RenderingHints.VALUE_STROKE_PURE;
        int n = labels.size();
        Key[] keys = new Key[n];
        long[] xs = new long[n];
        long[] ys = new long[n];
        Sprite[] found = new Sprite[n];
        Map<Key, Integer> missing = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            LabelPlacer.Placed p = labels.get(i);
            xs[i] = Math.round(p.x() * SUBPIXELS);
            ys[i] = Math.round(p.y() * SUBPIXELS);
            keys[i] = new Key(
                    p.text(),
                    p.style(),
                    Math.floorMod(xs[i], SUBPIXELS),
                    Math.floorMod(ys[i], SUBPIXELS),
                    antialiased,
                    pure);
            found[i] = sprites.get(keys[i]);
            if (found[i] == null) missing.putIfAbsent(keys[i], missing.size());
        }
        Sprite[] drawn = drawAll(List.copyOf(missing.keySet()));
        for (Map.Entry<Key, Integer> e : missing.entrySet()) {
            Sprite s = drawn[e.getValue()];
            pixels += s.pixels();
            sprites.put(e.getKey(), s);
        }
        for (int i = 0; i < n; i++) {
            Sprite s = found[i] != null ? found[i] : drawn[missing.get(keys[i])];
            g.drawImage(
                    s.image(),
                    (int) Math.floorDiv(xs[i], SUBPIXELS) + s.left(),
                    (int) Math.floorDiv(ys[i], SUBPIXELS) + s.top(),
                    null);
        }
    }

    /** The sprites of {@code keys}, drawn on this thread and, when there are enough, the helper. */
    private Sprite[] drawAll(List<Key> keys) {
        int n = keys.size();
        Sprite[] drawn = new Sprite[n];
        if (n == 0) return drawn;
        // the glyph cache is this thread's; only the filling, most of a sprite's cost, is shared
        Shape[] outlines = new Shape[n];
        Shape[] halos = new Shape[n];
        for (int i = 0; i < n; i++) {
            Key k = keys.get(i);
            outlines[i] = glyphs.of(k.text(), k.style().font()).outline();
            if (LabelPlacer.hasHalo(k.style()))
                halos[i] = glyphs.halo(k.text(), k.style().font(), k.style().haloRadiusPx());
        }
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement())
                drawn[i] = draw(keys.get(i), outlines[i], halos[i]);
        };
        Future<?> shared = helper != null && n >= PARALLEL_MIN_SPRITES ? helper.submit(work) : null;
        work.run();
        if (shared != null) HelperThread.await(shared, "label sprites");
        return drawn;
    }

    /** The sprite of {@code k}: its halo (or null) and outline filled. Uses no state of this class. */
    private static Sprite draw(Key k, Shape outline, Shape halo) {
        double fx = k.subX() / (double) SUBPIXELS;
        double fy = k.subY() / (double) SUBPIXELS;
        LabelPlacer.TextStyle style = k.style();
        Rectangle2D ink = (halo == null ? outline : halo).getBounds2D();
        // a pixel to spare on each side for antialiasing
        int left = (int) Math.floor(ink.getMinX() + fx) - 1;
        int top = (int) Math.floor(ink.getMinY() + fy) - 1;
        int width = Math.max(1, (int) Math.ceil(ink.getMaxX() + fx) + 1 - left);
        int height = Math.max(1, (int) Math.ceil(ink.getMaxY() + fy) + 1 - top);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(
                    RenderingHints.KEY_ANTIALIASING,
                    k.antialiased() ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(
                    RenderingHints.KEY_STROKE_CONTROL,
                    k.pureStrokes() ? RenderingHints.VALUE_STROKE_PURE : RenderingHints.VALUE_STROKE_NORMALIZE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.translate(fx - left, fy - top);
            if (halo != null) {
                g.setColor(style.halo());
                g.fill(halo);
            }
            g.setColor(style.fill());
            g.fill(outline);
        } finally {
            g.dispose();
        }
        return new Sprite(image, left, top);
    }
}
