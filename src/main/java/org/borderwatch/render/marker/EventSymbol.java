package org.borderwatch.render.marker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;

/** Picks and paints the symbol of an event by its kind: incident disc, unit frame or diplomatic diamond. */
public final class EventSymbol {

    private static final Color SELECTION_GLOW = new Color(0x00, 0xa8, 0xf0, 70);
    private static final double SELECTION_GAP_PX = 4;

    private EventSymbol() {}

    public static void paint(Graphics2D g, Event e, double cx, double cy, double scale) {
        paint(g, e.kind(), e.category(), SymbolPalette.fill(e), e.confidence(), cx, cy, scale);
    }

    public static void paint(
            Graphics2D g,
            EventKind kind,
            String category,
            Color fill,
            Confidence confidence,
            double cx,
            double cy,
            double scale) {
        var outline = SymbolPalette.outline(confidence, scale);
        switch (kind) {
            case INCIDENT -> IncidentSymbol.paint(g, category, fill, outline, cx, cy, scale);
            case DEPLOYMENT -> UnitSymbol.paint(g, category, fill, outline, cx, cy, scale);
            case DIPLOMATIC -> DiplomaticSymbol.paint(g, category, fill, outline, cx, cy, scale);
        }
    }

    /** The symbol's outline grown by {@code growPx} logical pixels. */
    public static Shape outline(EventKind kind, double cx, double cy, double scale, double growPx) {
        return switch (kind) {
            case INCIDENT -> IncidentSymbol.outline(cx, cy, scale, growPx);
            case DEPLOYMENT -> UnitSymbol.outline(cx, cy, scale, growPx);
            case DIPLOMATIC -> DiplomaticSymbol.outline(cx, cy, scale, growPx);
        };
    }

    /** A glow and a ring around the symbol of a selected event; paint it before the symbol itself. */
    public static void paintSelection(Graphics2D g, EventKind kind, double cx, double cy, double scale) {
        Shape ring = outline(kind, cx, cy, scale, SELECTION_GAP_PX);
        g.setColor(SELECTION_GLOW);
        g.fill(outline(kind, cx, cy, scale, SELECTION_GAP_PX + 3));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (4.5 * scale)));
        g.draw(ring);
        g.setColor(SymbolPalette.SELECTED);
        g.setStroke(new BasicStroke((float) (2.5 * scale)));
        g.draw(ring);
    }
}
