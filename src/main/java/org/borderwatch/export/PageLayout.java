package org.borderwatch.export;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where each part of an exported page goes, computed from font metrics so nothing overlaps at any
 * size: title and subtitle on top, the map, a panel with the legend and the filters in effect
 * (right of the map on landscape pages, below it on portrait ones), and a footer with the
 * attribution and sources on the left and the export date on the right. The scale bar and north
 * arrow sit inside the map frame, in corners that callouts avoid.
 */
record PageLayout(
        Rectangle2D page,
        TextBlock title,
        TextBlock subtitle,
        Rectangle2D map,
        Rectangle2D legend,
        TextBlock info,
        TextBlock footerLeft,
        TextBlock footerRight,
        Rectangle2D scaleBar,
        Rectangle2D northArrow) {

    /** The fonts of a page, scaled to its pixel scale. */
    record Fonts(Font title, Font subtitle, Font heading, Font body, Font small) {
        static Fonts of(double pixelScale) {
            return new Fonts(
                    font(Font.BOLD, 26, pixelScale),
                    font(Font.PLAIN, 15, pixelScale),
                    font(Font.BOLD, 12, pixelScale),
                    font(Font.PLAIN, 11.5, pixelScale),
                    font(Font.PLAIN, 10, pixelScale));
        }

        private static Font font(int style, double px, double scale) {
            return new Font("DejaVu Sans", style, 1).deriveFont((float) (px * scale));
        }
    }

    /** What the legend needs within a height: it may go to two columns rather than be cut off. */
    @FunctionalInterface
    interface LegendSizer {
        Dimension2D size(double maxHeightPx);
    }

    /** The words of a page, before fitting. */
    record Texts(String title, String subtitle, String info, String footerLeft, String footerRight) {}

    /** The blocks of the page that must not overlap one another (furniture lies inside the map). */
    List<Rectangle2D> blocks() {
        return List.of(title.box(), subtitle.box(), map, legend, info.box(), footerLeft.box(), footerRight.box());
    }

    /**
     * Lays out a page.
     *
     * @param legend what the legend needs at this pixel scale within a height; it gets less if the page is small
     */
    static PageLayout compute(
            PageSize size, double pixelScale, FontRenderContext frc, Fonts fonts, Texts texts, LegendSizer legend) {
        double u = pixelScale;
        double w = size.widthPx();
        double h = size.heightPx();
        double margin = Math.round(18 * u);
        double gap = Math.round(10 * u);
        double contentW = w - 2 * margin;

        TextBlock title = fittedTitle(texts.title(), fonts.title(), frc, margin, margin, contentW);
        TextBlock subtitle = TextBlock.line(
                texts.subtitle(), fonts.subtitle(), frc, margin, title.box().getMaxY() + Math.round(3 * u), contentW);
        double bodyTop = subtitle.box().getMaxY() + gap;

        TextBlock right = TextBlock.line(texts.footerRight(), fonts.small(), frc, 0, 0, contentW * 0.35);
        double leftW = contentW - right.box().getWidth() - 2 * gap;
        TextBlock left = TextBlock.wrap(texts.footerLeft(), fonts.small(), frc, 0, 0, leftW, 3);
        double footerH = Math.max(left.box().getHeight(), right.box().getHeight());
        double footerTop = h - margin - footerH;
        left = left.movedTo(margin, footerTop);
        right = right.movedTo(w - margin - right.box().getWidth(), footerTop);
        double bodyBottom = footerTop - gap;
        double bodyH = bodyBottom - bodyTop;

        Rectangle2D map;
        Rectangle2D legendRect;
        TextBlock info;
        if (w >= h) {
            double minPanel = 190 * u;
            double maxPanel = contentW * 0.34;
            double panelW = Math.min(Math.max(legend.size(bodyH).getWidth(), minPanel), maxPanel);
            TextBlock probe = TextBlock.wrap(texts.info(), fonts.body(), frc, 0, 0, panelW, 12);
            Dimension2D legendSize = legend.size(bodyH - probe.box().getHeight() - gap);
            panelW = Math.min(Math.max(legendSize.getWidth(), minPanel), maxPanel);
            double panelX = w - margin - panelW;
            map = new Rectangle2D.Double(margin, bodyTop, panelX - gap - margin, bodyH);
            double infoH = TextBlock.wrap(texts.info(), fonts.body(), frc, 0, 0, panelW, 12)
                    .box()
                    .getHeight();
            double legendH = Math.max(0, Math.min(legendSize.getHeight(), bodyH - infoH - gap));
            Rectangle2D legendBox = new Rectangle2D.Double(panelX, bodyTop, panelW, legendH);
            double infoTop = legendBox.getMaxY() + gap;
            info = TextBlock.wrap(
                    texts.info(),
                    fonts.body(),
                    frc,
                    panelX,
                    infoTop,
                    panelW,
                    maxLines(bodyBottom - infoTop, fonts.body(), frc));
            legendRect = legendBox;
        } else {
            double panelW = contentW / 2 - gap / 2;
            TextBlock probe = TextBlock.wrap(texts.info(), fonts.body(), frc, 0, 0, panelW, 12);
            // up to half the body for the legend and filters; a legend taller than that shrinks (LegendPanel.paint)
            Dimension2D legendSize = legend.size(bodyH * 0.5);
            double legendW = Math.min(legendSize.getWidth(), contentW - panelW - gap);
            double infoW = contentW - Math.max(legendW, panelW * 0.5) - gap;
            probe = TextBlock.wrap(texts.info(), fonts.body(), frc, 0, 0, infoW, 12);
            double panelH =
                    Math.min(Math.max(legendSize.getHeight(), probe.box().getHeight()), bodyH * 0.5);
            double panelTop = bodyBottom - panelH;
            map = new Rectangle2D.Double(margin, bodyTop, contentW, panelTop - gap - bodyTop);
            legendRect = new Rectangle2D.Double(margin, panelTop, legendW, panelH);
            double infoX = w - margin - infoW;
            info = TextBlock.wrap(
                    texts.info(), fonts.body(), frc, infoX, panelTop, infoW, maxLines(panelH, fonts.body(), frc));
        }
        map = pixelAligned(map);
        // keep-out areas where MapPainter's furniture draws (north arrow top right, scale bar bottom left)
        Rectangle2D scaleBar = new Rectangle2D.Double(
                map.getX(), map.getMaxY() - 56 * u, Math.min(map.getWidth() * 0.4, 300 * u), 56 * u);
        Rectangle2D north = new Rectangle2D.Double(map.getMaxX() - 58 * u, map.getY(), 58 * u, 68 * u);
        return new PageLayout(
                new Rectangle2D.Double(0, 0, w, h),
                title,
                subtitle,
                map,
                legendRect,
                info,
                left,
                right,
                scaleBar,
                north);
    }

    /**
     * The title whole: on one line, else wrapped onto two, else in smaller type (down to 70 %) on two lines; only a
     * title longer than that ends in an ellipsis. A default title such as "Incidents, deployments and diplomatic
     * events in the Serbia–Kosovo border region" is wider than an A4 portrait page at 26 px.
     */
    static TextBlock fittedTitle(String text, Font font, FontRenderContext frc, double x, double y, double maxWidth) {
        TextBlock block = TextBlock.line(text, font, frc, x, y, maxWidth);
        for (float scale = 1f; scale >= 0.69f && !whole(block, text); scale -= 0.1f) {
            block = TextBlock.wrap(text, font.deriveFont(font.getSize2D() * scale), frc, x, y, maxWidth, 2);
        }
        return block;
    }

    private static boolean whole(TextBlock block, String text) {
        return String.join(" ", block.lines())
                .equals(text.replace('\n', ' ').strip().replaceAll(" +", " "));
    }

    /** Whole pixels, so the map's viewport is exactly the frame drawn around it. */
    private static Rectangle2D pixelAligned(Rectangle2D r) {
        double x = Math.ceil(r.getX());
        double y = Math.ceil(r.getY());
        return new Rectangle2D.Double(x, y, Math.floor(r.getMaxX()) - x, Math.floor(r.getMaxY()) - y);
    }

    private static int maxLines(double height, Font font, FontRenderContext frc) {
        var lm = font.getLineMetrics("Ag", frc);
        return Math.max(1, (int) (height / Math.ceil(lm.getAscent() + lm.getDescent() + lm.getLeading())));
    }
}
