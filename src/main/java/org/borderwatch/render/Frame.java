package org.borderwatch.render;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.borderwatch.analysis.EventIndexCache;
import org.borderwatch.events.model.Event;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;

/**
 * Everything one picture of the map shows: the base map, the part of it on screen, the events to
 * mark, which of them are selected, the furniture and the user's annotations. The screen and every
 * export paint a Frame the same way; the output resolution is the viewport's pixel scale.
 *
 * @param indexes where the index of {@code events} is kept, so the painter and whoever else holds the same
 *                cache (the map's picker) build it once; null when the painter alone needs it (exports)
 */
public record Frame(MapModel model, Viewport viewport, List<Event> events, Set<String> selectedIds,
        FrameOptions options, List<Annotation> annotations, EventIndexCache indexes) {

    public Frame {
        Objects.requireNonNull(model, "map model");
        Objects.requireNonNull(viewport, "viewport");
        events = events == null ? List.of() : List.copyOf(events);
        selectedIds = selectedIds == null ? Set.of() : Set.copyOf(selectedIds);
        options = options == null ? FrameOptions.STANDARD : options;
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }

    /** A frame whose event index only its painter needs. */
    public Frame(MapModel model, Viewport viewport, List<Event> events, Set<String> selectedIds, FrameOptions options,
            List<Annotation> annotations) {
        this(model, viewport, events, selectedIds, options, annotations, null);
    }

    /** A frame with the given furniture and no annotations. */
    public Frame(MapModel model, Viewport viewport, List<Event> events, Set<String> selectedIds, FrameOptions options) {
        this(model, viewport, events, selectedIds, options, List.of());
    }

    /** A frame with the standard furniture and no annotations. */
    public Frame(MapModel model, Viewport viewport, List<Event> events, Set<String> selectedIds) {
        this(model, viewport, events, selectedIds, FrameOptions.STANDARD, List.of());
    }

    /** A frame of the base map alone, with the standard furniture. */
    public static Frame of(MapModel model, Viewport viewport) {
        return new Frame(model, viewport, List.of(), Set.of(), FrameOptions.STANDARD, List.of());
    }

    public Frame withOptions(FrameOptions changed) {
        return new Frame(model, viewport, events, selectedIds, changed, annotations, indexes);
    }

    public Frame withViewport(Viewport changed) {
        return new Frame(model, changed, events, selectedIds, options, annotations, indexes);
    }

    /** A copy showing the given annotations. */
    public Frame withAnnotations(List<Annotation> shown) {
        return new Frame(model, viewport, events, selectedIds, options, shown, indexes);
    }
}
