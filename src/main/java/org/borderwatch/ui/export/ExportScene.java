package org.borderwatch.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.borderwatch.analysis.GroundSafetyZone;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.model.Event;
import org.borderwatch.gazetteer.PlaceNames;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.MapModel;
import org.borderwatch.render.MapTime;
import org.borderwatch.render.Regime;
import org.borderwatch.ui.map.LoadedMap;
import org.geotools.geometry.jts.ReferencedEnvelope;

/**
 * What the window shows when an export starts: the map, the view and region extents, the store's
 * events with the filter in effect, the selection and the annotations. The export dialogs read only
 * this, so they export exactly what the user is looking at.
 *
 * @param view        the area of the map on screen, in the display CRS
 * @param region      what "whole region" shows, in the display CRS
 * @param storeEvents every event of the open store (the export applies the filter itself)
 * @param shownCount  how many events pass the filter now, for the default subtitle
 * @param selectedId  the selected event, or null
 * @param store       the open store file, or null when none is open
 * @param time        the map's time: the export shows its events and the border regime of its last day
 * @param regime      the crossings and Ground Safety Zone the map draws, as shown or hidden there
 * @param crossings   the crossings file the regime was read from, or null
 * @param inGsz       the filter's choice of events by the Ground Safety Zone; null for all
 * @param allUncertainty whether the map draws every event's uncertainty circle, clustered or not (View menu)
 * @param names       the names setting the map writes place names in, with its gazetteer; null keeps the base
 *                    data's names
 */
public record ExportScene(
        MapModel model,
        LoadedMap map,
        ReferencedEnvelope view,
        ReferencedEnvelope region,
        List<Event> storeEvents,
        EventFilter filter,
        int shownCount,
        String selectedId,
        List<Annotation> annotations,
        Path store,
        MapTime time,
        Regime regime,
        Path crossings,
        Set<GroundSafetyZone.Membership> inGsz,
        boolean allUncertainty,
        PlaceNames names) {

    public ExportScene {
        Objects.requireNonNull(model, "map model");
        Objects.requireNonNull(map, "loaded map");
        Objects.requireNonNull(view, "view extent");
        Objects.requireNonNull(region, "region extent");
        storeEvents = List.copyOf(storeEvents);
        filter = filter == null ? EventFilter.ALL : filter;
        annotations = List.copyOf(annotations);
        time = time == null ? MapTime.ALL : time;
        regime = regime == null ? Regime.NONE : regime;
        inGsz = inGsz == null ? null : Set.copyOf(inGsz);
    }
}
