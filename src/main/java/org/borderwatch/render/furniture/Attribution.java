package org.borderwatch.render.furniture;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.borderwatch.map.Viewport;

/** The attribution line the data licences require, small at the bottom right on a pale band. */
public final class Attribution {

    private static final double MARGIN_LOGICAL_PX = 4;

    /** The area {@code text} covers at the bottom right, which labels must avoid; empty for no text. */
    public Rectangle2D area(Viewport viewport, String text) {
        if (text == null || text.isBlank()) return new Rectangle2D.Double();
        double s = viewport.pixelScale();
        Rectangle2D b = FurnitureText.bounds(text, font(s));
        double pad = 3 * s;
        double x = viewport.widthPx() - MARGIN_LOGICAL_PX * s - b.getWidth() - pad;
        double y = viewport.heightPx() - MARGIN_LOGICAL_PX * s - pad;
        return new Rectangle2D.Double(x - pad, y + b.getMinY() - pad, b.getWidth() + 2 * pad, b.getHeight() + 2 * pad);
    }

    /** Draws {@code text}; an empty text draws nothing. */
    public void paint(Graphics2D g, Viewport viewport, String text) {
        if (text == null || text.isBlank()) return;
        double s = viewport.pixelScale();
        Rectangle2D b = FurnitureText.bounds(text, font(s));
        Rectangle2D area = area(viewport, text);
        g.setColor(new Color(255, 255, 255, 180));
        g.fill(area);
        double pad = 3 * s;
        FurnitureText.draw(g, text, font(s), area.getX() + pad - b.getMinX(), area.getY() + pad - b.getMinY(), 0);
    }

    private static Font font(double s) {
        return FurnitureText.font(9.5 * s, false);
    }
}
