package org.borderwatch.render.marker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;

/**
 * Painting shared by all symbols: a white halo so a marker stays legible over any base map, the
 * fill, the outline, and a glyph scaled from its unit box.
 */
final class SymbolBody {

    static final double HALO_PX = 3.2;

    private SymbolBody() {}

    static void paint(Graphics2D g, Shape body, Color fill, Stroke outline, double scale) {
        g.setColor(SymbolPalette.HALO);
        g.setStroke(new BasicStroke((float) (HALO_PX * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(body);
        g.setColor(fill);
        g.fill(body);
        g.setColor(SymbolPalette.OUTLINE);
        g.setStroke(outline);
        g.draw(body);
    }

    /** Paints the glyph with its unit box scaled to {@code unitPx} device pixels, placed by {@code at}. */
    static void paintGlyph(
            Graphics2D g, SymbolGlyphs glyph, Color ink, AffineTransform at, double unitPx, Stroke stroke) {
        AffineTransform t = new AffineTransform(at);
        t.scale(unitPx, unitPx);
        g.setColor(ink);
        g.fill(t.createTransformedShape(glyph.filled()));
        g.setStroke(stroke);
        g.draw(t.createTransformedShape(glyph.stroked()));
    }
}
