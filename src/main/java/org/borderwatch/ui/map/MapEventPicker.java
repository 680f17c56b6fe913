package org.borderwatch.ui.map;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.borderwatch.analysis.Clusters;
import org.borderwatch.analysis.EventIndex;
import org.borderwatch.analysis.EventIndexCache;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.MapTime;
import org.borderwatch.ui.details.EventText;
import org.borderwatch.ui.explore.ExploreState;
import org.borderwatch.ui.task.TaskRunner;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;

/**
 * Connects the map with the explore state: a click on a marker selects its event, a click on a
 * cluster zooms into it (or lists its events when they share one spot), a click on empty map or Esc
 * clears the selection, and hovering shows the title and date. Picking uses the same
 * {@link EventIndex} and {@link Clusters} as the marker painter, so what is clicked is what is drawn.
 * The index is taken off the FX thread whenever the shown events or the display CRS change, from the
 * view's {@link EventIndexCache}, which its frames carry to the marker painter, so it is built once for both.
 */
public final class MapEventPicker {
    private static final System.Logger LOG = System.getLogger(MapEventPicker.class.getName());
    /** How far from a marker's centre a click still hits it, in logical pixels: about a symbol's half width. */
    static final double TOLERANCE_PX = 12;
    /** A cluster zoomed into fills this share of the view, so its markers are not at the very edge. */
    private static final double CLUSTER_FILL = 0.6;

    private final MapView view;
    private final ExploreState state;
    private final TaskRunner tasks;
    private final Tooltip tooltip = new Tooltip();
    private final ContextMenu spotMenu = new ContextMenu();
    private EventIndex index;
    private Clusters clusters;
    private boolean building;
    private boolean stale;

    public MapEventPicker(MapView view, ExploreState state, TaskRunner tasks) {
        this.view = view;
        this.state = state;
        this.tasks = tasks;
        tooltip.setShowDelay(Duration.millis(250));
        spotMenu.setId("map-spot-menu");
        // what the marker painter draws: the view's events in the view's time window
        view.eventsProperty().addListener((obs, old, now) -> rebuild());
        view.timeProperty().addListener((obs, old, now) -> rebuild());
        view.modelProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || !old.displayCrs().equals(now.displayCrs())) rebuild();
        });
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY(), e.getScreenX(), e.getScreenY()));
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> tooltip.hide());
        // the markers move under a still pointer when the map zooms or pans by key
        view.cameraProperty().addListener((obs, old, now) -> tooltip.hide());
        view.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && state.selectedIdProperty().get() != null) {
                state.clearSelection();
                e.consume();
            }
        });
        rebuild();
    }

    /** The index the map is picked through, or null while it is built. */
    EventIndex index() {
        return index;
    }

    /** Moves the map so the event sits in the centre, keeping the scale; false if it is not on the map. */
    public boolean centreOn(Event event) {
        int p = event == null || index == null ? -1 : index.positionOf(event.id());
        MapCamera c = view.cameraProperty().get();
        if (p < 0 || c == null || Double.isNaN(index.x(p))) return false;
        view.cameraProperty().set(new MapCamera(c.crs(), index.x(p), index.y(p), c.unitsPerPixel()));
        return true;
    }

    /** The view pixel (logical) of an event's marker under the current camera, if it is on the map. */
    public Optional<javafx.geometry.Point2D> pixelOf(String id) {
        int p = index == null ? -1 : index.positionOf(id);
        MapCamera c = view.cameraProperty().get();
        if (p < 0 || c == null || Double.isNaN(index.x(p))) return Optional.empty();
        return Optional.of(new javafx.geometry.Point2D(
                c.pixelX(index.x(p), view.getWidth()), c.pixelY(index.y(p), view.getHeight())));
    }

    /** The cluster drawn at view pixel (x, y), if any. */
    public Optional<Clusters.Cluster> clusterAt(double x, double y) {
        Viewport v = view.currentViewport();
        if (index == null || v == null) return Optional.empty();
        if (clusters == null || !clusters.viewport().equals(v))
            clusters = Clusters.of(index, v, Clusters.DEFAULT_RADIUS_PX);
        double scale = v.pixelScale();
        return clusters.at(x * scale, y * scale, TOLERANCE_PX * scale);
    }

    /** The event whose marker, fanned out from a spot it shares with others, is drawn at view pixel (x, y), if any. */
    public Optional<Event> fannedAt(double x, double y) {
        Viewport v = view.currentViewport();
        if (index == null || v == null) return Optional.empty();
        if (clusters == null || !clusters.viewport().equals(v))
            clusters = Clusters.of(index, v, Clusters.DEFAULT_RADIUS_PX);
        double scale = v.pixelScale();
        return clusters.fannedAt(x * scale, y * scale, TOLERANCE_PX * scale);
    }

    private void rebuild() {
        if (building) {
            stale = true;
            return;
        }
        MapModel model = view.modelProperty().get();
        if (model == null) return;
        List<Event> events = view.eventsProperty().get();
        MapTime time = view.timeProperty().get();
        CoordinateReferenceSystem crs = model.displayCrs();
        building = true;
        tasks.run(
                "Indexing events",
                progress -> view.eventIndexes().indexOf(events, time.from(), time.to(), crs),
                this::built,
                e -> {
                    building = false;
                    LOG.log(System.Logger.Level.ERROR, "events cannot be placed on the map in " + crs.getName(), e);
                });
    }

    private void built(EventIndex result) {
        building = false;
        index = result;
        clusters = null;
        if (!result.unplaced().isEmpty())
            LOG.log(System.Logger.Level.WARNING, "not on the map: " + String.join("; ", result.unplaced()));
        if (stale) {
            stale = false;
            rebuild();
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 1 || !e.isStillSincePress()) return;
        spotMenu.hide();
        Optional<Event> fanned = fannedAt(e.getX(), e.getY());
        if (fanned.isPresent()) {
            state.select(fanned.get().id());
            e.consume();
            return;
        }
        Optional<Clusters.Cluster> hit = clusterAt(e.getX(), e.getY());
        if (hit.isEmpty()) {
            state.clearSelection();
            return;
        }
        Clusters.Cluster c = hit.get();
        if (c.size() == 1) state.select(c.single().id());
        else if (c.sharesOneSpot()) listSpot(c, e.getScreenX(), e.getScreenY());
        else zoomInto(c.bounds());
        e.consume();
    }

    /** Events at one spot never split however far one zooms: offer them as a list instead. */
    private void listSpot(Clusters.Cluster c, double screenX, double screenY) {
        spotMenu.getItems().clear();
        for (Event member : c.members()) {
            MenuItem item = new MenuItem(EventText.dates(member) + "  " + member.title());
            item.setOnAction(a -> state.select(member.id()));
            spotMenu.getItems().add(item);
        }
        spotMenu.show(view, screenX, screenY);
    }

    private void zoomInto(ReferencedEnvelope bounds) {
        MapCamera c = view.cameraProperty().get();
        if (c == null) return;
        MapCamera fitted = MapCamera.fit(bounds, view.getWidth() * CLUSTER_FILL, view.getHeight() * CLUSTER_FILL);
        // at least double the zoom, so a click always splits the cluster a step further
        double units = Math.min(fitted.unitsPerPixel(), c.unitsPerPixel() / 2);
        view.cameraProperty().set(new MapCamera(c.crs(), fitted.centreX(), fitted.centreY(), units));
    }

    private void hover(double x, double y, double screenX, double screenY) {
        Optional<Event> fanned = fannedAt(x, y);
        Optional<Clusters.Cluster> hit = fanned.isPresent() ? Optional.empty() : clusterAt(x, y);
        if (fanned.isEmpty() && hit.isEmpty()) {
            tooltip.hide();
            return;
        }
        String text = fanned.map(f -> f.title() + "\n" + EventText.dates(f)).orElseGet(() -> describe(hit.get()));
        if (!text.equals(tooltip.getText()) || !tooltip.isShowing()) {
            tooltip.setText(text);
            tooltip.show(view, screenX + 14, screenY + 14);
        }
    }

    /** "Title\n24 Sep 2023" for one event; counts by kind and what a click does for a cluster. */
    public static String describe(Clusters.Cluster c) {
        if (c.size() == 1) return c.single().title() + "\n" + EventText.dates(c.single());
        StringBuilder s = new StringBuilder(c.size() + " events");
        String sep = ": ";
        for (EventKind k : EventKind.values()) {
            if (c.count(k) == 0) continue;
            s.append(sep).append(c.count(k)).append(' ').append(EventText.kindCount(k, c.count(k)));
            sep = ", ";
        }
        return s.append(c.sharesOneSpot() ? "\nat one spot: click to list them" : "\nclick to zoom in")
                .toString();
    }
}
