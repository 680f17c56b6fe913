package org.borderwatch.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.borderwatch.render.Frame;
import org.borderwatch.render.MapPainter;

/**
 * Paints a whole exported page: the map through the same {@link MapPainter} as the screen, then
 * around it the title, legend, filters, callouts and footer where the {@link PageLayout} put them.
 */
final class PagePainter implements PageContent {
    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color MUTED = new Color(0x4A, 0x4A, 0x4A);

    private final MapPainter mapPainter;
    private final Frame frame;
    private final PageLayout layout;
    private final LegendPanel legend;
    private final Callouts callouts;
    private final double scale;

    PagePainter(MapPainter mapPainter, Frame frame, PageLayout layout, LegendPanel legend, Callouts callouts) {
        this.mapPainter = mapPainter;
        this.frame = frame;
        this.layout = layout;
        this.legend = legend;
        this.callouts = callouts;
        this.scale = frame.viewport().pixelScale();
    }

    @Override
    public void paint(Graphics2D g) {
        g.setColor(Color.WHITE);
        g.fill(layout.page());
        Rectangle2D map = layout.map();
        Graphics2D m = (Graphics2D) g.create();
        try {
            m.translate(map.getX(), map.getY());
            m.clip(new Rectangle2D.Double(0, 0, map.getWidth(), map.getHeight()));
            mapPainter.paint(m, frame);
            // placed again now that the map's markers and place labels are known, so no callout hides one
            callouts.avoiding(mapPainter.occupied()).paint(m);
        } finally {
            m.dispose();
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke((float) (1.2 * scale)));
        g.draw(map);
        Callouts.drawBlock(g, layout.title());
        g.setColor(MUTED);
        Callouts.drawBlock(g, layout.subtitle());
        legend.paint(g, layout.legend());
        paintInfo(g);
        g.setColor(MUTED);
        Callouts.drawBlock(g, layout.footerLeft());
        Callouts.drawBlock(g, layout.footerRight());
    }

    private void paintInfo(Graphics2D g) {
        Rectangle2D box = layout.info().box();
        g.setColor(new Color(0xBB, 0xBB, 0xBB));
        g.setStroke(new BasicStroke((float) scale));
        g.draw(new Line2D.Double(
                box.getX(), box.getY() - 5 * scale, box.getX() + layout.legend().getWidth(), box.getY() - 5 * scale));
        g.setColor(INK);
        Callouts.drawBlock(g, layout.info());
    }
}
