package org.borderwatch.ui.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.borderwatch.analysis.GroundSafetyZone;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.model.Event;
import org.borderwatch.ui.task.TaskRunner;

/**
 * The one state behind exploring events: the store's events, the filter, the events passing it, the
 * timeline's histogram and the selected event. The map, the table, the timeline, the legend and the
 * counts all read it, so they always agree. Read and written on the FX thread only.
 *
 * <p>Filtering runs as a background task once a store has more than {@link #INLINE_LIMIT} events,
 * and coalesces: at most one pass is in flight, and while it runs further changes only mark the state
 * stale, so dragging the timeline over 100,000 events costs one pass per finished pass, not one per
 * mouse move.
 */
public final class ExploreState {
    /** Up to this many events a pass takes well under a millisecond, so it runs at once on the FX thread. */
    static final int INLINE_LIMIT = 5_000;

    private static final System.Logger LOG = System.getLogger(ExploreState.class.getName());

    private final TaskRunner tasks;
    private final ObjectProperty<List<Event>> events = new SimpleObjectProperty<>(this, "events", List.of());
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.ALL);
    private final ObjectProperty<GroundSafetyZone> zone = new SimpleObjectProperty<>(this, "zone");
    private final ObjectProperty<Set<GroundSafetyZone.Membership>> inGsz = new SimpleObjectProperty<>(this, "inGsz");
    private final ReadOnlyObjectWrapper<List<Event>> shown = new ReadOnlyObjectWrapper<>(this, "shown", List.of());
    private final ReadOnlyObjectWrapper<List<Event>> undated = new ReadOnlyObjectWrapper<>(this, "undated", List.of());
    private final ObservableList<Event> shownList = FXCollections.observableArrayList();
    private final ObservableList<Event> shownReadOnly = FXCollections.unmodifiableObservableList(shownList);
    private final ReadOnlyObjectWrapper<TimeHistogram> histogram =
            new ReadOnlyObjectWrapper<>(this, "histogram", TimeHistogram.EMPTY);
    private final ObjectProperty<String> selectedId = new SimpleObjectProperty<>(this, "selectedId");
    private final ReadOnlyObjectWrapper<Event> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ObjectProperty<TimeHistogram> storeHistogram = new SimpleObjectProperty<>(this, "storeHistogram");
    private final javafx.beans.property.IntegerProperty moreInView =
            new javafx.beans.property.SimpleIntegerProperty(this, "moreInView");
    private TimeHistogram counted = TimeHistogram.EMPTY;
    private final ReadOnlyBooleanWrapper filtering = new ReadOnlyBooleanWrapper(this, "filtering");
    private Map<String, Event> byId = Map.of();
    private List<Event> indexedEvents = List.of();
    private boolean inFlight;
    private boolean stale;

    /** @param tasks runs the filtering passes over large stores */
    public ExploreState(TaskRunner tasks) {
        this.tasks = tasks;
        events.addListener((obs, old, now) -> {
            Objects.requireNonNull(now, "events");
            refilter();
        });
        filter.addListener((obs, old, now) -> {
            Objects.requireNonNull(now, "filter");
            refilter();
        });
        zone.addListener((obs, old, now) -> refilter());
        inGsz.addListener((obs, old, now) -> refilter());
        selectedId.addListener((obs, old, id) -> selected.set(id == null ? null : byId.get(id)));
        storeHistogram.addListener((obs, old, now) -> histogram.set(now != null ? now : counted));
        moreInView.addListener((obs, old, now) -> updateCounts());
        updateCounts();
    }

    /** Every event of the open store, in store order; set a new list to show another store or an edit. */
    public ObjectProperty<List<Event>> eventsProperty() {
        return events;
    }

    public ObjectProperty<EventFilter> filterProperty() {
        return filter;
    }

    /** The Ground Safety Zone events are judged against, once the map has it; null before. */
    public ObjectProperty<GroundSafetyZone> zoneProperty() {
        return zone;
    }

    /**
     * The part of the filter the events' store cannot judge alone: where an event lies against the Ground Safety
     * Zone (in, possibly, out, considering its uncertainty). Null lets every event through, as does a state with no
     * zone yet; an empty set lets none through. It applies with the rest of the filter to the map, the table, the
     * timeline and exports.
     */
    public ObjectProperty<Set<GroundSafetyZone.Membership>> inGszProperty() {
        return inGsz;
    }

    /** The events passing the filter, in store order, as an immutable list (the map's frame takes it as is). */
    public ReadOnlyObjectProperty<List<Event>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /**
     * The events passing every part of the filter but its dates, in store order, as an immutable list: what the
     * map is given, to show those of its time window (the filter's dates, or playback's day). A change of dates
     * alone keeps the same list, so the map's index of it is not rebuilt for nothing.
     */
    public ReadOnlyObjectProperty<List<Event>> undatedProperty() {
        return undated.getReadOnlyProperty();
    }

    /** The same events as {@link #shownProperty()}, as an observable list for tables. */
    public ObservableList<Event> shownList() {
        return shownReadOnly;
    }

    /** Counts per time bin of the events passing every part of the filter but its dates. */
    public ReadOnlyObjectProperty<TimeHistogram> histogramProperty() {
        return histogram.getReadOnlyProperty();
    }

    /**
     * The timeline of a database store read per view, counted by the database for the whole view (its events are
     * only a page of it); null, the default: the histogram is counted from {@link #eventsProperty()}.
     */
    public ObjectProperty<TimeHistogram> storeHistogramProperty() {
        return storeHistogram;
    }

    /**
     * How many events of the view on show are not in {@link #eventsProperty()}, which holds only the first page of
     * them; 0 when it holds them all. The counts then say "N more in view, zoom in or filter".
     */
    public javafx.beans.property.IntegerProperty moreInViewProperty() {
        return moreInView;
    }

    /**
     * The id of the selected event, or null. A filter that hides the selected event clears it, so the details panel
     * never describes an event that is on neither the map nor the table.
     */
    public ObjectProperty<String> selectedIdProperty() {
        return selectedId;
    }

    /** The selected event, or null when none is selected or its id is not in the store. */
    public ReadOnlyObjectProperty<Event> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** "12 of 67 events". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** True while a background pass runs. */
    ReadOnlyBooleanProperty filteringProperty() {
        return filtering.getReadOnlyProperty();
    }

    public void select(String id) {
        selectedId.set(id);
    }

    public void clearSelection() {
        selectedId.set(null);
    }

    /** The event of the store with this id, or null. */
    public Event find(String id) {
        return byId.get(id);
    }

    private void refilter() {
        if (inFlight) {
            stale = true;
            return;
        }
        List<Event> all = events.get();
        EventFilter f = filter.get();
        Predicate<Event> place = placePredicate();
        boolean reindex = all != indexedEvents;
        if (all.size() <= INLINE_LIMIT) {
            apply(Pass.run(all, f, place, reindex));
            return;
        }
        inFlight = true;
        filtering.set(true);
        tasks.run(
                "Filtering " + all.size() + " events",
                progress -> Pass.run(all, f, place, reindex),
                this::finished,
                e -> {
                    // a pass only reads immutable events, so this is a bug: keep the last result on screen
                    LOG.log(System.Logger.Level.ERROR, "filtering with " + f.describe() + " failed", e);
                    inFlight = false;
                    filtering.set(false);
                });
    }

    /** The GSZ part of the filter as a predicate; every event passes while there is no zone or no choice. */
    private Predicate<Event> placePredicate() {
        GroundSafetyZone z = zone.get();
        Set<GroundSafetyZone.Membership> kept = inGsz.get();
        if (z == null || kept == null) return e -> true;
        return e -> kept.contains(z.membership(e));
    }

    private void finished(Pass pass) {
        inFlight = false;
        filtering.set(false);
        // an outdated result is still newer than what is on screen: show it, then catch up
        apply(pass);
        if (stale) {
            stale = false;
            refilter();
        }
    }

    private void apply(Pass pass) {
        if (pass.byId() != null) {
            byId = pass.byId();
            indexedEvents = pass.all();
        }
        counted = pass.histogram();
        histogram.set(storeHistogram.get() != null ? storeHistogram.get() : counted);
        if (!sameEvents(undated.get(), pass.undated())) undated.set(pass.undated());
        shown.set(pass.shown());
        shownList.setAll(pass.shown());
        String id = selectedId.get();
        if (id != null && pass.shown().stream().noneMatch(e -> e.id().equals(id))) {
            selectedId.set(null);
        } else {
            selected.set(id == null ? null : byId.get(id));
        }
        updateCounts();
    }

    private static boolean sameEvents(List<Event> a, List<Event> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (a.get(i) != b.get(i)) return false;
        return true;
    }

    private void updateCounts() {
        int total = events.get().size();
        String s =
                String.format(Locale.ROOT, "%,d of %,d %s", shown.get().size(), total, total == 1 ? "event" : "events");
        int more = moreInView.get();
        counts.set(more > 0 ? s + String.format(Locale.ROOT, " · %,d more in view, zoom in or filter", more) : s);
    }

    /** One filtering pass: pure, so it may run on any thread. */
    private record Pass(
            List<Event> all, List<Event> undated, List<Event> shown, TimeHistogram histogram, Map<String, Event> byId) {

        static Pass run(List<Event> all, EventFilter f, Predicate<Event> place, boolean reindex) {
            List<Event> undated = new ArrayList<>();
            List<Event> shown = new ArrayList<>();
            Predicate<Event> passes = f.withDates(null, null).predicate().and(place);
            for (Event e : all) {
                if (!passes.test(e)) continue;
                undated.add(e);
                if (e.overlaps(f.from(), f.to())) shown.add(e);
            }
            Map<String, Event> ids = null;
            if (reindex) {
                ids = new HashMap<>(all.size() * 2);
                for (Event e : all) ids.put(e.id(), e);
            }
            return new Pass(all, List.copyOf(undated), List.copyOf(shown), TimeHistogram.of(all, undated), ids);
        }
    }
}
