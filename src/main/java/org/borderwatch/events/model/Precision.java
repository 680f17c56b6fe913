package org.borderwatch.events.model;

/**
 * How exactly an event's position is known. {@code radiusKm} is the uncertainty radius for
 * {@link Level#APPROXIMATE} and 0 otherwise.
 */
public record Precision(Level level, double radiusKm) {

    /** The JSON values are the lower-case names. */
    public enum Level {
        EXACT, APPROXIMATE, TOWN, REGION;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * The level written as {@code text} in the store.
         *
         * @throws IllegalArgumentException if the text names no level
         */
        public static Level fromJson(String text) {
            return switch (text) {
                case "exact" -> EXACT;
                case "approximate" -> APPROXIMATE;
                case "town" -> TOWN;
                case "region" -> REGION;
                default -> throw new IllegalArgumentException("precision level \"" + text + "\" is not one of exact, approximate, town, region");
            };
        }
    }

    public Precision {
        if (level == null) throw new IllegalArgumentException("precision level is required");
        if (!(radiusKm >= 0) || Double.isInfinite(radiusKm))
            throw new IllegalArgumentException("precision radius must be a finite number of km >= 0, got " + radiusKm);
        if (level == Level.APPROXIMATE && radiusKm == 0)
            throw new IllegalArgumentException("approximate precision needs a radius in km");
    }
}
