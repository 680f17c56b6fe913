package org.borderwatch.render.marker;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The small pictures inside event symbols, as vector shapes in a unit box [-1, 1]² (y down).
 * Each glyph is a pair: what is filled and what is stroked, so it stays a crisp vector path in
 * PNG, SVG and PDF at any scale. Symbols scale and place them; glyphs know nothing of colour.
 */
record SymbolGlyphs(Shape filled, Shape stroked) {

    private static final Shape NONE = new Path2D.Double();

    static SymbolGlyphs fill(Shape s) {
        return new SymbolGlyphs(s, NONE);
    }

    static SymbolGlyphs stroke(Shape s) {
        return new SymbolGlyphs(NONE, s);
    }

    /** The glyph of an incident category; an unknown category gets the glyph of "other". */
    static SymbolGlyphs incident(String category) {
        return switch (category) {
            case "armed_clash" -> stroke(crossedSwords());
            case "attack" -> fill(arrowUp());
            case "shooting" -> stroke(crosshair());
            case "explosion" -> fill(star(8, 1.0, 0.42));
            case "arrest" -> stroke(handcuffs());
            case "weapons_seizure" -> fill(rifle());
            case "protest" -> new SymbolGlyphs(flag(), new Line2D.Double(-0.6, -0.85, -0.6, 0.9));
            case "roadblock" -> new SymbolGlyphs(new Rectangle2D.Double(-0.95, -0.45, 1.9, 0.42), barrierLegs());
            case "border_closure" -> fill(new Rectangle2D.Double(-0.8, -0.22, 1.6, 0.44));
            default -> fill(exclamation());
        };
    }

    /** The glyph of a diplomatic category; an unknown category gets a plain dot. */
    static SymbolGlyphs diplomatic(String category) {
        return switch (category) {
            case "statement" -> stroke(speechLines());
            case "demand" -> fill(exclamation());
            case "sanction" -> stroke(ban());
            case "agreement" -> stroke(tick());
            default -> fill(new Ellipse2D.Double(-0.3, -0.3, 0.6, 0.6));
        };
    }

    private static Shape crossedSwords() {
        Path2D p = new Path2D.Double();
        p.moveTo(-0.85, 0.85);
        p.lineTo(0.85, -0.85);
        p.moveTo(0.85, 0.85);
        p.lineTo(-0.85, -0.85);
        // cross-guards near the hilts
        p.moveTo(-0.75, 0.25);
        p.lineTo(-0.25, 0.75);
        p.moveTo(0.75, 0.25);
        p.lineTo(0.25, 0.75);
        return p;
    }

    private static Shape arrowUp() {
        Path2D p = new Path2D.Double();
        p.moveTo(0, -0.95);
        p.lineTo(0.8, 0.05);
        p.lineTo(0.28, 0.05);
        p.lineTo(0.28, 0.9);
        p.lineTo(-0.28, 0.9);
        p.lineTo(-0.28, 0.05);
        p.lineTo(-0.8, 0.05);
        p.closePath();
        return p;
    }

    private static Shape crosshair() {
        Path2D p = new Path2D.Double();
        p.append(new Ellipse2D.Double(-0.55, -0.55, 1.1, 1.1), false);
        p.moveTo(0, -1);
        p.lineTo(0, -0.25);
        p.moveTo(0, 1);
        p.lineTo(0, 0.25);
        p.moveTo(-1, 0);
        p.lineTo(-0.25, 0);
        p.moveTo(1, 0);
        p.lineTo(0.25, 0);
        return p;
    }

    static Shape star(int points, double outer, double inner) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < 2 * points; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = Math.PI * i / points - Math.PI / 2;
            if (i == 0) p.moveTo(r * Math.cos(a), r * Math.sin(a));
            else p.lineTo(r * Math.cos(a), r * Math.sin(a));
        }
        p.closePath();
        return p;
    }

    private static Shape handcuffs() {
        Path2D p = new Path2D.Double();
        p.append(new Ellipse2D.Double(-0.95, -0.2, 0.8, 0.8), false);
        p.append(new Ellipse2D.Double(0.15, -0.2, 0.8, 0.8), false);
        // the chain between the cuffs, arched above them
        p.moveTo(-0.45, -0.2);
        p.quadTo(0, -0.75, 0.45, -0.2);
        return p;
    }

    private static Shape rifle() {
        Area a = new Area(new Rectangle2D.Double(-0.55, -0.22, 0.85, 0.26));
        a.add(new Area(new Rectangle2D.Double(0.3, -0.16, 0.7, 0.1)));
        a.add(new Area(polygon(-1.0, -0.14, -0.55, -0.22, -0.55, 0.1, -0.95, 0.3)));
        a.add(new Area(polygon(0.02, 0.04, 0.2, 0.04, 0.12, 0.55, -0.08, 0.5)));
        a.add(new Area(polygon(-0.38, 0.04, -0.2, 0.04, -0.28, 0.4, -0.45, 0.36)));
        return a;
    }

    private static Shape flag() {
        return polygon(-0.6, -0.85, 0.8, -0.85, 0.45, -0.5, 0.8, -0.15, -0.6, -0.15);
    }

    private static Shape barrierLegs() {
        Path2D p = new Path2D.Double();
        p.moveTo(-0.6, -0.03);
        p.lineTo(-0.6, 0.75);
        p.moveTo(0.6, -0.03);
        p.lineTo(0.6, 0.75);
        p.moveTo(-0.85, 0.75);
        p.lineTo(-0.35, 0.75);
        p.moveTo(0.35, 0.75);
        p.lineTo(0.85, 0.75);
        return p;
    }

    private static Shape exclamation() {
        Area a = new Area(polygon(-0.2, -0.9, 0.2, -0.9, 0.12, 0.3, -0.12, 0.3));
        a.add(new Area(new Ellipse2D.Double(-0.17, 0.52, 0.34, 0.34)));
        return a;
    }

    private static Shape speechLines() {
        Path2D p = new Path2D.Double();
        p.moveTo(-0.7, -0.45);
        p.lineTo(0.7, -0.45);
        p.moveTo(-0.7, 0);
        p.lineTo(0.7, 0);
        p.moveTo(-0.7, 0.45);
        p.lineTo(0.25, 0.45);
        return p;
    }

    private static Shape ban() {
        Path2D p = new Path2D.Double();
        p.append(new Ellipse2D.Double(-0.7, -0.7, 1.4, 1.4), false);
        p.moveTo(-0.5, -0.5);
        p.lineTo(0.5, 0.5);
        return p;
    }

    private static Shape tick() {
        Path2D p = new Path2D.Double();
        p.moveTo(-0.7, 0.05);
        p.lineTo(-0.2, 0.55);
        p.lineTo(0.75, -0.55);
        return p;
    }

    static Shape polygon(double... xy) {
        GeneralPath p = new GeneralPath();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) p.lineTo(xy[i], xy[i + 1]);
        p.closePath();
        return p;
    }
}
