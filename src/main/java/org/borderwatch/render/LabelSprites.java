package org.borderwatch.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

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

    private record Key(String text, LabelPlacer.TextStyle style, int subX, int subY, boolean antialiased,
            boolean pureStrokes) {}

    /** The image and where its top-left corner sits from the whole pixel holding the glyph origin. */
    private record Sprite(BufferedImage image, int left, int top) {
        long pixels() {
            return (long) image.getWidth() * image.getHeight();
        }
    }

    private final LabelGlyphs glyphs;
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
        return t.isIdentity() || t.getType() == AffineTransform.TYPE_TRANSLATION
                && t.getTranslateX() == Math.rint(t.getTranslateX()) && t.getTranslateY() == Math.rint(t.getTranslateY());
    }

    /** Copies the label's sprite into {@code g}, drawing the sprite first if none is kept for it. */
    void paint(Graphics2D g, LabelPlacer.Placed p) {
        long x = Math.round(p.x() * SUBPIXELS);
        long y = Math.round(p.y() * SUBPIXELS);
        Key key = new Key(p.text(), p.style(), Math.floorMod(x, SUBPIXELS), Math.floorMod(y, SUBPIXELS),
                g.getRenderingHint(RenderingHints.KEY_ANTIALIASING) == RenderingHints.VALUE_ANTIALIAS_ON,
                g.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL) == RenderingHints.VALUE_STROKE_PURE);
        Sprite s = sprites.get(key);
        if (s == null) {
            s = draw(key);
            pixels += s.pixels();
            sprites.put(key, s);
        }
        g.drawImage(s.image(), (int) Math.floorDiv(x, SUBPIXELS) + s.left(), (int) Math.floorDiv(y, SUBPIXELS) + s.top(),
                null);
    }

    private Sprite draw(Key k) {
        double fx = k.subX() / (double) SUBPIXELS;
        double fy = k.subY() / (double) SUBPIXELS;
        LabelPlacer.TextStyle style = k.style();
        Shape outline = glyphs.of(k.text(), style.font()).outline();
        Shape halo = LabelPlacer.hasHalo(style) ? glyphs.halo(k.text(), style.font(), style.haloRadiusPx()) : null;
        Rectangle2D ink = (halo == null ? outline : halo).getBounds2D();
        // a pixel to spare on each side for antialiasing
        int left = (int) Math.floor(ink.getMinX() + fx) - 1;
        int top = (int) Math.floor(ink.getMinY() + fy) - 1;
        int width = Math.max(1, (int) Math.ceil(ink.getMaxX() + fx) + 1 - left);
        int height = Math.max(1, (int) Math.ceil(ink.getMaxY() + fy) + 1 - top);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                    k.antialiased() ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL,
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
