package org.borderwatch.export;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.borderwatch.analysis.GroundSafetyZone;
import org.borderwatch.crossings.Crossing;
import org.borderwatch.crossings.EventLinks;
import org.borderwatch.events.model.DatePrecision;
import org.borderwatch.events.model.Event;
import org.borderwatch.gazetteer.Gazetteer;
import org.borderwatch.gazetteer.PlaceNames;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.CrossingLabel;
import org.borderwatch.render.Frame;
import org.borderwatch.render.FrameOptions;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.MapTime;
import org.borderwatch.render.Regime;
import org.borderwatch.render.RenderTarget;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Point;

/**
 * Turns a request, the base map and the store's events into a page ready to paint: the events
 * that pass the filters, the layout, the frame fitted to the map area and the callouts.
 */
final class PageBuilder {
    /** Antialiased, fractional metrics: what every writer measures text with, so layouts agree. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /**
     * Scale bar, north arrow and graticule inside the map; the legend and the attribution go in the
     * page's side panel and footer, where they have room and cover no data.
     */
    static final FrameOptions OPTIONS =
            new FrameOptions(true, true, false, true, false, true, RenderTarget.RASTER, false, null);

    /** A page ready to paint, and what it shows. */
    record Page(
            PagePainter painter,
            Frame frame,
            PageLayout layout,
            Callouts callouts,
            ExportFacts facts,
            List<String> notes) {}

    private PageBuilder() {}

    static Page build(
            ExportRequest r,
            MapModel base,
            List<Event> storeEvents,
            Regime regime,
            MapPainter painter,
            Instant now,
            String software) {
        return build(r, base, storeEvents, regime, painter, now, software, null);
    }

    /** A page whose place names (when the request asks for a style) come from {@code gazetteer}, if given. */
    static Page build(
            ExportRequest r,
            MapModel base,
            List<Event> storeEvents,
            Regime regime,
            MapPainter painter,
            Instant now,
            String software,
            Gazetteer gazetteer) {
        PlaceNames names = CalloutPlaces.names(r, gazetteer);
        CoordinateReferenceSystem crs = DisplayCrs.decode(r.crs());
        MapModel model = withLayers(base, r.layers()).withDisplayCrs(crs);
        // the frame gets the events every other part of the filter passes and reads the dates from its time, as
        // the map on screen does; the texts count those the time shows
        MapTime time = MapTime.endingByDefaultAtLastOf(r.from(), r.to(), storeEvents);
        List<Event> candidates = filter(storeEvents, r.withDates(null, null), regime.gsz());
        List<Event> shown = time.eventsIn(candidates);
        double scale = r.size().pixelScale();
        PageLayout.Fonts fonts = PageLayout.Fonts.of(scale);
        ReferencedEnvelope wanted = extentIn(r.extent(), crs);

        // the legend shows the model's layers and the events, not the viewport, which the layout has yet to
        // size: it is built once on a provisional frame, measured for the layout, then painted
        // at about the final scale (the map takes most of the page), so the legend and the credits list the
        // layers and rules drawn at that scale
        Viewport provisional = Viewport.fit(
                wanted, (int) (r.size().widthPx() * 0.75), (int) (r.size().heightPx() * 0.85), scale);
        FrameOptions options = OPTIONS.withTarget(r.format().target())
                .withAllUncertainty(r.allUncertainty())
                .withNames(names);
        Frame probe = new Frame(
                model, provisional, candidates, Set.copyOf(r.selectedIds()), options, r.annotations(), time, regime);
        LegendPanel provisionalLegend = new LegendPanel(probe, fonts.heading(), fonts.body(), scale);

        List<Event> selected = selected(shown, r.selectedIds());
        String title = PageTexts.title(r);
        String subtitle = PageTexts.subtitle(r, shown.size());
        PageLayout.Texts texts = new PageLayout.Texts(
                title,
                subtitle,
                PageTexts.info(r, DisplayCrs.name(crs), selected.size()),
                PageTexts.sources(model.attributionAt(provisional.scaleDenominator()), r, shown),
                PageTexts.stamp(now, software));
        PageLayout layout =
                PageLayout.compute(r.size(), scale, FRC, fonts, texts, maxH -> provisionalLegend.size(FRC, maxH));
        LegendPanel legend = provisionalLegend;

        Rectangle2D mapBox = layout.map();
        Viewport viewport = Viewport.fit(wanted, (int) mapBox.getWidth(), (int) mapBox.getHeight(), scale);
        Frame frame = new Frame(
                model, viewport, candidates, Set.copyOf(r.selectedIds()), options, r.annotations(), time, regime);
        // the legend lists the rules drawn at the map's scale; when the provisional scale chose others, lay out once
        // more
        LegendPanel atScale = new LegendPanel(frame, fonts.heading(), fonts.body(), scale);
        if (!atScale.entries().equals(legend.entries())) {
            legend = atScale;
            layout = PageLayout.compute(r.size(), scale, FRC, fonts, texts, maxH -> atScale.size(FRC, maxH));
            mapBox = layout.map();
            viewport = Viewport.fit(wanted, (int) mapBox.getWidth(), (int) mapBox.getHeight(), scale);
            frame = new Frame(
                    model, viewport, candidates, Set.copyOf(r.selectedIds()), options, r.annotations(), time, regime);
        }
        // "N events shown" counts the events drawn, those inside the map's extent, not every event the filter passes;
        // the subtitle is one line either way, so the layout's boxes stay where they are
        int drawn = drawnCount(shown, viewport, crs);
        if (drawn != shown.size()) {
            subtitle = PageTexts.subtitle(r, drawn);
            texts = new PageLayout.Texts(title, subtitle, texts.info(), texts.footerLeft(), texts.footerRight());
            LegendPanel chosen = legend;
            layout = PageLayout.compute(r.size(), scale, FRC, fonts, texts, maxH -> chosen.size(FRC, maxH));
        }

        List<String> notes = new ArrayList<>();
        List<Callouts.Target> targets = withCrossingStatus(
                CalloutPlaces.with(targets(selected, viewport, crs), selected, model, names, notes),
                selected,
                regime,
                time.day(),
                names);
        Set<String> found = new HashSet<>();
        for (Event e : selected) found.add(e.id());
        for (String id : r.selectedIds())
            if (!found.contains(id))
                notes.add("selected event " + id + " is not among the events shown (filtered out or not in the store)");
        List<Rectangle2D> keepOut = List.of(toMap(layout.scaleBar(), mapBox), toMap(layout.northArrow(), mapBox));
        Font calloutTitle = fonts.body().deriveFont(Font.BOLD);
        Callouts callouts = Callouts.place(
                targets, mapBox.getWidth(), mapBox.getHeight(), keepOut, calloutTitle, fonts.small(), FRC, scale);
        Set<String> labelled = new HashSet<>();
        callouts.placed().forEach(p -> labelled.add(p.target().id()));
        for (Callouts.Target t : targets)
            if (!labelled.contains(t.id()))
                notes.add("selected event " + t.id() + " lies outside the map or has no room for a label");

        ExportFacts facts = new ExportFacts(title, subtitle, drawn, now, software);
        return new Page(
                new PagePainter(painter, frame, layout, legend, callouts), frame, layout, callouts, facts, notes);
    }

    /**
     * The events of the store that pass the request's filter: dates, kinds, categories, actors, confidences, text,
     * and where they lie against the Ground Safety Zone {@code zone} (null when the map has none).
     */
    static List<Event> filter(List<Event> events, ExportRequest r, GroundSafetyZone zone) {
        Predicate<Event> shown = r.filter().predicate();
        if (!r.inGsz().isEmpty()) {
            if (zone == null)
                throw new IllegalArgumentException("events cannot be chosen by the Ground Safety Zone (" + r.inGsz()
                        + "): the map has no zone (it needs the boundary and countries layers)");
            shown = shown.and(e -> r.inGsz().contains(zone.membership(e)));
        }
        List<Event> out = new ArrayList<>();
        for (Event e : events) if (shown.test(e)) out.add(e);
        return out;
    }

    /**
     * The model with only the named base layers shown, or as it is when none are named; layers the user added
     * (export --layer) stay as they are.
     *
     * @throws IllegalArgumentException naming an unknown layer and the known ones
     */
    static MapModel withLayers(MapModel model, List<String> names) {
        if (names.isEmpty()) return model;
        Set<String> known = new HashSet<>();
        for (Layer l : model.layers()) known.add(l.name());
        for (String n : names)
            if (!known.contains(n))
                throw new IllegalArgumentException("layer \"" + n + "\" does not exist; the map has "
                        + String.join(
                                ", ", model.layers().stream().map(Layer::name).toList()));
        MapModel shown = model;
        for (Layer l : model.layers())
            if (!org.borderwatch.map.user.AddedLayers.isAdded(l))
                shown = shown.withVisible(l.name(), names.contains(l.name()));
        return shown;
    }

    /** The extent in the display CRS; a lon/lat box is reprojected with densified edges. */
    static ReferencedEnvelope extentIn(Extent e, CoordinateReferenceSystem crs) {
        if (e.inDisplayCrs()) return new ReferencedEnvelope(e.minX(), e.maxX(), e.minY(), e.maxY(), crs);
        try {
            return new ReferencedEnvelope(e.minX(), e.maxX(), e.minY(), e.maxY(), DefaultGeographicCRS.WGS84)
                    .transform(crs, true);
        } catch (TransformException | FactoryException ex) {
            throw new IllegalArgumentException("extent " + e + " cannot be shown in " + DisplayCrs.name(crs), ex);
        }
    }

    /** The selected events among those shown, in the order they were selected. */
    private static List<Event> selected(List<Event> shown, List<String> ids) {
        Map<String, Event> byId = new LinkedHashMap<>();
        for (Event e : shown) byId.put(e.id(), e);
        List<Event> out = new ArrayList<>();
        for (String id : ids) if (byId.containsKey(id)) out.add(byId.get(id));
        return out;
    }

    /** How many of {@code events} lie inside the viewport's area, where the map draws them. */
    static int drawnCount(List<Event> events, Viewport vp, CoordinateReferenceSystem crs) {
        MathTransform toDisplay = toDisplay(crs);
        int n = 0;
        for (Event e : events) {
            Point p = e.geometry().getInteriorPoint();
            double[] xy = {p.getX(), p.getY()};
            try {
                toDisplay.transform(xy, 0, xy, 0, 1);
            } catch (TransformException ex) {
                // outside the projection's domain: not on this map
                continue;
            }
            if (vp.area().contains(xy[0], xy[1])) n++;
        }
        return n;
    }

    private static MathTransform toDisplay(CoordinateReferenceSystem crs) {
        try {
            return CRS.findMathTransform(DefaultGeographicCRS.WGS84, crs, true);
        } catch (FactoryException e) {
            throw new IllegalArgumentException("no transform from WGS 84 to " + DisplayCrs.name(crs), e);
        }
    }

    private static List<Callouts.Target> targets(List<Event> selected, Viewport vp, CoordinateReferenceSystem crs) {
        MathTransform toDisplay = toDisplay(crs);
        AffineTransform toScreen = vp.worldToScreen();
        List<Callouts.Target> out = new ArrayList<>();
        for (Event e : selected) {
            Point p = e.geometry().getInteriorPoint();
            double[] xy = {p.getX(), p.getY()};
            try {
                toDisplay.transform(xy, 0, xy, 0, 1);
            } catch (TransformException ex) {
                // outside the projection's domain: it cannot be on this map; build() notes it as unlabelled
                continue;
            }
            Point2D px = toScreen.transform(new Point2D.Double(xy[0], xy[1]), null);
            String day = e.date().text().length() > 10
                    ? e.date().day().toString()
                    : e.date().text();
            // a date that stands for its week or month must not read as an exact day on a figure either
            if (e.date().precision() != DatePrecision.DAY)
                day += " (within a " + e.date().precision().jsonName() + ")";
            out.add(new Callouts.Target(e.id(), px, e.title(), day));
        }
        return out;
    }

    /**
     * Callouts of events at a crossing also say the crossing's status on the export's last day, so a figure of a
     * closure says whether the crossing was still shut on the day it shows.
     */
    private static List<Callouts.Target> withCrossingStatus(
            List<Callouts.Target> targets,
            List<Event> selected,
            Regime regime,
            java.time.LocalDate day,
            PlaceNames names) {
        if (!regime.drawsCrossings() || day == null) return targets;
        EventLinks links = new EventLinks(regime.crossings());
        Map<String, Event> byId = new LinkedHashMap<>();
        for (Event e : selected) byId.put(e.id(), e);
        List<Callouts.Target> out = new ArrayList<>();
        for (Callouts.Target t : targets) {
            List<String> statuses = new ArrayList<>();
            for (Crossing c : links.crossingsOf(byId.get(t.id())))
                statuses.add(CrossingLabel.of(c.names(), names) + ": "
                        + c.statusOn(day).status().label());
            out.add(
                    statuses.isEmpty()
                            ? t
                            : new Callouts.Target(
                                    t.id(), t.anchor(), t.title(), t.date() + " · " + String.join("; ", statuses)));
        }
        return out;
    }

    private static Rectangle2D toMap(Rectangle2D pageBox, Rectangle2D map) {
        return new Rectangle2D.Double(
                pageBox.getX() - map.getX(), pageBox.getY() - map.getY(), pageBox.getWidth(), pageBox.getHeight());
    }
}
