package org.borderwatch.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.analysis.BoundaryDistance;
import org.borderwatch.events.model.Event;
import org.borderwatch.gazetteer.NameStyle;
import org.borderwatch.gazetteer.PlaceNames;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;

/**
 * What a callout says under an event's title besides its date: the place, in the export's names setting, and how
 * far from the Kosovo–Serbia line the event may be over its uncertainty ("8.1–9.6 km from the Kosovo–Serbia line",
 * "on the line" when its area crosses it), as the details panel and export-csv say it.
 */
final class CalloutPlaces {

    /** The layer of the maps folder that holds the Kosovo–Serbia line. */
    static final String BOUNDARY_LAYER = "boundary_kosovo_serbia";

    private CalloutPlaces() {}

    /** The names a request asks for, from {@code gazetteer} (null: only the base data's own forms); null for none. */
    static PlaceNames names(ExportRequest r, org.borderwatch.gazetteer.Gazetteer gazetteer) {
        return r.names() == null ? null : new PlaceNames(NameStyle.fromTag(r.names()), gazetteer);
    }

    /**
     * The targets with place and distance added to their date lines; a map without the boundary layer, or one that
     * cannot be read, leaves the distance out and says so in {@code notes}.
     */
    static List<Callouts.Target> with(
            List<Callouts.Target> targets, List<Event> selected, MapModel model, PlaceNames names, List<String> notes) {
        if (targets.isEmpty()) return targets;
        BoundaryDistance distance = boundary(model, notes);
        Map<String, Event> byId = new LinkedHashMap<>();
        for (Event e : selected) byId.put(e.id(), e);
        List<Callouts.Target> out = new ArrayList<>();
        for (Callouts.Target t : targets) {
            Event e = byId.get(t.id());
            if (e == null) {
                out.add(t);
                continue;
            }
            StringBuilder line = new StringBuilder(t.date());
            String place = names != null ? names.of(e) : words(e);
            if (!place.isEmpty()) line.append('\n').append(place);
            if (distance != null) line.append('\n').append(distance.rangeKm(e).describe());
            out.add(new Callouts.Target(t.id(), t.anchor(), t.title(), line.toString()));
        }
        return out;
    }

    private static String words(Event e) {
        if (e.location() == null) return "";
        if (e.location().place() != null) return e.location().place();
        return e.location().municipality() == null ? "" : e.location().municipality();
    }

    private static BoundaryDistance boundary(MapModel model, List<String> notes) {
        Layer line = model.layers().stream()
                .filter(l -> l.name().equals(BOUNDARY_LAYER))
                .findFirst()
                .orElse(null);
        if (line == null || line.isRaster()) {
            notes.add("callouts give no distance to the Kosovo–Serbia line: the map has no layer " + BOUNDARY_LAYER);
            return null;
        }
        try {
            return BoundaryDistance.of(line.source());
        } catch (IOException e) {
            notes.add("callouts give no distance to the Kosovo–Serbia line: layer " + BOUNDARY_LAYER
                    + " cannot be read: " + e.getMessage());
            return null;
        }
    }
}
