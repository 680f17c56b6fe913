package org.borderwatch.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Dimension2D;
import java.awt.geom.Rectangle2D;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.events.model.Event;
import org.borderwatch.gazetteer.Gazetteer;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.Frame;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.MapTime;
import org.borderwatch.render.Regime;
import org.borderwatch.render.RegimeLegend;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;

/**
 * A two-panel page comparing two days: the title, then two maps side by side over the same area and scale, each
 * headed by its day and showing the events from the request's first day (or all earlier ones) to that day with
 * the border regime of that day, then one legend for both and the footer. Both maps are painted by the same
 * {@link MapPainter} as the screen.
 */
final class ComparePage implements PageContent {
    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color MUTED = new Color(0x4A, 0x4A, 0x4A);

    private final MapPainter painter;
    private final List<Frame> frames;
    private final List<TextBlock> panelTitles;
    private final List<Rectangle2D> maps;
    private final TextBlock title;
    private final TextBlock subtitle;
    private final LegendPanel legend;
    private final Rectangle2D legendBox;
    private final TextBlock footer;
    private final PageSize size;
    private final ExportFacts facts;

    private ComparePage(
            MapPainter painter,
            List<Frame> frames,
            List<TextBlock> panelTitles,
            List<Rectangle2D> maps,
            TextBlock title,
            TextBlock subtitle,
            LegendPanel legend,
            Rectangle2D legendBox,
            TextBlock footer,
            PageSize size,
            ExportFacts facts) {
        this.painter = painter;
        this.frames = frames;
        this.panelTitles = panelTitles;
        this.maps = maps;
        this.title = title;
        this.subtitle = subtitle;
        this.legend = legend;
        this.legendBox = legendBox;
        this.footer = footer;
        this.size = size;
        this.facts = facts;
    }

    ExportFacts facts() {
        return facts;
    }

    /** The two days' frames, in panel order. */
    List<Frame> frames() {
        return frames;
    }

    static ComparePage build(
            ExportRequest r,
            MapModel base,
            List<Event> storeEvents,
            Regime regime,
            MapPainter painter,
            Instant now,
            String software,
            Gazetteer gazetteer) {
        CoordinateReferenceSystem crs = DisplayCrs.decode(r.crs());
        MapModel model = PageBuilder.withLayers(base, r.layers()).withDisplayCrs(crs);
        double s = r.size().pixelScale();
        PageLayout.Fonts fonts = PageLayout.Fonts.of(s);
        var frc = PageBuilder.FRC;
        double w = r.size().widthPx(), h = r.size().heightPx();
        double margin = 24 * s, gap = 16 * s;
        LocalDate first = r.compare().get(0), second = r.compare().get(1);
        String titleText = r.title() != null ? r.title() : "Two dates compared: " + first + " and " + second;
        TextBlock title = TextBlock.line(titleText, fonts.title(), frc, margin, margin, w - 2 * margin);
        String subtitleText = r.subtitle() != null
                ? r.subtitle()
                : "Each map: events " + (r.from() == null ? "up to" : "from " + r.from() + " to")
                        + " its date; crossings and the GSZ as on that date";
        TextBlock subtitle = TextBlock.line(
                subtitleText, fonts.subtitle(), frc, margin, title.box().getMaxY() + 4 * s, w - 2 * margin);

        // each panel's frame gets the events every other part of the filter passes and shows those of its time
        List<Event> candidates = PageBuilder.filter(storeEvents, r.withDates(null, null), regime.gsz());
        List<MapTime> times = List.of(new MapTime(r.from(), first), new MapTime(r.from(), second));
        List<List<Event>> shown =
                List.of(times.get(0).eventsIn(candidates), times.get(1).eventsIn(candidates));
        Set<Event> both = new LinkedHashSet<>(shown.get(0));
        both.addAll(shown.get(1));
        ReferencedEnvelope wanted = PageBuilder.extentIn(r.extent(), crs);
        Frame probe = new Frame(
                model,
                new Viewport(wanted, 100, 100, s),
                new ArrayList<>(both),
                Set.of(),
                PageBuilder.OPTIONS
                        .withTarget(r.format().target())
                        .withAllUncertainty(r.allUncertainty())
                        .withNames(CalloutPlaces.names(r, gazetteer)),
                List.of(),
                MapTime.ALL,
                regime);
        LegendPanel legend = new LegendPanel(
                probe,
                new RegimeLegend(RegimeLegend.key(regime), fonts.heading(), fonts.body(), s),
                fonts.heading(),
                fonts.body(),
                s);

        String footerText = PageTexts.stamp(now, software) + " · " + model.attribution();
        TextBlock footerProbe = TextBlock.line(footerText, fonts.small(), frc, margin, 0, w - 2 * margin);
        double footerTop = h - margin - footerProbe.box().getHeight();
        TextBlock footer = TextBlock.line(footerText, fonts.small(), frc, margin, footerTop, w - 2 * margin);
        double top = subtitle.box().getMaxY() + 14 * s;
        double bottom = footerTop - 12 * s;
        // one legend for both maps, in a column at the right as on a single-map page
        Dimension2D legendSize = legend.size(frc, bottom - top);
        Rectangle2D legendBox = new Rectangle2D.Double(
                w - margin - legendSize.getWidth(),
                top,
                legendSize.getWidth(),
                Math.min(bottom - top, legendSize.getHeight()));
        double panelW = (legendBox.getX() - gap - margin - gap) / 2;
        List<TextBlock> panelTitles = new ArrayList<>();
        List<Rectangle2D> maps = new ArrayList<>();
        List<Frame> frames = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            double x = margin + i * (panelW + gap);
            LocalDate day = r.compare().get(i);
            TextBlock pt =
                    TextBlock.line(day + " (" + shown.get(i).size() + " events)", fonts.heading(), frc, x, top, panelW);
            panelTitles.add(pt);
            Rectangle2D map = new Rectangle2D.Double(
                    x,
                    Math.ceil(pt.box().getMaxY() + 6 * s),
                    Math.floor(panelW),
                    Math.floor(bottom - pt.box().getMaxY() - 6 * s));
            maps.add(map);
            Viewport v = Viewport.fit(wanted, (int) map.getWidth(), (int) map.getHeight(), s);
            frames.add(new Frame(
                    model,
                    v,
                    candidates,
                    Set.copyOf(r.selectedIds()),
                    PageBuilder.OPTIONS
                            .withTarget(r.format().target())
                            .withAllUncertainty(r.allUncertainty())
                            .withNames(CalloutPlaces.names(r, gazetteer)),
                    r.annotations(),
                    times.get(i),
                    regime));
        }
        ExportFacts facts =
                new ExportFacts(titleText, subtitleText, shown.get(1).size(), now, software);
        return new ComparePage(
                painter, frames, panelTitles, maps, title, subtitle, legend, legendBox, footer, r.size(), facts);
    }

    @Override
    public void paint(Graphics2D g) {
        double s = size.pixelScale();
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, size.widthPx(), size.heightPx()));
        g.setColor(INK);
        Callouts.drawBlock(g, title);
        g.setColor(MUTED);
        Callouts.drawBlock(g, subtitle);
        for (int i = 0; i < 2; i++) {
            Rectangle2D map = maps.get(i);
            g.setColor(INK);
            Callouts.drawBlock(g, panelTitles.get(i));
            Graphics2D m = (Graphics2D) g.create();
            try {
                m.translate(map.getX(), map.getY());
                m.clip(new Rectangle2D.Double(0, 0, map.getWidth(), map.getHeight()));
                painter.paint(m, frames.get(i));
            } finally {
                m.dispose();
            }
            g.setColor(INK);
            g.setStroke(new BasicStroke((float) (1.2 * s)));
            g.draw(map);
        }
        legend.paint(g, legendBox);
        g.setColor(MUTED);
        Callouts.drawBlock(g, footer);
    }
}
