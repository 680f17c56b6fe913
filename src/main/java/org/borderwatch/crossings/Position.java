package org.borderwatch.crossings;

import java.util.List;
import java.util.Objects;
import org.borderwatch.events.model.Source;

/**
 * How well a crossing's point is known, and from where.
 *
 * @param radiusKm how far the crossing may lie from the point
 * @param basis    in words: what the point is and why it is trusted this far
 */
public record Position(Level level, double radiusKm, String basis, List<Source> sources) {

    /** published: a coordinate published for the crossing; approximate: a point near it; unknown: a stand-in. */
    public enum Level {
        PUBLISHED,
        APPROXIMATE,
        UNKNOWN;

        public String jsonName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * @throws IllegalArgumentException if the text names no level
         */
        public static Level fromJson(String text) {
            for (Level l : values()) if (l.jsonName().equals(text)) return l;
            throw new IllegalArgumentException(
                    "position level \"" + text + "\" is not one of published, approximate, unknown");
        }
    }

    public Position {
        Objects.requireNonNull(level, "position level");
        if (!(radiusKm > 0) || Double.isInfinite(radiusKm))
            throw new IllegalArgumentException("position radius must be a finite number of km > 0, got " + radiusKm);
        sources = List.copyOf(sources);
    }
}
