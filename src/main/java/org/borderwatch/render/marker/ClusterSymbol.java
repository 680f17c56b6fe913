package org.borderwatch.render.marker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.GlyphVector;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.borderwatch.events.model.EventKind;

/**
 * A cluster of markers: a dark disc with the number of events, ringed by one arc per kind whose
 * length is that kind's share (incidents red, deployments blue, diplomatic teal). The disc grows
 * with the logarithm of the count so a busy town does not hide its neighbours.
 */
public final class ClusterSymbol {

    private static final Color DISC = new Color(0x2e, 0x37, 0x40, 235);
    private static final Color[] KIND_COLOURS = {
        new Color(0xd6, 0x3b, 0x2f), new Color(0x5d, 0x8c, 0xc8), SymbolPalette.DIPLOMATIC
    };
    private static final double RING_PX = 3;

    private ClusterSymbol() {}

    /** Disc radius in logical pixels for a cluster of {@code count} events. */
    public static double radiusPx(int count) {
        return 9 + 3 * Math.log10(Math.max(1, count));
    }

    /** The count as shown: "7", "312", "4.5k", "12k", "1.2M". */
    static String label(int count) {
        if (count < 1000) return Integer.toString(count);
        if (count < 10_000) return String.format(Locale.ROOT, "%.1fk", count / 1000.0);
        if (count < 1_000_000) return (count / 1000) + "k";
        return String.format(Locale.ROOT, "%.1fM", count / 1_000_000.0);
    }

    /** The square the disc and its kind ring cover, in device pixels. */
    public static Rectangle2D footprint(int count, double cx, double cy, double scale) {
        double r = (radiusPx(count) + RING_PX) * scale;
        return new Rectangle2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    /** How far the symbol reaches from its centre, in logical pixels: the halo around the disc. */
    static double reachPx(int count) {
        return radiusPx(count) + RING_PX + 1;
    }

    public static void paint(Graphics2D g, int count, int[] kindCounts, double cx, double cy, double scale) {
        paintDisc(g, count, cx, cy, scale);
        paintKindRing(g, count, kindCounts, cx, cy, scale);
        paintCount(g, count, cx, cy, scale);
    }

    /** The halo and the dark disc, under the kind ring and the count. */
    static void paintDisc(Graphics2D g, int count, double cx, double cy, double scale) {
        double r = radiusPx(count) * scale;
        Ellipse2D disc = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        g.setColor(SymbolPalette.HALO);
        g.setStroke(new BasicStroke((float) ((2 * RING_PX + 2) * scale)));
        g.draw(disc);
        g.setColor(DISC);
        g.fill(disc);
    }

    /** One arc per kind just outside the disc; the count inside never reaches it. */
    static void paintKindRing(Graphics2D g, int count, int[] kindCounts, double cx, double cy, double scale) {
        double r = (radiusPx(count) + RING_PX / 2) * scale;
        g.setStroke(new BasicStroke((float) (RING_PX * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        double start = 90;
        for (EventKind kind : EventKind.values()) {
            int n = kindCounts[kind.ordinal()];
            if (n == 0) continue;
            // clockwise from twelve o'clock, like a clock face
            double extent = -360.0 * n / count;
            g.setColor(KIND_COLOURS[kind.ordinal()]);
            g.draw(new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, start, extent, Arc2D.OPEN));
            start += extent;
        }
    }

    /** Draws the text as glyph outlines, centred, so SVG and PDF show it without depending on fonts at the reader. */
    static void paintCount(Graphics2D g, int count, double cx, double cy, double scale) {
        String text = label(count);
        float size = (float) ((text.length() <= 2 ? 11 : 10) * scale);
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(size);
        GlyphVector gv = font.createGlyphVector(g.getFontRenderContext(), text);
        Rectangle2D b = gv.getVisualBounds();
        g.setColor(Color.WHITE);
        g.fill(gv.getOutline((float) (cx - b.getCenterX()), (float) (cy - b.getCenterY())));
    }
}
