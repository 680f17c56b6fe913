package org.borderwatch.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.events.EventKind;
import org.borderwatch.render.Frame;
import org.borderwatch.render.SymbolLegend;
import org.borderwatch.render.furniture.Legend;

/**
 * The legend beside an exported map: the base layers as the render package's {@link Legend} draws
 * them, then the event symbols and colours shown, each painted by {@link SymbolLegend} with the
 * very code that paints the markers. Sized from font metrics so the page layout can make room.
 */
final class LegendPanel {
    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final double ROW = 20;
    private static final double SYMBOL = 22;
    private static final double SWATCH = 12;
    private static final double COLUMN_GAP = 14;

    private final Frame frame;
    private final Font heading;
    private final Font body;
    private final double s;
    private final Legend layers = new Legend();

    LegendPanel(Frame frame, Font heading, Font body, double pixelScale) {
        this.frame = frame;
        this.heading = heading;
        this.body = body;
        this.s = pixelScale;
    }

    /** A row of the event part: a subheading, a symbol, or a colour swatch. */
    private record Row(String text, SymbolLegend.Entry symbol, SymbolLegend.Swatch swatch) {
        boolean subheading() {
            return symbol == null && swatch == null;
        }
    }

    /** Every text the legend prints, in order: the base layer entries, then the event rows. */
    List<String> entries() {
        List<String> out = new ArrayList<>();
        Legend.entries(frame.model().layers()).forEach(e -> out.add(e.title()));
        rows().forEach(r -> out.add(r.text()));
        return out;
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        if (frame.events().isEmpty()) return rows;
        EventKind kind = null;
        for (SymbolLegend.Entry e : SymbolLegend.entries(frame.events())) {
            if (e.kind() != kind) {
                kind = e.kind();
                String k = PageTexts.plural(kind);
                rows.add(new Row(Character.toUpperCase(k.charAt(0)) + k.substring(1), null, null));
            }
            rows.add(new Row(e.label(), e, null));
        }
        boolean incidents = frame.events().stream().anyMatch(e -> e.kind() == EventKind.INCIDENT);
        if (incidents) {
            rows.add(new Row("Incident severity", null, null));
            SymbolLegend.severitySwatches().forEach(w -> rows.add(new Row(w.label(), null, w)));
        }
        List<SymbolLegend.Swatch> actors = SymbolLegend.actorSwatches(frame.events());
        if (!actors.isEmpty()) {
            rows.add(new Row("Deployed by", null, null));
            actors.forEach(w -> rows.add(new Row(w.label(), null, w)));
        }
        return rows;
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
            d.setSize(Math.ceil(base.width + COLUMN_GAP * s + events.width), Math.ceil(Math.max(base.height, events.height)));
        return d;
    }

    /** Width and height of one part of the legend. */
    private record Column(double width, double height) {}

    private Column baseColumn(FontRenderContext frc) {
        Rectangle2D area = layers.area(frame.model().layers(), 0, 0, s);
        return new Column(Math.max(area.getWidth(), TextBlock.width("Legend", heading, frc)),
                lineHeight(heading, frc) + 4 * s + area.getHeight());
    }

    private Column eventColumn(FontRenderContext frc) {
        List<Row> rows = rows();
        if (rows.isEmpty()) return new Column(0, 0);
        double w = 0;
        for (Row r : rows) w = Math.max(w, (r.subheading() ? 0 : textX()) + TextBlock.width(r.text(), r.subheading() ? heading : body, frc));
        return new Column(w, 8 * s + rows.size() * ROW * s);
    }

    void paint(Graphics2D g, Rectangle2D box) {
        Graphics2D c = (Graphics2D) g.create();
        try {
            c.clip(box);
            FontRenderContext frc = c.getFontRenderContext();
            Column base = baseColumn(frc);
            boolean twoColumns = base.height + eventColumn(frc).height > box.getHeight() + 0.5;
            c.setColor(INK);
            TextBlock head = TextBlock.line("Legend", heading, frc, box.getX(), box.getY(), box.getWidth());
            Callouts.drawBlock(c, head);
            double y = head.box().getMaxY() + 4 * s;
            layers.paint(c, frame.model().layers(), box.getX(), y, s);
            double x0 = box.getX();
            if (twoColumns) {
                x0 = box.getX() + base.width + COLUMN_GAP * s;
                y = box.getY() - 8 * s;
            } else {
                y = box.getY() + base.height;
            }
            y += 8 * s;
            double row = ROW * s;
            for (Row r : rows()) {
                double cy = y + row / 2;
                if (r.symbol() != null) {
                    SymbolLegend.paint(c, r.symbol(), x0 + SYMBOL * s / 2 + 4 * s, cy, s);
                } else if (r.swatch() != null) {
                    Rectangle2D sw = new Rectangle2D.Double(x0 + (SYMBOL - SWATCH) / 2 * s + 4 * s,
                            cy - SWATCH * s / 2, SWATCH * s, SWATCH * s);
                    c.setColor(r.swatch().colour());
                    c.fill(sw);
                    c.setColor(new Color(0x55, 0x55, 0x55));
                    c.setStroke(new BasicStroke((float) (0.6 * s)));
                    c.draw(sw);
                }
                Font f = r.subheading() ? heading : body;
                double x = r.subheading() ? x0 : x0 + textX();
                TextBlock t = TextBlock.line(r.text(), f, frc, x, 0, box.getMaxX() - x);
                c.setColor(INK);
                Callouts.drawBlock(c, t.movedTo(x, cy - t.box().getHeight() / 2));
                y += row;
            }
        } finally {
            c.dispose();
        }
    }

    private double textX() {
        return (SYMBOL + 10) * s;
    }

    private static double lineHeight(Font f, FontRenderContext frc) {
        var lm = f.getLineMetrics("Ag", frc);
        return Math.ceil(lm.getAscent() + lm.getDescent() + lm.getLeading());
    }
}
