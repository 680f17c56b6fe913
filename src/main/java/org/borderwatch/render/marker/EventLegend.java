package org.borderwatch.render.marker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;

/**
 * The event part of a legend, laid out as one column of rows: a subheading per kind shown with its
 * symbols, then the incident severity colours and the colours of the actors deploying. The app's
 * legend panel and every exported page paint it here, each symbol through {@link SymbolLegend}, so
 * the two cannot differ. Rows are computed once, from the events given; sizes follow the fonts and
 * the pixel scale.
 */
public final class EventLegend {

    /** One row: a subheading (no symbol, no swatch), a symbol with its label, or a colour with its meaning. */
    public record Row(String text, SymbolLegend.Entry symbol, SymbolLegend.Swatch swatch) {
        public Row {
            Objects.requireNonNull(text, "legend row text");
            if (symbol != null && swatch != null)
                throw new IllegalArgumentException("legend row \"" + text + "\" has both a symbol and a swatch");
        }

        public boolean subheading() {
            return symbol == null && swatch == null;
        }
    }

    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color SWATCH_EDGE = new Color(0x55, 0x55, 0x55);
    private static final String ELLIPSIS = "…";
    /** Row height in logical pixels. */
    static final double ROW = 20;

    private static final double SYMBOL = 22;
    private static final double SWATCH = 12;

    private final List<Row> rows;
    private final Font heading;
    private final Font body;
    private final double s;

    /**
     * @param events     the events shown; only their symbols and colours are listed
     * @param pixelScale device pixels per logical pixel, as the fonts were sized
     */
    public EventLegend(Collection<Event> events, Font heading, Font body, double pixelScale) {
        this.rows = rows(events);
        this.heading = heading;
        this.body = body;
        this.s = pixelScale;
    }

    /** The rows for the given events, in order; none when there are no events. */
    public static List<Row> rows(Collection<Event> events) {
        List<Row> rows = new ArrayList<>();
        EventKind kind = null;
        for (SymbolLegend.Entry e : SymbolLegend.entries(events)) {
            if (e.kind() != kind) {
                kind = e.kind();
                rows.add(new Row(heading(kind), null, null));
            }
            rows.add(new Row(e.label(), e, null));
        }
        if (events.stream().anyMatch(e -> e.kind() == EventKind.INCIDENT)) {
            rows.add(new Row("Incident severity", null, null));
            SymbolLegend.severitySwatches().forEach(w -> rows.add(new Row(w.label(), null, w)));
        }
        List<SymbolLegend.Swatch> actors = SymbolLegend.actorSwatches(events);
        if (!actors.isEmpty()) {
            rows.add(new Row("Deployed by", null, null));
            actors.forEach(w -> rows.add(new Row(w.label(), null, w)));
        }
        return List.copyOf(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The width the rows need without shortening any text, in device pixels. */
    public double width(FontRenderContext frc) {
        double w = 0;
        for (Row r : rows) w = Math.max(w, textX(r) + textWidth(r.text(), font(r), frc));
        return w;
    }

    /** The height of the rows, in device pixels; zero when there are none. */
    public double height() {
        return rows.size() * ROW * s;
    }

    /**
     * Paints the rows with their top left at (x, y), text shortened with an ellipsis where it would
     * pass {@code maxWidth}. Text is drawn as text, so SVG and PDF keep it searchable.
     */
    public void paint(Graphics2D g, double x, double y, double maxWidth) {
        Graphics2D c = (Graphics2D) g.create();
        try {
            FontRenderContext frc = c.getFontRenderContext();
            double row = ROW * s;
            for (Row r : rows) {
                double cy = y + row / 2;
                if (r.symbol() != null) {
                    SymbolLegend.paint(c, r.symbol(), x + SYMBOL * s / 2 + 4 * s, cy, s);
                } else if (r.swatch() != null) {
                    // a square, not a marker disc: it shows a colour, not a symbol
                    Rectangle2D sw = new Rectangle2D.Double(
                            x + (SYMBOL - SWATCH) / 2 * s + 4 * s, cy - SWATCH * s / 2, SWATCH * s, SWATCH * s);
                    c.setColor(r.swatch().colour());
                    c.fill(sw);
                    c.setColor(SWATCH_EDGE);
                    c.setStroke(new BasicStroke((float) (0.6 * s)));
                    c.draw(sw);
                }
                Font f = font(r);
                LineMetrics lm = f.getLineMetrics("Ag", frc);
                double lineHeight = Math.ceil(lm.getAscent() + lm.getDescent() + lm.getLeading());
                String text = elide(r.text(), f, frc, maxWidth - textX(r));
                c.setColor(INK);
                c.setFont(f);
                if (!text.isEmpty())
                    c.drawString(text, (float) (x + textX(r)), (float) (cy - lineHeight / 2 + lm.getAscent()));
                y += row;
            }
        } finally {
            c.dispose();
        }
    }

    private Font font(Row r) {
        return r.subheading() ? heading : body;
    }

    private double textX(Row r) {
        return r.subheading() ? 0 : (SYMBOL + 10) * s;
    }

    private static String heading(EventKind kind) {
        return switch (kind) {
            case INCIDENT -> "Incidents";
            case DEPLOYMENT -> "Deployments";
            case DIPLOMATIC -> "Diplomatic events";
        };
    }

    private static double textWidth(String text, Font font, FontRenderContext frc) {
        return text.isEmpty() ? 0 : font.getStringBounds(text, frc).getWidth();
    }

    /** The longest start of {@code text} that fits {@code maxWidth} with an ellipsis, or the text when it fits. */
    private static String elide(String text, Font font, FontRenderContext frc, double maxWidth) {
        if (textWidth(text, font, frc) <= maxWidth) return text;
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (textWidth(text.substring(0, mid).stripTrailing() + ELLIPSIS, font, frc) <= maxWidth) lo = mid;
            else hi = mid - 1;
        }
        return text.substring(0, lo).stripTrailing() + ELLIPSIS;
    }
}
