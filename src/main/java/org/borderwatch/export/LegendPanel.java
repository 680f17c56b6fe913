package org.borderwatch.export;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.render.Frame;
import org.borderwatch.render.RegimeLegend;
import org.borderwatch.render.furniture.Legend;
import org.borderwatch.render.marker.EventLegend;

/**
 * The legend beside an exported map: the base layers as the render package's {@link Legend} draws
 * them, then the event symbols and colours shown as {@link EventLegend} lays them out, the very
 * layout the app's legend panel shows. Sized from font metrics so the page layout can make room.
 */
final class LegendPanel {
    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final double COLUMN_GAP = 14;

    private final Frame frame;
    private final Font heading;
    private final double s;
    private final Legend layers = new Legend();
    private final EventLegend events;
    private final RegimeLegend regime;

    public LegendPanel(Frame frame, Font heading, Font body, double pixelScale) {
        this(frame, new RegimeLegend(frame, heading, body, pixelScale), heading, body, pixelScale);
    }

    /** A legend of the frame's layers and events with the given border-regime rows (a comparison's key). */
    public LegendPanel(Frame frame, RegimeLegend regime, Font heading, Font body, double pixelScale) {
        this.frame = frame;
        this.heading = heading;
        this.s = pixelScale;
        this.events = new EventLegend(frame.time().eventsIn(frame.events()), heading, body, pixelScale);
        this.regime = regime;
    }

    /** Every text the legend prints, in order: the base layer entries, then the event rows. */
    List<String> entries() {
        List<String> out = new ArrayList<>();
        Legend.entries(Legend.drawnAt(frame.model().layers(), frame.viewport().scaleDenominator()))
                .forEach(e -> out.add(e.title()));
        events.rows().forEach(r -> out.add(r.text()));
        regime.rows().forEach(r -> out.add(r.text()));
        return out;
    }

    /**
     * The size the legend needs: one column, or two (base map beside events) when one column would
     * be taller than {@code maxHeight}.
     */
    Dimension2D size(FontRenderContext frc, double maxHeight) {
        Column base = baseColumn(frc);
        Column events = eventColumn(frc);
        java.awt.Dimension d = new java.awt.Dimension();
        if (base.height + events.height <= maxHeight || events.height == 0)
            d.setSize(Math.ceil(Math.max(base.width, events.width)), Math.ceil(base.height + events.height));
        else
            d.setSize(
                    Math.ceil(base.width + COLUMN_GAP * s + events.width),
                    Math.ceil(Math.max(base.height, events.height)));
        return d;
    }

    /** Width and height of one part of the legend. */
    private record Column(double width, double height) {}

    private Column baseColumn(FontRenderContext frc) {
        Rectangle2D area = layers.area(
                Legend.drawnAt(frame.model().layers(), frame.viewport().scaleDenominator()), 0, 0, s);
        return new Column(
                Math.max(area.getWidth(), TextBlock.width("Legend", heading, frc)),
                lineHeight(heading, frc) + 4 * s + area.getHeight());
    }

    /** The events' rows, then the border regime's below them (crossings on the day shown, the GSZ). */
    private Column eventColumn(FontRenderContext frc) {
        double h = 0, w = 0;
        if (!events.rows().isEmpty()) {
            h += 8 * s + events.height();
            w = events.width(frc);
        }
        if (!regime.rows().isEmpty()) {
            h += 8 * s + regime.height();
            w = Math.max(w, regime.width(frc));
        }
        return new Column(w, h);
    }

    /**
     * Paints the legend in {@code box}: in two columns when one would be too tall, and in smaller type, scaled as a
     * whole, when even that does not fit, so no entry is ever cut off ("3 or more killed" and "Deployed by" were, at
     * the foot of an A4 portrait page).
     */
    void paint(Graphics2D g, Rectangle2D box) {
        Graphics2D c = (Graphics2D) g.create();
        try {
            FontRenderContext frc = c.getFontRenderContext();
            Fit fit = fit(frc, box);
            Column base = fit.base();
            boolean twoColumns = fit.twoColumns();
            double k = fit.scale();
            Rectangle2D area = box;
            if (k < 1) {
                c.translate(box.getX(), box.getY());
                c.scale(k, k);
                c.translate(-box.getX(), -box.getY());
                area = new Rectangle2D.Double(box.getX(), box.getY(), box.getWidth() / k, box.getHeight() / k);
            }
            c.clip(area);
            c.setColor(INK);
            TextBlock head = TextBlock.line("Legend", heading, frc, area.getX(), area.getY(), area.getWidth());
            Callouts.drawBlock(c, head);
            double y = head.box().getMaxY() + 4 * s;
            layers.paint(
                    c,
                    Legend.drawnAt(frame.model().layers(), frame.viewport().scaleDenominator()),
                    area.getX(),
                    y,
                    s,
                    frame.options().target().isRaster());
            double x0 = area.getX();
            if (twoColumns) {
                x0 = area.getX() + base.width + COLUMN_GAP * s;
                y = area.getY();
            } else {
                y = area.getY() + base.height + 8 * s;
            }
            events.paint(c, x0, y, area.getMaxX() - x0);
            if (!regime.rows().isEmpty())
                regime.paint(c, x0, y + (events.rows().isEmpty() ? 0 : events.height() + 8 * s), area.getMaxX() - x0);
        } finally {
            c.dispose();
        }
    }

    /** The scale {@link #paint} draws at in {@code box}: 1, or less when the legend must shrink to fit. */
    double scaleIn(FontRenderContext frc, Rectangle2D box) {
        return fit(frc, box).scale();
    }

    /** How the legend goes into a box: its base-map column, one column or two, and the scale that makes it fit. */
    private record Fit(Column base, boolean twoColumns, double scale) {}

    private Fit fit(FontRenderContext frc, Rectangle2D box) {
        Column base = baseColumn(frc);
        Column eventsColumn = eventColumn(frc);
        boolean twoColumns = eventsColumn.height > 0 && base.height + eventsColumn.height > box.getHeight() + 0.5;
        double needW = twoColumns
                ? base.width + COLUMN_GAP * s + eventsColumn.width
                : Math.max(base.width, eventsColumn.width);
        double needH = twoColumns ? Math.max(base.height, eventsColumn.height) : base.height + eventsColumn.height;
        return new Fit(base, twoColumns, Math.min(1, Math.min(box.getWidth() / needW, box.getHeight() / needH)));
    }

    private static double lineHeight(Font f, FontRenderContext frc) {
        var lm = f.getLineMetrics("Ag", frc);
        return Math.ceil(lm.getAscent() + lm.getDescent() + lm.getLeading());
    }
}
