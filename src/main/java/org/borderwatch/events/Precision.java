package org.borderwatch.events;

/**
 * How exactly an event's position is known. {@code radiusKm} is the uncertainty radius for
 * {@link Level#APPROXIMATE} and 0 otherwise.
 */
public record Precision(Level level, double radiusKm) {

    /** The JSON values are the lower-case names. */
    public enum Level { EXACT, APPROXIMATE, TOWN, REGION }

    public Precision {
        if (level == null) throw new IllegalArgumentException("precision level is required");
        if (!(radiusKm >= 0) || Double.isInfinite(radiusKm))
            throw new IllegalArgumentException("precision radius must be a finite number of km >= 0, got " + radiusKm);
        if (level == Level.APPROXIMATE && radiusKm == 0)
            throw new IllegalArgumentException("approximate precision needs a radius in km");
    }
}
