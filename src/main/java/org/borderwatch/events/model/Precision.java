package org.borderwatch.events.model;

/**
 * How exactly an event's position is known. {@code radiusKm} is the uncertainty radius: required for
 * {@link Level#APPROXIMATE}, the extent of the area for {@link Level#MUNICIPALITY} and {@link Level#REGION} when
 * known, and 0 when not stated.
 */
public record Precision(Level level, double radiusKm) {

    /** The JSON values are the lower-case names; stores written before 2026-12 say "town" for a settlement. */
    public enum Level {
        /** A named site (a crossing gate, a monastery) whose published position is within about 100 m. */
        EXACT,
        /** Somewhere within {@code radiusKm} of the point. */
        APPROXIMATE,
        /** In a named village or town; the point is its centre. */
        SETTLEMENT,
        /** In a named municipality; the point is its seat. */
        MUNICIPALITY,
        /** An area (a stretch of the line, a country); the point stands for it. */
        REGION;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * The level written as {@code text} in the store; "town", the old name of {@link #SETTLEMENT}, is still read.
         *
         * @throws IllegalArgumentException if the text names no level
         */
        public static Level fromJson(String text) {
            return switch (text) {
                case "exact" -> EXACT;
                case "approximate" -> APPROXIMATE;
                case "settlement", "town" -> SETTLEMENT;
                case "municipality" -> MUNICIPALITY;
                case "region" -> REGION;
                default ->
                    throw new IllegalArgumentException("precision level \"" + text
                            + "\" is not one of exact, approximate, settlement, municipality, region");
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
