package org.borderwatch.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import org.borderwatch.analysis.BoundaryDistance;
import org.borderwatch.events.Event;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.GeoJsonEventStore;
import org.borderwatch.events.LoadReport;
import org.borderwatch.map.Layer;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The exploring side of the main window: the state, and the table, timeline, filter panel and details
 * panel built on it, kept in step with the map view (its events, its highlighted selection, picking
 * and centring). The window only places {@link #workArea}, {@link #filterPanel} and {@link #countsProperty}.
 */
final class EventExplorer {
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
        state.shownProperty().addListener((obs, old, now) -> map.eventsProperty().set(now));
        state.selectedIdProperty().addListener((obs, old, id) -> map.selectedIdsProperty().set(id == null ? Set.of() : Set.of(id)));
        table.setOnChosen(picker::centreOn);
        table.setOnOpen(event -> {
            picker.centreOn(event);
            details.requestFocus();
        });
        map.eventsProperty().set(state.shownProperty().get());

        BorderPane bottom = new BorderPane(table);
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

    ExploreState state() {
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
        Layer boundary = loaded.model().layers().stream().filter(l -> l.name().equals(BOUNDARY_LAYER)).findFirst()
                .orElse(null);
        if (boundary == null) {
            LOG.log(System.Logger.Level.WARNING, "the map has no layer " + BOUNDARY_LAYER
                    + "; distances to the boundary are not shown");
            return;
        }
        tasks.run("Reading the Kosovo–Serbia boundary", progress -> new BoundaryDistance(lines(boundary)),
                distance -> details.boundaryDistanceProperty().set(distance::distanceKm),
                e -> LOG.log(System.Logger.Level.WARNING, "the boundary layer " + BOUNDARY_LAYER + " cannot be read: "
                        + e.getMessage(), e));
    }

    /**
     * Opens an event store file in the background and shows its events; records it cannot read are
     * skipped and listed in the log.
     */
    void openStore(Path file) {
        tasks.run("Loading events from " + file.getFileName(), progress -> GeoJsonEventStore.open(file), store -> {
            LoadReport report = store.loadReport();
            if (!report.isClean()) LOG.log(System.Logger.Level.WARNING, report.toString());
            state.eventsProperty().set(List.copyOf(store.all()));
        }, e -> LOG.log(System.Logger.Level.ERROR, e instanceof EventStoreException ? e.getMessage()
                : "the event store " + file + " cannot be opened: " + e.getMessage(), e));
    }

    /** The boundary's lines in the layer's own CRS, WGS 84 longitude/latitude for maps/. */
    private static Geometry lines(Layer layer) throws IOException {
        List<Geometry> parts = new ArrayList<>();
        try (SimpleFeatureIterator it = layer.source().getFeatures().features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                if (f.getDefaultGeometry() instanceof Geometry g && !g.isEmpty()) parts.add(g);
            }
        }
        if (parts.isEmpty()) throw new IOException("layer " + layer.name() + " has no lines");
        return new GeometryFactory().buildGeometry(parts);
    }
}
