package org.borderwatch.gazetteer;

import java.util.List;
import java.util.Map;

/**
 * A named place: its id ("geonames:783770", "bw:banjska-monastery"), what it is (settlement, crossing,
 * monastery, lake, municipality), its names keyed by language tag (sr-Latn, sr-Cyrl, sq, en; "und" when the
 * language is not known), other spellings, its point in WGS 84, where it lies, how many live there (0 when not
 * known or not a settlement), the sources of its point and names, and for an area (a municipality, a district, a
 * lake) its bounds, null for a point.
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
        String nameSource,
        Bounds bounds) {

    /** A longitude/latitude box in WGS 84 degrees. */
    public record Bounds(double west, double south, double east, double north) {
        public Bounds {
            if (!(west <= east && south <= north))
                throw new IllegalArgumentException("bounds must have west <= east and south <= north, got " + west
                        + ", " + south + ", " + east + ", " + north);
        }
    }

    /** A place known by its point alone. */
    public GazetteerPlace(
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
        this(
                id,
                kind,
                names,
                altNames,
                lon,
                lat,
                municipality,
                country,
                population,
                coordinateSource,
                nameSource,
                null);
    }

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

    /** This place with {@code name} as the municipality it lies in. */
    public GazetteerPlace inMunicipality(String name) {
        return new GazetteerPlace(
                id, kind, names, altNames, lon, lat, name, country, population, coordinateSource, nameSource, bounds);
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
