package org.borderwatch.events.postgis;

/**
 * The events of one grid cell of a view, counted by the database: where they are on average (WGS 84), how many,
 * and how many of each kind.
 */
public record ViewCell(double lon, double lat, int count, int incidents, int deployments, int diplomatic) {

    public ViewCell {
        if (count < 0) throw new IllegalArgumentException("a cell holds at least no events, got " + count);
    }
}
