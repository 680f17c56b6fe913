package org.borderwatch.render.furniture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;

/** Haloed text for the furniture: a stroked glyph outline under the fill, legible on any map colour. */
final class FurnitureText {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    static final Color INK = new Color(0x2B2B2B);

    private FurnitureText() {}

    static Font font(double sizePx, boolean bold) {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) sizePx);
    }

    static Rectangle2D bounds(String text, Font font) {
        return outline(text, font).getBounds2D();
    }

    /** The glyph outline of {@code text} with its baseline origin at (0, 0). */
    static Shape outline(String text, Font font) {
        return font.createGlyphVector(FRC, text).getOutline();
    }

    /** Draws {@code text} with its baseline origin at (x, y). */
    static void draw(Graphics2D g, String text, Font font, double x, double y, double haloPx, boolean raster) {
        Shape outline = font.createGlyphVector(FRC, text).getOutline((float) x, (float) y);
        if (haloPx > 0) {
            g.setColor(new Color(255, 255, 255, 220));
            g.setStroke(new BasicStroke((float) (2 * haloPx), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(outline);
        }
        g.setColor(INK);
        // SVG and PDF (not raster) get real text, searchable and selectable; pixels get the outline
        if (raster) {
            g.fill(outline);
        } else {
            g.setFont(font);
            g.drawString(text, (float) x, (float) y);
        }
    }

    /** Draws {@code text} without a halo as {@link #draw} does, reusing its known {@link #outline}. */
    static void draw(Graphics2D g, String text, Font font, Shape outlineAtOrigin, double x, double y, boolean raster) {
        g.setColor(INK);
        if (raster) {
            g.translate(x, y);
            g.fill(outlineAtOrigin);
            g.translate(-x, -y);
        } else {
            g.setFont(font);
            g.drawString(text, (float) x, (float) y);
        }
    }
}
