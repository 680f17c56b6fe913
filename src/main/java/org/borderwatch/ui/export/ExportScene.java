package org.borderwatch.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.model.Event;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.MapModel;
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
 * @param allUncertainty whether the map draws every event's uncertainty circle, clustered or not (View menu)
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
        boolean allUncertainty) {

    public ExportScene {
        Objects.requireNonNull(model, "map model");
        Objects.requireNonNull(map, "loaded map");
        Objects.requireNonNull(view, "view extent");
        Objects.requireNonNull(region, "region extent");
        storeEvents = List.copyOf(storeEvents);
        filter = filter == null ? EventFilter.ALL : filter;
        annotations = List.copyOf(annotations);
    }
}
