package org.borderwatch.render;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.borderwatch.analysis.EventIndexCache;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.postgis.ViewCell;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;

/**
 * Everything one picture of the map shows: the base map, the part of it on screen, the events to
 * mark, which of them are selected, the furniture, the user's annotations, the time on show and the
 * border regime drawn for it. The screen and every export paint a Frame the same way; the output
 * resolution is the viewport's pixel scale. Time is read from the frame alone: {@code events} are those its
 * owner's other filters let through (kinds, text, the GSZ…), and the painter marks those of them that share a
 * day with {@code time} ({@link MapTime#eventsIn}); crossings and the GSZ are drawn for {@code time.day()}.
 * So the app's timeline and playback, a compare panel and an export differ only in the time they set.
 *
 * @param indexes where the index of {@code events} is kept, so the painter and whoever else holds the same
 *                cache (the map's picker) build it once; null when the painter alone needs it (exports)
 * @param counts  events counted per cell by a database store for a view holding too many to fetch, drawn as
 *                cluster discs beside {@code events}; empty for every other frame
 */
public record Frame(
        MapModel model,
        Viewport viewport,
        List<Event> events,
        Set<String> selectedIds,
        FrameOptions options,
        List<Annotation> annotations,
        MapTime time,
        Regime regime,
        EventIndexCache indexes,
        List<ViewCell> counts) {

    public Frame {
        Objects.requireNonNull(model, "map model");
        Objects.requireNonNull(viewport, "viewport");
        events = events == null ? List.of() : List.copyOf(events);
        selectedIds = selectedIds == null ? Set.of() : Set.copyOf(selectedIds);
        options = options == null ? FrameOptions.STANDARD : options;
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
        time = time == null ? MapTime.ALL : time;
        regime = regime == null ? Regime.NONE : regime;
        counts = counts == null ? List.of() : List.copyOf(counts);
    }

    /** A frame with no events counted per cell. */
    public Frame(
            MapModel model,
            Viewport viewport,
            List<Event> events,
            Set<String> selectedIds,
            FrameOptions options,
            List<Annotation> annotations,
            MapTime time,
            Regime regime,
            EventIndexCache indexes) {
        this(model, viewport, events, selectedIds, options, annotations, time, regime, indexes, List.of());
    }

    /** A frame at a time and border regime whose event index only its painter needs. */
    public Frame(
            MapModel model,
            Viewport viewport,
            List<Event> events,
            Set<String> selectedIds,
            FrameOptions options,
            List<Annotation> annotations,
            MapTime time,
            Regime regime) {
        this(model, viewport, events, selectedIds, options, annotations, time, regime, null);
    }

    /** A frame with no time on show and no border regime, its event index kept in {@code indexes}. */
    public Frame(
            MapModel model,
            Viewport viewport,
            List<Event> events,
            Set<String> selectedIds,
            FrameOptions options,
            List<Annotation> annotations,
            EventIndexCache indexes) {
        this(model, viewport, events, selectedIds, options, annotations, MapTime.ALL, Regime.NONE, indexes);
    }

    /** A frame with the given furniture and annotations, no time on show, no border regime and an index only its painter needs. */
    public Frame(
            MapModel model,
            Viewport viewport,
            List<Event> events,
            Set<String> selectedIds,
            FrameOptions options,
            List<Annotation> annotations) {
        this(model, viewport, events, selectedIds, options, annotations, MapTime.ALL, Regime.NONE, null);
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
        return new Frame(model, viewport, events, selectedIds, changed, annotations, time, regime, indexes, counts);
    }

    public Frame withViewport(Viewport changed) {
        return new Frame(model, changed, events, selectedIds, options, annotations, time, regime, indexes, counts);
    }

    /** A copy showing the given annotations. */
    public Frame withAnnotations(List<Annotation> shown) {
        return new Frame(model, viewport, events, selectedIds, options, shown, time, regime, indexes, counts);
    }

    /** A copy showing another time (its events are the caller's to choose). */
    public Frame withTime(MapTime shown) {
        return new Frame(model, viewport, events, selectedIds, options, annotations, shown, regime, indexes, counts);
    }

    /** A copy drawing another border regime. */
    public Frame withRegime(Regime drawn) {
        return new Frame(model, viewport, events, selectedIds, options, annotations, time, drawn, indexes, counts);
    }

    /** A copy showing other events; their index is built afresh by whoever paints it. */
    public Frame withEvents(List<Event> shown) {
        return new Frame(model, viewport, shown, selectedIds, options, annotations, time, regime, null, counts);
    }

    /** A copy drawing these per-cell counts of a database's events beside its events. */
    public Frame withCounts(List<ViewCell> shown) {
        return new Frame(model, viewport, events, selectedIds, options, annotations, time, regime, indexes, shown);
    }
}
