package org.borderwatch.events.model;

import java.util.List;

/**
 * A place where some reports put an event when others put it elsewhere: its words, its point (WGS 84), how
 * exactly that point is known and from where, and the URLs of the reports that give this place.
 */
public record PlaceAlternative(
        String place,
        String gazetteer,
        double lon,
        double lat,
        Precision precision,
        String coordinateSource,
        List<String> sources) {

    public PlaceAlternative {
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90))
            throw new IllegalArgumentException(
                    "alternative place must be lon in [-180, 180], lat in [-90, 90], got " + lon + ", " + lat);
        if (precision == null) throw new IllegalArgumentException("alternative place needs a precision");
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
