package org.borderwatch.render;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.borderwatch.events.Event;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;

/**
 * Everything one picture of the map shows: the base map, the part of it on screen, the events to
 * mark, which of them are selected, and the furniture. The screen and every export paint a Frame
 * the same way; the output resolution is the viewport's pixel scale.
 */
public record Frame(MapModel model, Viewport viewport, List<Event> events, Set<String> selectedIds,
        FrameOptions options) {

    public Frame {
        Objects.requireNonNull(model, "map model");
        Objects.requireNonNull(viewport, "viewport");
        events = events == null ? List.of() : List.copyOf(events);
        selectedIds = selectedIds == null ? Set.of() : Set.copyOf(selectedIds);
        options = options == null ? FrameOptions.STANDARD : options;
    }

    /** A frame with the standard furniture. */
    public Frame(MapModel model, Viewport viewport, List<Event> events, Set<String> selectedIds) {
        this(model, viewport, events, selectedIds, FrameOptions.STANDARD);
    }

    /** A frame of the base map alone, with the standard furniture. */
    public static Frame of(MapModel model, Viewport viewport) {
        return new Frame(model, viewport, List.of(), Set.of(), FrameOptions.STANDARD);
    }

    public Frame withOptions(FrameOptions changed) {
        return new Frame(model, viewport, events, selectedIds, changed);
    }

    public Frame withViewport(Viewport changed) {
        return new Frame(model, changed, events, selectedIds, options);
    }
}
