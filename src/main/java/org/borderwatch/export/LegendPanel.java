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

/**
 * The legend beside the map: a heading and one entry per visible layer and per event kind shown.
 * Sized from font metrics so the page layout can make room for it.
 */
final class LegendPanel {
    private final Frame frame;
    private final Font heading;
    private final Font body;
    private final double scale;

    LegendPanel(Frame frame, Font heading, Font body, double scale) {
        this.frame = frame;
        this.heading = heading;
        this.body = body;
        this.scale = scale;
    }

    /** The legend's entries, in drawing order: base layers top to bottom, then event kinds. */
    List<String> entries() {
        List<String> out = new ArrayList<>();
        var layers = frame.model().layers();
        for (int i = layers.size() - 1; i >= 0; i--) if (layers.get(i).visible()) out.add(layers.get(i).title());
        frame.events().stream().map(e -> PageTexts.plural(e.kind())).distinct().sorted()
                .forEach(k -> out.add(Character.toUpperCase(k.charAt(0)) + k.substring(1)));
        return out;
    }

    Dimension2D size(FontRenderContext frc) {
        double w = TextBlock.width("Legend", heading, frc);
        for (String e : entries()) w = Math.max(w, TextBlock.width(e, body, frc));
        double lines = 1 + entries().size();
        var lm = body.getLineMetrics("Ag", frc);
        double h = lines * Math.ceil(lm.getAscent() + lm.getDescent() + lm.getLeading()) + 8 * scale;
        var d = new java.awt.Dimension();
        d.setSize(w + 8 * scale, h);
        return d;
    }

    void paint(Graphics2D g, Rectangle2D box) {
        Graphics2D c = (Graphics2D) g.create();
        try {
            c.clip(box);
            c.setColor(new Color(0x22, 0x22, 0x22));
            TextBlock head = TextBlock.line("Legend", heading, c.getFontRenderContext(), box.getX(), box.getY(), box.getWidth());
            Callouts.drawBlock(c, head);
            TextBlock list = TextBlock.wrap(String.join("\n", entries()), body, c.getFontRenderContext(), box.getX(),
                    head.box().getMaxY() + 4 * scale, box.getWidth(), Integer.MAX_VALUE);
            Callouts.drawBlock(c, list);
        } finally {
            c.dispose();
        }
    }
}
