package org.borderwatch.render.label;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Glyph outlines of label texts with their ink bounds, and the halos stroked around them, kept by
 * text and font across frames: building a glyph vector, measuring its outline and stroking a halo
 * each cost more than placing the label. The oldest entries go once {@value #MAX_ENTRIES} are kept.
 */
final class LabelGlyphs {

    /** A text's outline with its baseline origin at (0, 0), and the bounds of its ink. */
    record Glyphs(Shape outline, Rectangle2D ink) {}

    private record GlyphKey(String text, Font font) {}

    private record HaloKey(String text, Font font, float radiusPx) {}

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final int MAX_ENTRIES = 8192;

    private final Map<GlyphKey, Glyphs> glyphs = lru();
    private final Map<HaloKey, Shape> halos = lru();

    Glyphs of(String text, Font font) {
        return glyphs.computeIfAbsent(new GlyphKey(text, font), k -> {
            Shape outline = k.font().createGlyphVector(FRC, k.text()).getOutline();
            return new Glyphs(outline, outline.getBounds2D());
        });
    }

    /** The halo of {@code radiusPx} around the text as a filled shape, with the same origin as its outline. */
    Shape halo(String text, Font font, float radiusPx) {
        return halos.computeIfAbsent(
                new HaloKey(text, font, radiusPx),
                k -> new BasicStroke(2 * k.radiusPx(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                        .createStrokedShape(of(k.text(), k.font()).outline()));
    }

    private static <K, V> Map<K, V> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > MAX_ENTRIES;
            }
        };
    }
}
