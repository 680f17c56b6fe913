package org.borderwatch.events.model;

import java.util.List;

/**
 * Where an event happened, in words, and how its point is known. Any part may be null when the reports do
 * not say. {@code gazetteer} is the id of the named place the point belongs to ("geonames:783770",
 * "bw:banjska-monastery"), {@code coordinateSource} the URL or gazetteer id that gives the coordinate, and
 * {@code alternatives} the other places reports give when they disagree, each with its own point.
 */
public record Place(
        String place,
        String municipality,
        String country,
        String gazetteer,
        String coordinateSource,
        List<PlaceAlternative> alternatives) {

    public Place {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** A place in words only, as stores written before 2026-12 have it. */
    public Place(String place, String municipality, String country) {
        this(place, municipality, country, null, null, List.of());
    }

    /** A copy with the point's gazetteer id and coordinate source. */
    public Place withCoordinate(String gazetteerId, String source) {
        return new Place(place, municipality, country, gazetteerId, source, alternatives);
    }
}
