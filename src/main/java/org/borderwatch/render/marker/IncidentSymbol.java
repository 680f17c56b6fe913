package org.borderwatch.render.marker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;

/**
 * An incident: a disc filled by severity with the category's glyph inside, outlined by confidence.
 * All incidents share the disc so they read as one family; the glyph tells the category apart.
 */
public final class IncidentSymbol {

    /** Disc radius in logical pixels. */
    public static final double RADIUS_PX = 9;

    private static final double GLYPH_PX = 5.2;

    private IncidentSymbol() {}

    /** The disc, grown by {@code growPx} logical pixels, centred at device pixel (cx, cy). */
    static Shape outline(double cx, double cy, double scale, double growPx) {
        double r = (RADIUS_PX + growPx) * scale;
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    static void paint(Graphics2D g, String category, Color fill, Stroke outline, double cx, double cy, double scale) {
        Shape disc = outline(cx, cy, scale, 0);
        SymbolBody.paint(g, disc, fill, outline, scale);
        SymbolBody.paintGlyph(
                g,
                SymbolGlyphs.incident(category),
                SymbolPalette.ink(fill),
                AffineTransform.getTranslateInstance(cx, cy),
                GLYPH_PX * scale,
                new BasicStroke((float) (1.5 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }
}
