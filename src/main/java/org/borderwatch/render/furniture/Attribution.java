package org.borderwatch.render.furniture;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import org.borderwatch.map.Viewport;

/**
 * The attribution line the data licences require, small at the bottom right on a pale band. The
 * line's glyph outline is kept while its text and size stay the same: it is the same on every frame
 * of a pan, and building it cost more than drawing it. Not thread-safe; one per painter.
 */
public final class Attribution {

    private static final double MARGIN_LOGICAL_PX = 4;

    /** A text's outline at the origin and its bounds. */
    private record Line(String text, Font font, Shape outline, Rectangle2D bounds) {}

    private Line last;

    /** The area {@code text} covers at the bottom right, which labels must avoid; empty for no text. */
    public Rectangle2D area(Viewport viewport, String text) {
        if (text == null || text.isBlank()) return new Rectangle2D.Double();
        double s = viewport.pixelScale();
        Rectangle2D b = line(text, s).bounds();
        double pad = 3 * s;
        double x = viewport.widthPx() - MARGIN_LOGICAL_PX * s - b.getWidth() - pad;
        double y = viewport.heightPx() - MARGIN_LOGICAL_PX * s - pad;
        return new Rectangle2D.Double(x - pad, y + b.getMinY() - pad, b.getWidth() + 2 * pad, b.getHeight() + 2 * pad);
    }

    /** Draws {@code text}; an empty text draws nothing. */
    public void paint(Graphics2D g, Viewport viewport, String text) {
        if (text == null || text.isBlank()) return;
        double s = viewport.pixelScale();
        Line line = line(text, s);
        Rectangle2D b = line.bounds();
        Rectangle2D area = area(viewport, text);
        g.setColor(new Color(255, 255, 255, 180));
        g.fill(area);
        double pad = 3 * s;
        FurnitureText.draw(g, text, line.font(), line.outline(), area.getX() + pad - b.getMinX(), area.getY() + pad - b.getMinY());
    }

    private Line line(String text, double s) {
        Font font = font(s);
        if (last == null || !last.text().equals(text) || !last.font().equals(font)) {
            Shape outline = FurnitureText.outline(text, font);
            last = new Line(text, font, outline, outline.getBounds2D());
        }
        return last;
    }

    private static Font font(double s) {
        return FurnitureText.font(9.5 * s, false);
    }
}
