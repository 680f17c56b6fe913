package org.borderwatch.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.analysis.GroundSafetyZone;
import org.borderwatch.crossings.Crossing;
import org.borderwatch.crossings.CrossingStatus;
import org.borderwatch.render.marker.CrossingSymbol;

/**
 * The legend rows of a frame's border regime: a heading with the day shown, each crossing with its status symbol
 * and status on that day, and the Ground Safety Zone's hatching when it is drawn. The export's legend and the app's
 * legend panel both list these rows, so a figure says what the crossings were on its own date.
 */
public final class RegimeLegend {

    /** One row: a heading (no symbol), a crossing's status, or the zone's swatch. */
    public record Row(String text, CrossingStatus status, boolean zone) {
        public boolean heading() {
            return status == null && !zone;
        }
    }

    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final double ROW = 20;
    private static final double SYMBOL = 22;

    private final List<Row> rows;
    private final Font heading;
    private final Font body;
    private final double s;

    public RegimeLegend(Frame frame, Font heading, Font body, double pixelScale) {
        this(rows(frame), heading, body, pixelScale);
    }

    /** A legend of the given rows, such as the {@link #key} of a figure with two dates. */
    public RegimeLegend(List<Row> rows, Font heading, Font body, double pixelScale) {
        this.rows = List.copyOf(rows);
        this.heading = heading;
        this.body = body;
        this.s = pixelScale;
    }

    /** The rows for the frame's regime and day; empty when it draws neither crossings nor the zone. */
    public static List<Row> rows(Frame frame) {
        Regime regime = frame.regime();
        LocalDate day = frame.time().day();
        List<Row> rows = new ArrayList<>();
        if (regime.drawsCrossings()) {
            rows.add(new Row(
                    day == null ? "Crossings (no date: status not shown)" : "Crossings on " + day, null, false));
            for (Crossing c : regime.crossings()) {
                CrossingStatus status =
                        day == null ? CrossingStatus.UNKNOWN : c.statusOn(day).status();
                rows.add(new Row(
                        CrossingLabel.of(c.names(), frame.options().names()) + ": " + status.label(), status, false));
            }
        }
        if (regime.drawsGsz() && (day == null || regime.gsz().inForceOn(day))) {
            if (rows.isEmpty()) rows.add(new Row("Border regime", null, false));
            rows.add(new Row("Ground Safety Zone (" + (int) GroundSafetyZone.WIDTH_KM + " km)", null, true));
        }
        return List.copyOf(rows);
    }

    /**
     * What each crossing symbol means, with no day: for a figure whose panels show different days, each panel
     * showing its crossings' status on its own date.
     */
    public static List<Row> key(Regime regime) {
        List<Row> rows = new ArrayList<>();
        if (regime.drawsCrossings()) {
            rows.add(new Row("Crossing status on each map's date", null, false));
            for (CrossingStatus s : CrossingStatus.values()) rows.add(new Row(s.label(), s, false));
        }
        if (regime.drawsGsz()) {
            if (rows.isEmpty()) rows.add(new Row("Border regime", null, false));
            rows.add(new Row("Ground Safety Zone (" + (int) GroundSafetyZone.WIDTH_KM + " km)", null, true));
        }
        return List.copyOf(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    public double height() {
        return rows.size() * ROW * s;
    }

    public double width(FontRenderContext frc) {
        double w = 0;
        for (Row r : rows)
            w = Math.max(
                    w,
                    textX(r)
                            + (r.heading() ? heading : body)
                                    .getStringBounds(r.text(), frc)
                                    .getWidth());
        return Math.ceil(w);
    }

    /** Paints the rows with their top left at (x, y); text is drawn as text so SVG and PDF keep it searchable. */
    public void paint(Graphics2D g, double x, double y, double maxWidth) {
        Graphics2D c = (Graphics2D) g.create();
        try {
            FontRenderContext frc = c.getFontRenderContext();
            double row = ROW * s;
            for (Row r : rows) {
                double cy = y + row / 2;
                double sx = x + SYMBOL * s / 2 + 4 * s;
                if (r.status() != null) {
                    CrossingSymbol.paint(c, r.status(), sx, cy, s);
                } else if (r.zone()) {
                    Rectangle2D sw = new Rectangle2D.Double(sx - 8 * s, cy - 6 * s, 16 * s, 12 * s);
                    c.setColor(new Color(0x6A, 0x3D, 0x9A, 28));
                    c.fill(sw);
                    RegimePainter.hatch(c, sw, s);
                    c.setColor(RegimePainter.GSZ_COLOUR);
                    c.setStroke(new BasicStroke(
                            (float) (1.2 * s),
                            BasicStroke.CAP_BUTT,
                            BasicStroke.JOIN_ROUND,
                            4f,
                            new float[] {(float) (5 * s), (float) (3 * s)},
                            0f));
                    c.draw(sw);
                }
                Font f = r.heading() ? heading : body;
                LineMetrics lm = f.getLineMetrics("Ag", frc);
                double lineHeight = Math.ceil(lm.getAscent() + lm.getDescent() + lm.getLeading());
                c.setColor(INK);
                c.setFont(f);
                c.drawString(r.text(), (float) (x + textX(r)), (float) (cy - lineHeight / 2 + lm.getAscent()));
                y += row;
            }
        } finally {
            c.dispose();
        }
    }

    private double textX(Row r) {
        return r.heading() ? 0 : (SYMBOL + 10) * s;
    }
}
