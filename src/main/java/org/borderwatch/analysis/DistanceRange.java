package org.borderwatch.analysis;

import java.util.Locale;

/**
 * The nearest and farthest an event may be from the boundary, over the area its position is known within
 * (the point itself when exact). {@code minKm} is 0 when that area reaches the line.
 */
public record DistanceRange(double minKm, double maxKm) {

    public DistanceRange {
        if (!(minKm >= 0 && maxKm >= minKm))
            throw new IllegalArgumentException("distance range needs 0 <= min <= max, got " + minKm + ", " + maxKm);
    }

    /** True when the area of the position crosses or touches the line. */
    public boolean onTheLine() {
        return minKm == 0;
    }

    /**
     * "8.1–9.6 km from the Kosovo–Serbia line", "8.5 km from the Kosovo–Serbia line" for a known point (the two
     * ends within 0.05 km), or "on the line (up to 12.3 km from it)" when the area crosses it.
     */
    public String describe() {
        if (onTheLine())
            return maxKm < 0.05
                    ? "on the line"
                    : String.format(Locale.ROOT, "on the line (up to %.1f km from it)", maxKm);
        if (maxKm - minKm < 0.05) return String.format(Locale.ROOT, "%.1f km from the Kosovo–Serbia line", minKm);
        return String.format(Locale.ROOT, "%.1f–%.1f km from the Kosovo–Serbia line", minKm, maxKm);
    }
}
