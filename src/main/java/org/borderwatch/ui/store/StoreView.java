package org.borderwatch.ui.store;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.EventStore;
import org.borderwatch.events.postgis.EventView;
import org.borderwatch.events.postgis.PostgisEventStore;
import org.borderwatch.events.postgis.ViewCell;
import org.borderwatch.map.Viewport;
import org.borderwatch.ui.task.TaskRunner;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Envelope;

/**
 * Feeds the window from a database store read per view: whenever the map moves, the filter changes or the store
 * changes, asks the database for what the view shows ({@link PostgisEventStore#view}) in the background, and hands
 * the events fetched to the session (so the map, table and timeline show them) or, when the view holds more than
 * {@link #FETCH_LIMIT}, the counts per cell to the map. One question at a time: while one runs, later moves only
 * mark the answer stale, so a drag costs one query per finished query. File stores are left alone.
 */
public final class StoreView {
    private static final System.Logger LOG = System.getLogger(StoreView.class.getName());

    /** The most events fetched for one view; more are counted per cell. */
    public static final int FETCH_LIMIT = 5_000;
    /** The app's cluster radius in logical pixels ({@code analysis.Clusters.DEFAULT_RADIUS_PX}): a cell's width. */
    private static final double CELL_PX = 30;

    private final StoreSession session;
    private final TaskRunner tasks;
    private final ObservableValue<Viewport> viewport;
    private final ObservableValue<EventFilter> filter;
    private final Consumer<List<ViewCell>> counts;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private boolean inFlight;
    private boolean stale;

    private StoreView(
            StoreSession session,
            TaskRunner tasks,
            ObservableValue<Viewport> viewport,
            ObservableValue<EventFilter> filter,
            Consumer<List<ViewCell>> counts) {
        this.session = session;
        this.tasks = tasks;
        this.viewport = viewport;
        this.filter = filter;
        this.counts = counts;
    }

    /**
     * Starts asking for the view of {@code viewport} (in the map's display CRS) under {@code filter} whenever either,
     * the open store or its data changes; {@code counts} receives the per-cell counts to draw (empty when the events
     * themselves were fetched).
     */
    public static StoreView attach(
            StoreSession session,
            TaskRunner tasks,
            ObservableValue<Viewport> viewport,
            ObservableValue<EventFilter> filter,
            Consumer<List<ViewCell>> counts) {
        StoreView v = new StoreView(session, tasks, viewport, filter, counts);
        viewport.addListener((obs, old, now) -> v.ask());
        filter.addListener((obs, old, now) -> v.ask());
        session.revisionProperty().addListener((obs, old, now) -> v.ask());
        session.storeProperty().addListener((obs, old, now) -> v.ask());
        return v;
    }

    /** What the view holds when it was counted, not fetched ("333,412 events in view, counted…"); else empty. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private void ask() {
        EventStore store = session.storeProperty().get();
        Viewport v = viewport.getValue();
        if (!(store instanceof PostgisEventStore db) || !session.viewed() || v == null) {
            counts.accept(List.of());
            summary.set("");
            return;
        }
        if (inFlight) {
            stale = true;
            return;
        }
        inFlight = true;
        EventFilter f = filter.getValue() == null ? EventFilter.ALL : filter.getValue();
        tasks.run(
                "Reading the events in view from " + db.location().name(),
                progress -> {
                    Envelope lonLat = lonLat(v);
                    double cellDeg = CELL_PX * v.pixelScale() * lonLat.getWidth() / v.widthPx();
                    return db.view(lonLat, f, FETCH_LIMIT, cellDeg);
                },
                answer -> {
                    finished();
                    show(db, answer);
                },
                e -> {
                    // the connection's loss is said by the session; the last view stays on screen
                    LOG.log(System.Logger.Level.WARNING, "cannot read the events in view: " + e.getMessage(), e);
                    finished();
                });
    }

    private void finished() {
        inFlight = false;
        if (stale) {
            stale = false;
            ask();
        }
    }

    private void show(PostgisEventStore db, EventView answer) {
        if (session.storeProperty().get() != db) return;
        session.showViewed(db, answer.events());
        counts.accept(answer.cells());
        summary.set(answer.counted() ? describe(answer) : "");
    }

    static String describe(EventView answer) {
        String s = String.format(
                Locale.ROOT,
                "%,d events in view, counted per area by the database: zoom in or narrow the dates to list them",
                answer.total());
        return answer.countsIgnore().isEmpty()
                ? s
                : s + " (the counts ignore the " + answer.countsIgnore() + " filter)";
    }

    private static Envelope lonLat(Viewport v) throws TransformException, FactoryException {
        ReferencedEnvelope area = v.area();
        return area.getCoordinateReferenceSystem() == null ? area : area.transform(DefaultGeographicCRS.WGS84, true);
    }
}
