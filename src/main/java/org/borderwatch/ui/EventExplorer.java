package org.borderwatch.ui;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import org.borderwatch.analysis.BoundaryDistance;
import org.borderwatch.analysis.DistanceRange;
import org.borderwatch.events.model.Event;
import org.borderwatch.gazetteer.PlaceNames;
import org.borderwatch.map.Layer;
import org.borderwatch.ui.details.EventDetailsPane;
import org.borderwatch.ui.explore.ExploreState;
import org.borderwatch.ui.explore.FilterPanel;
import org.borderwatch.ui.map.LoadedMap;
import org.borderwatch.ui.map.MapEventPicker;
import org.borderwatch.ui.map.MapView;
import org.borderwatch.ui.settings.CoordinateFormat;
import org.borderwatch.ui.table.EventTable;
import org.borderwatch.ui.task.TaskRunner;
import org.borderwatch.ui.timeline.TimelineBar;

/**
 * The exploring side of the main window: the state, and the table, timeline, filter panel and details
 * panel built on it, kept in step with the map view (its events, its highlighted selection, picking
 * and centring). The window only places {@link #workArea}, {@link #filterPanel} and {@link #countsProperty}.
 */
public final class EventExplorer {
    private static final System.Logger LOG = System.getLogger(EventExplorer.class.getName());
    /** The layer of maps/ that holds the Kosovo–Serbia boundary line. */
    static final String BOUNDARY_LAYER = "boundary_kosovo_serbia";

    private final MapView map;
    private final TaskRunner tasks;
    private final ExploreState state;
    private final EventTable table;
    private final EventDetailsPane details;
    private final TimelineBar timeline;
    private final FilterPanel filters;
    private final MapEventPicker picker;
    private final SplitPane workArea;
    private final TabPane besideTable = new TabPane();

    /**
     * @param browser opens an http(s) address in the system browser
     * @param format  the app's coordinate format setting, for the details panel
     */
    EventExplorer(MapView map, TaskRunner tasks, Consumer<String> browser, ObservableValue<CoordinateFormat> format) {
        this.map = map;
        this.tasks = tasks;
        state = new ExploreState(tasks);
        table = new EventTable(state);
        details = new EventDetailsPane(state.selectedProperty(), tasks, browser);
        timeline = new TimelineBar(state);
        filters = new FilterPanel(state);
        picker = new MapEventPicker(map, state, tasks);

        details.coordinatesProperty().set(format.getValue()::format);
        format.addListener((obs, old, now) -> details.coordinatesProperty().set(now::format));
        // the map gets the events of every other filter and shows those of its time (the filter's dates, which
        // the window sets as the map's time), as exports and compare panels do
        state.undatedProperty()
                .addListener((obs, old, now) -> map.eventsProperty().set(now));
        state.selectedIdProperty()
                .addListener((obs, old, id) -> map.selectedIdsProperty().set(id == null ? Set.of() : Set.of(id)));
        table.setOnChosen(picker::centreOn);
        table.setOnOpen(event -> {
            picker.centreOn(event);
            details.requestFocus();
        });
        map.eventsProperty().set(state.undatedProperty().get());

        Tab eventsTab = new Tab("Events", table);
        eventsTab.setId("tab-events");
        eventsTab.setClosable(false);
        besideTable.getTabs().add(eventsTab);
        besideTable.setId("table-tabs");
        BorderPane bottom = new BorderPane(besideTable);
        bottom.setTop(timeline);
        bottom.setId("explore-bottom");
        SplitPane mapAndTable = new SplitPane(map, bottom);
        mapAndTable.setOrientation(Orientation.VERTICAL);
        mapAndTable.setDividerPositions(0.6);
        SplitPane.setResizableWithParent(bottom, false);
        details.setMinWidth(0);
        details.setPrefWidth(340);
        workArea = new SplitPane(mapAndTable, details);
        workArea.setId("work-area");
        workArea.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(details, false);
    }

    public ExploreState state() {
        return state;
    }

    EventTable table() {
        return table;
    }

    EventDetailsPane details() {
        return details;
    }

    TimelineBar timeline() {
        return timeline;
    }

    MapEventPicker picker() {
        return picker;
    }

    /** Adds a tab beside the events table under the timeline, e.g. the crossings' table. */
    void addBesideTable(String id, String name, Node content) {
        Tab tab = new Tab(name, content);
        tab.setId(id);
        tab.setClosable(false);
        besideTable.getTabs().add(tab);
    }

    /** The map with the timeline and table under it and the details panel at its right. */
    Node workArea() {
        return workArea;
    }

    /** The filter panel, scrollable, for the side panel. */
    Node filterPanel() {
        ScrollPane scroll = new ScrollPane(filters);
        scroll.setFitToWidth(true);
        scroll.setId("filter-scroll");
        return scroll;
    }

    /** "12 of 67 events", for the status bar. */
    ReadOnlyStringProperty countsProperty() {
        return state.countsProperty();
    }

    /** Reads the boundary layer of a freshly loaded map in the background, for the details panel's distances. */
    void mapLoaded(LoadedMap loaded) {
        Layer boundary = loaded.model().layers().stream()
                .filter(l -> l.name().equals(BOUNDARY_LAYER))
                .findFirst()
                .orElse(null);
        if (boundary == null) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "the map has no layer " + BOUNDARY_LAYER + "; distances to the boundary are not shown");
            return;
        }
        tasks.run(
                "Reading the Kosovo–Serbia boundary",
                progress -> BoundaryDistance.of(boundary.source()),
                distance -> {
                    details.boundaryDistanceProperty().set(distance::rangeKm);
                    measureAll(distance);
                },
                e -> LOG.log(
                        System.Logger.Level.WARNING,
                        "the boundary layer " + BOUNDARY_LAYER + " cannot be read: " + e.getMessage(),
                        e));
    }

    /**
     * Measures every loaded event's distance range in the background for the table's "From line" column; an event
     * added later is measured when its row first shows.
     */
    private void measureAll(BoundaryDistance distance) {
        List<Event> all = state.eventsProperty().get();
        tasks.run(
                "Measuring distances to the boundary",
                progress -> {
                    Map<Event, DistanceRange> ranges = new IdentityHashMap<>();
                    for (Event e : all) ranges.put(e, distance.rangeKm(e));
                    return ranges;
                },
                ranges -> table.boundaryProperty().set(e -> ranges.computeIfAbsent(e, distance::rangeKm)),
                e -> LOG.log(System.Logger.Level.WARNING, "distances to the boundary: " + e.getMessage(), e));
    }

    /** Writes place names in the table and the details panel as {@code names} says (the app's names setting). */
    void namesChanged(PlaceNames names) {
        table.namesProperty().set(names);
        details.namesProperty().set(names);
    }

    /** Shows, in the details and the table, whether each event lies in the Ground Safety Zone. */
    public void gszLoaded(org.borderwatch.analysis.GroundSafetyZone zone) {
        details.gszProperty().set(e -> zone.membership(e).label());
        table.gszProperty().set(e -> zone.membership(e).csvName());
        state.zoneProperty().set(zone);
    }
}
