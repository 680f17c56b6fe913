package org.borderwatch.render.furniture;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.borderwatch.map.Viewport;

/**
 * The attribution line the data licences require, small at the bottom right on a pale band. The
 * band and line are the same on every frame of a pan, and filling the glyph outlines cost a third of
 * such a frame: raster frames get a copy of them drawn once per text and frame size; the glyph
 * outline is kept as well. Not thread-safe; one per painter.
 */
public final class Attribution {

    private static final double MARGIN_LOGICAL_PX = 4;

    /** A text's outline at the origin and its bounds. */
    private record Line(String text, Font font, Shape outline, Rectangle2D bounds) {}

    /** The band and line for one frame size and set of hints, and where the image goes in the frame. */
    private record Sprite(
            Line line,
            int widthPx,
            int heightPx,
            Object antialiasing,
            Object strokeControl,
            BufferedImage image,
            int x,
            int y) {}

    private Line last;
    private Sprite sprite;

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
    public void paint(Graphics2D g, Viewport viewport, String text, boolean raster) {
        if (text == null || text.isBlank()) return;
        if (!(raster && copiesExactly(g))) {
            paintShapes(g, viewport, text, raster);
            return;
        }
        Line line = line(text, viewport.pixelScale());
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        Object strokes = g.getRenderingHint(RenderingHints.KEY_STROKE_CONTROL);
        if (sprite == null
                || sprite.line() != line
                || sprite.widthPx() != viewport.widthPx()
                || sprite.heightPx() != viewport.heightPx()
                || sprite.antialiasing() != aa
                || sprite.strokeControl() != strokes) sprite = sprite(viewport, line, aa, strokes);
        g.drawImage(sprite.image(), sprite.x(), sprite.y(), null);
    }

    /**
     * The band and line drawn into an image of their own with the frame's hints, placed on whole frame
     * pixels: source-over is associative, so copying it in gives the pixels drawing the shapes would.
     */
    private Sprite sprite(Viewport viewport, Line line, Object aa, Object strokes) {
        Rectangle2D area = area(viewport, line.text());
        // a pixel to spare on each side for antialiasing
        int x = (int) Math.floor(area.getMinX()) - 1;
        int y = (int) Math.floor(area.getMinY()) - 1;
        BufferedImage image = new BufferedImage(
                (int) Math.ceil(area.getMaxX()) + 1 - x,
                (int) Math.ceil(area.getMaxY()) + 1 - y,
                BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            if (aa != null) g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
            if (strokes != null) g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, strokes);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.translate(-x, -y);
            paintShapes(g, viewport, line.text(), true);
        } finally {
            g.dispose();
        }
        return new Sprite(line, viewport.widthPx(), viewport.heightPx(), aa, strokes, image, x, y);
    }

    /** Whether user space of {@code g} lies on whole device pixels, so a copied image lands exactly. */
    private static boolean copiesExactly(Graphics2D g) {
        AffineTransform t = g.getTransform();
        return (t.isIdentity()
                || t.getType() == AffineTransform.TYPE_TRANSLATION
                        && t.getTranslateX() == Math.rint(t.getTranslateX())
                        && t.getTranslateY() == Math.rint(t.getTranslateY()));
    }

    /** Draws {@code text} and its band as shapes, as vector outputs get them. */
    void paintShapes(Graphics2D g, Viewport viewport, String text, boolean raster) {
        double s = viewport.pixelScale();
        Line line = line(text, s);
        Rectangle2D b = line.bounds();
        Rectangle2D area = area(viewport, text);
        g.setColor(new Color(255, 255, 255, 180));
        g.fill(area);
        double pad = 3 * s;
        FurnitureText.draw(
                g,
                text,
                line.font(),
                line.outline(),
                area.getX() + pad - b.getMinX(),
                area.getY() + pad - b.getMinY(),
                raster);
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
