package org.borderwatch.map;

import java.util.List;
import java.util.Objects;

/**
 * A mark the user draws on the map: a text label, an arrow, a circle, an area or a distance line.
 * Positions are WGS 84 so an annotation stays put whatever the display CRS. Kept in a small JSON
 * file beside the event store (see {@link AnnotationFile}) and painted on the screen and in exports.
 */
public sealed interface Annotation {

    /** Stable identifier within its file, used to move, edit or delete the annotation. */
    String id();

    /** The text shown with the annotation; empty when there is none. */
    String text();

    /** A text label anchored at a point. */
    record Label(String id, LonLat at, String text) implements Annotation {
        public Label {
            requireId(id);
            Objects.requireNonNull(at, () -> "position of label " + id);
            if (text == null || text.isBlank()) throw new IllegalArgumentException("label " + id + " has no text");
        }
    }

    /** An arrow from one point to another, its head at {@code to}; the text sits at the tail. */
    record Arrow(String id, LonLat from, LonLat to, String text) implements Annotation {
        public Arrow {
            requireId(id);
            Objects.requireNonNull(from, () -> "start of arrow " + id);
            Objects.requireNonNull(to, () -> "end of arrow " + id);
            text = text == null ? "" : text;
        }
    }

    /** A circle of a true (geodesic) radius around a point, e.g. a buffer zone. */
    record Circle(String id, LonLat center, double radiusKm, String text) implements Annotation {
        public Circle {
            requireId(id);
            Objects.requireNonNull(center, () -> "centre of circle " + id);
            if (!(radiusKm > 0) || Double.isInfinite(radiusKm))
                throw new IllegalArgumentException("circle " + id + " needs a radius > 0 km, got " + radiusKm);
            text = text == null ? "" : text;
        }
    }

    /** A shaded area bounded by a ring of points (closed implicitly). */
    record Area(String id, List<LonLat> ring, String text) implements Annotation {
        public Area {
            requireId(id);
            ring = List.copyOf(Objects.requireNonNull(ring, () -> "ring of area " + id));
            if (ring.size() < 3)
                throw new IllegalArgumentException("area " + id + " needs at least 3 points, got " + ring.size());
            text = text == null ? "" : text;
        }
    }

    /**
     * A measured line between two points, labelled with its geodesic length in km. The text, if
     * any, is shown before the length.
     */
    record Distance(String id, LonLat from, LonLat to, String text) implements Annotation {
        public Distance {
            requireId(id);
            Objects.requireNonNull(from, () -> "start of distance line " + id);
            Objects.requireNonNull(to, () -> "end of distance line " + id);
            text = text == null ? "" : text;
        }
    }

    private static void requireId(String id) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("annotation id is required");
    }
}
