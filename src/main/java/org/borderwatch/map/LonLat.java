package org.borderwatch.map;

/** A point on the WGS 84 ellipsoid in degrees, longitude first as in GeoJSON. */
public record LonLat(double lon, double lat) {

    public LonLat {
        if (!(lon >= -180 && lon <= 180))
            throw new IllegalArgumentException("longitude must be within -180..180 degrees, got " + lon);
        if (!(lat >= -90 && lat <= 90))
            throw new IllegalArgumentException("latitude must be within -90..90 degrees, got " + lat);
    }
}
