package org.borderwatch.render;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.borderwatch.events.Event;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;

/**
 * Everything one picture of the map shows: the base map, the part of it on screen, the events to
 * mark, which of them are selected and the user's annotations. The screen and every export paint a
 * Frame the same way.
 */
public record Frame(MapModel model, Viewport viewport, List<Event> events, Set<String> selectedIds,
        List<Annotation> annotations) {

    public Frame {
        Objects.requireNonNull(model, "map model");
        Objects.requireNonNull(viewport, "viewport");
        events = events == null ? List.of() : List.copyOf(events);
        selectedIds = selectedIds == null ? Set.of() : Set.copyOf(selectedIds);
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }

    /** A frame without annotations. */
    public Frame(MapModel model, Viewport viewport, List<Event> events, Set<String> selectedIds) {
        this(model, viewport, events, selectedIds, List.of());
    }

    /** A frame of the base map alone. */
    public static Frame of(MapModel model, Viewport viewport) {
        return new Frame(model, viewport, List.of(), Set.of(), List.of());
    }

    /** A copy showing the given annotations. */
    public Frame withAnnotations(List<Annotation> shown) {
        return new Frame(model, viewport, events, selectedIds, shown);
    }
}
