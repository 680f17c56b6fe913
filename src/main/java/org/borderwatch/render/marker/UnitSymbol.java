package org.borderwatch.render.marker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * A deployment, in the spirit of NATO APP-6 land unit symbols: a 3:2 rectangular frame filled with
 * the actor's colour, and the branch icon inside — armour an ellipse (a track), artillery a dot,
 * infantry a saltire, air defence an arc across the bottom, police a shield, peacekeeping a globe.
 * The frame is affiliation-neutral: APP-6 would colour it friend/hostile, which we do not judge.
 */
final class UnitSymbol {

    static final double WIDTH_PX = 24;
    static final double HEIGHT_PX = 16;

    private UnitSymbol() {}

    /** The frame, grown by {@code growPx} logical pixels on each side, centred at device pixel (cx, cy). */
    static Shape outline(double cx, double cy, double scale, double growPx) {
        double w = (WIDTH_PX + 2 * growPx) * scale, h = (HEIGHT_PX + 2 * growPx) * scale;
        if (growPx == 0) return new Rectangle2D.Double(cx - w / 2, cy - h / 2, w, h);
        double arc = 2 * growPx * scale;
        return new RoundRectangle2D.Double(cx - w / 2, cy - h / 2, w, h, arc, arc);
    }

    static void paint(Graphics2D g, String category, Color fill, Stroke outline, double cx, double cy, double scale) {
        Shape frame = outline(cx, cy, scale, 0);
        SymbolBody.paint(g, frame, fill, outline, scale);
        AffineTransform at = AffineTransform.getTranslateInstance(cx, cy);
        at.scale(scale, scale);
        Stroke iconStroke = new BasicStroke((float) (1.4 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        SymbolBody.paintGlyph(g, icon(category), SymbolPalette.ink(fill), at, 1, iconStroke);
    }

    /** The branch icon in logical pixels around the frame's centre. */
    static SymbolGlyphs icon(String category) {
        double hw = WIDTH_PX / 2, hh = HEIGHT_PX / 2;
        return switch (category) {
            case "armour" -> SymbolGlyphs.stroke(new Ellipse2D.Double(-7.5, -3.6, 15, 7.2));
            case "artillery" -> SymbolGlyphs.fill(new Ellipse2D.Double(-2.8, -2.8, 5.6, 5.6));
            case "infantry" -> SymbolGlyphs.stroke(saltire(hw, hh));
            case "air_defence" -> SymbolGlyphs.stroke(new Arc2D.Double(-hw, hh - 6.5, 2 * hw, 13, 0, 180, Arc2D.OPEN));
            case "peacekeeping" -> SymbolGlyphs.stroke(globe());
            case "police" -> new SymbolGlyphs(shieldBand(), shield());
            default -> SymbolGlyphs.fill(dots());
        };
    }

    private static Shape saltire(double hw, double hh) {
        Path2D p = new Path2D.Double();
        p.moveTo(-hw, -hh);
        p.lineTo(hw, hh);
        p.moveTo(-hw, hh);
        p.lineTo(hw, -hh);
        return p;
    }

    private static Shape globe() {
        Path2D p = new Path2D.Double();
        p.append(new Ellipse2D.Double(-5, -5, 10, 10), false);
        p.append(new Ellipse2D.Double(-2.2, -5, 4.4, 10), false);
        p.moveTo(-5, 0);
        p.lineTo(5, 0);
        return p;
    }

    private static Shape shield() {
        Path2D p = new Path2D.Double();
        p.moveTo(-4.5, -5.2);
        p.lineTo(4.5, -5.2);
        p.lineTo(4.5, -0.5);
        p.quadTo(4.5, 3.6, 0, 5.6);
        p.quadTo(-4.5, 3.6, -4.5, -0.5);
        p.closePath();
        return p;
    }

    /** The filled top band of the police shield, so it is not mistaken for an empty outline at small sizes. */
    private static Shape shieldBand() {
        return new Rectangle2D.Double(-4.5, -5.2, 9, 3.2);
    }

    private static Shape dots() {
        Path2D p = new Path2D.Double();
        for (int i = -1; i <= 1; i++) p.append(new Ellipse2D.Double(i * 4.5 - 1.4, -1.4, 2.8, 2.8), false);
        return p;
    }
}
