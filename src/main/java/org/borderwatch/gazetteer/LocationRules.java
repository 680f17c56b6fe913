package org.borderwatch.gazetteer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import org.borderwatch.events.RecordProblem;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.Precision;

/**
 * The rules on how an event's point is known, which a schema cannot state: every point names its source; an
 * exact point lies within {@link #EXACT_LIMIT_KM} of the gazetteer place it names; a named gazetteer place
 * exists. (An approximate point without a radius never loads: the store's reader refuses it.)
 */
public final class LocationRules {

    /** An exact point may be this far from the place it names: a crossing's gates, a monastery's walls. */
    public static final double EXACT_LIMIT_KM = 1.0;

    private final Gazetteer gazetteer;

    /** @param gazetteer the places to check names against, or null to skip the checks that need one */
    public LocationRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The problems of {@code events}, read from {@code file}; {@code indexes[i]} is the record number of event i
     * in the file.
     */
    public List<RecordProblem> check(Path file, List<Event> events, int[] indexes) {
        List<RecordProblem> out = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            int index = indexes[i];
            String base = "/features/" + index + "/properties/location";
            Place place = e.location();
            if (place == null
                    || place.coordinateSource() == null
                    || place.coordinateSource().isBlank()) {
                out.add(
                        new RecordProblem(
                                file,
                                index,
                                e.id(),
                                base + "/coordinate_source",
                                "the coordinate has no source; give the URL or gazetteer id (\"GeoNames 783770\") it comes from"));
                continue;
            }
            if (gazetteer == null || place.gazetteer() == null) continue;
            GazetteerPlace named = gazetteer.byId(place.gazetteer()).orElse(null);
            if (named == null) {
                out.add(new RecordProblem(
                        file,
                        index,
                        e.id(),
                        base + "/gazetteer",
                        "\"" + place.gazetteer() + "\" is not a place of the gazetteer"));
                continue;
            }
            if (e.precision().level() == Precision.Level.EXACT && e.isPoint()) {
                double km =
                        Geodesic.WGS84.Inverse(e.lat(), e.lon(), named.lat(), named.lon(), GeodesicMask.DISTANCE).s12
                                / 1000;
                if (km > EXACT_LIMIT_KM)
                    out.add(new RecordProblem(
                            file,
                            index,
                            e.id(),
                            "/features/" + index + "/geometry",
                            String.format(
                                    java.util.Locale.ROOT,
                                    "precision is exact but the point is %.1f km from %s (%s), more than %.0f km; move the point or give an approximate precision with a radius",
                                    km,
                                    named.name(List.of("en")),
                                    named.id(),
                                    EXACT_LIMIT_KM)));
            }
        }
        return out;
    }
}
