package org.borderwatch.render.marker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;

/**
 * A diplomatic event (a statement, demand, sanction or agreement about the region): a diamond, so it
 * never reads as something that happened on the ground, with the category's glyph inside.
 */
final class DiplomaticSymbol {

    /** Centre-to-corner size of the diamond in logical pixels. */
    static final double HALF_DIAGONAL_PX = 10.5;

    private static final double GLYPH_PX = 4.4;

    private DiplomaticSymbol() {}

    static Shape outline(double cx, double cy, double scale, double growPx) {
        double r = (HALF_DIAGONAL_PX + growPx * Math.sqrt(2)) * scale;
        return SymbolGlyphs.polygon(cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy);
    }

    static void paint(Graphics2D g, String category, Color fill, Stroke outline, double cx, double cy, double scale) {
        SymbolBody.paint(g, outline(cx, cy, scale, 0), fill, outline, scale);
        SymbolBody.paintGlyph(
                g,
                SymbolGlyphs.diplomatic(category),
                SymbolPalette.ink(fill),
                AffineTransform.getTranslateInstance(cx, cy),
                GLYPH_PX * scale,
                new BasicStroke((float) (1.5 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }
}
