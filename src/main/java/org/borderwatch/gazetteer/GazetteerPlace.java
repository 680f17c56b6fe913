package org.borderwatch.gazetteer;

import java.util.List;
import java.util.Map;

/**
 * A named place: its id ("geonames:783770", "bw:banjska-monastery"), what it is (settlement, crossing,
 * monastery, lake, municipality), its names keyed by language tag (sr-Latn, sr-Cyrl, sq, en; "und" when the
 * language is not known), other spellings, its point in WGS 84, where it lies, how many live there (0 when not
 * known or not a settlement), and the sources of its point and names.
 */
public record GazetteerPlace(
        String id,
        String kind,
        Map<String, String> names,
        List<String> altNames,
        double lon,
        double lat,
        String municipality,
        String country,
        long population,
        String coordinateSource,
        String nameSource) {

    public GazetteerPlace {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a gazetteer place needs an id");
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90))
            throw new IllegalArgumentException(
                    "place " + id + ": position must be lon in [-180, 180], lat in [-90, 90], got " + lon + ", " + lat);
        names = Map.copyOf(names);
        if (names.isEmpty()) throw new IllegalArgumentException("place " + id + " has no name");
        altNames = List.copyOf(altNames);
        kind = kind == null ? "place" : kind;
    }

    /** The name in the first of {@code languages} the place has a form for, else any form it has. */
    public String name(List<String> languages) {
        for (String lang : languages) {
            String n = names.get(lang);
            if (n != null) return n;
        }
        for (String lang : List.of("en", "sr-Latn", "sq", "und")) {
            String n = names.get(lang);
            if (n != null) return n;
        }
        return names.values().iterator().next();
    }
}
