package org.borderwatch.render.marker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.borderwatch.crossings.CrossingStatus;

/**
 * The symbol of a crossing point for its status: a rounded square, its colour and mark saying what passed. Open is
 * a green square with a through-bar, goods barred amber with a box crossed out, closed to entry from Serbia split
 * green and red along the diagonal, closed red with a no-entry bar, blocked dark red crossed, unknown grey with a
 * question mark. Shapes only, so it prints the same in PNG, SVG and PDF.
 */
public final class CrossingSymbol {

    /** The symbol's side in logical pixels. */
    public static final double SIZE = 15;

    private static final Color EDGE = new Color(0x1A, 0x1A, 0x1A);
    private static final Color MARK = Color.WHITE;

    private CrossingSymbol() {}

    /** The fill colour of a status. */
    public static Color colour(CrossingStatus status) {
        return switch (status) {
            case OPEN -> new Color(0x2E, 0x8B, 0x3E);
            case GOODS_BARRED -> new Color(0xE0, 0x9A, 0x1B);
            case CLOSED_TO_ENTRY_FROM_SERBIA -> new Color(0xC6, 0x28, 0x28);
            case CLOSED -> new Color(0xC6, 0x28, 0x28);
            case BLOCKED -> new Color(0x6D, 0x0F, 0x14);
            case UNKNOWN -> new Color(0x9A, 0x9A, 0x9A);
        };
    }

    /** The area the symbol covers, centred on (x, y), at {@code scale} device pixels per logical pixel. */
    public static Rectangle2D bounds(double x, double y, double scale) {
        double h = SIZE * scale / 2 + scale;
        return new Rectangle2D.Double(x - h, y - h, 2 * h, 2 * h);
    }

    /** Paints the symbol of {@code status} centred on (x, y). */
    public static void paint(Graphics2D g, CrossingStatus status, double x, double y, double scale) {
        double h = SIZE * scale / 2;
        RoundRectangle2D box = new RoundRectangle2D.Double(x - h, y - h, 2 * h, 2 * h, 4 * scale, 4 * scale);
        Color saved = g.getColor();
        java.awt.Stroke savedStroke = g.getStroke();
        g.setColor(colour(status));
        g.fill(box);
        if (status == CrossingStatus.CLOSED_TO_ENTRY_FROM_SERBIA) {
            // the lower-left half (leaving Kosovo) stays green: exit was still possible
            Path2D exit = new Path2D.Double();
            exit.moveTo(x - h, y - h);
            exit.lineTo(x - h, y + h);
            exit.lineTo(x + h, y + h);
            exit.closePath();
            Graphics2D c = (Graphics2D) g.create();
            c.clip(box);
            c.setColor(colour(CrossingStatus.OPEN));
            c.fill(exit);
            c.dispose();
        }
        g.setColor(MARK);
        g.setStroke(new BasicStroke((float) (2 * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double m = h * 0.55;
        switch (status) {
            case OPEN -> g.draw(new Line2D.Double(x, y - m, x, y + m));
            case GOODS_BARRED -> {
                g.draw(new Rectangle2D.Double(x - m * 0.7, y - m * 0.7, 1.4 * m, 1.4 * m));
                g.draw(new Line2D.Double(x - m, y + m, x + m, y - m));
            }
            case CLOSED, CLOSED_TO_ENTRY_FROM_SERBIA -> g.draw(new Line2D.Double(x - m, y, x + m, y));
            case BLOCKED -> {
                g.draw(new Line2D.Double(x - m, y - m, x + m, y + m));
                g.draw(new Line2D.Double(x - m, y + m, x + m, y - m));
            }
            case UNKNOWN -> {
                Path2D q = new Path2D.Double();
                q.moveTo(x - m * 0.55, y - m * 0.45);
                q.curveTo(x - m * 0.55, y - m * 1.1, x + m * 0.6, y - m * 1.1, x + m * 0.55, y - m * 0.4);
                q.curveTo(x + m * 0.5, y, x, y, x, y + m * 0.35);
                g.draw(q);
                g.draw(new Line2D.Double(x, y + m * 0.85, x, y + m * 0.86));
            }
        }
        g.setColor(EDGE);
        g.setStroke(new BasicStroke((float) scale));
        g.draw(box);
        g.setColor(saved);
        g.setStroke(savedStroke);
    }
}
