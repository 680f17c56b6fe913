package org.borderwatch.ui.store;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.EventStore;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.postgis.DayCount;
import org.borderwatch.events.postgis.EventView;
import org.borderwatch.events.postgis.PostgisEventStore;
import org.borderwatch.events.postgis.ViewCell;
import org.borderwatch.map.Viewport;
import org.borderwatch.ui.explore.TimeHistogram;
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
 * {@link #FETCH_LIMIT}, the counts per cell to the map and the first {@link #PAGE} of its events to the session, for
 * the table, with how many more there are. The timeline always shows the view's counts per day from the database,
 * whatever the filter's dates. One question at a time: while one runs, later moves only mark the answer stale, so a
 * drag costs one query per finished query. File stores are left alone.
 */
public final class StoreView {
    private static final System.Logger LOG = System.getLogger(StoreView.class.getName());

    /** The most events fetched for one view; more are counted per cell. */
    public static final int FETCH_LIMIT = 5_000;
    /** The events a table lists of a view too full to fetch: a page, in store order. */
    public static final int PAGE = 500;
    /** The app's cluster radius in logical pixels ({@code analysis.Clusters.DEFAULT_RADIUS_PX}): a cell's width. */
    private static final double CELL_PX = 30;

    private final StoreSession session;
    private final TaskRunner tasks;
    private final ObservableValue<Viewport> viewport;
    private final ObservableValue<EventFilter> filter;
    private final Consumer<List<ViewCell>> counts;
    private final Consumer<TimeHistogram> timeline;
    private final IntConsumer more;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private boolean inFlight;
    private boolean stale;

    private StoreView(
            StoreSession session,
            TaskRunner tasks,
            ObservableValue<Viewport> viewport,
            ObservableValue<EventFilter> filter,
            Consumer<List<ViewCell>> counts,
            Consumer<TimeHistogram> timeline,
            IntConsumer more) {
        this.session = session;
        this.tasks = tasks;
        this.viewport = viewport;
        this.filter = filter;
        this.counts = counts;
        this.timeline = timeline;
        this.more = more;
    }

    /** One answer: the view, the page the table lists when it was counted, and the timeline. */
    private record Answer(EventView view, List<Event> page, List<DayCount> days) {}

    /**
     * Starts asking for the view of {@code viewport} (in the map's display CRS) under {@code filter} whenever either,
     * the open store or its data changes; {@code counts} receives the per-cell counts to draw (empty when the events
     * themselves were fetched), {@code timeline} the view's histogram from the database (null for a file store, whose
     * events count themselves), and {@code more} how many events of the view the session's page leaves out.
     */
    public static StoreView attach(
            StoreSession session,
            TaskRunner tasks,
            ObservableValue<Viewport> viewport,
            ObservableValue<EventFilter> filter,
            Consumer<List<ViewCell>> counts,
            Consumer<TimeHistogram> timeline,
            IntConsumer more) {
        StoreView v = new StoreView(session, tasks, viewport, filter, counts, timeline, more);
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
            timeline.accept(null);
            more.accept(0);
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
                    EventView view = db.view(lonLat, f, FETCH_LIMIT, cellDeg);
                    List<Event> page = view.counted() ? db.page(lonLat, f, PAGE) : view.events();
                    return new Answer(view, page, db.timeline(lonLat, f));
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

    private void show(PostgisEventStore db, Answer answer) {
        if (session.storeProperty().get() != db) return;
        EventView view = answer.view();
        timeline.accept(TimeHistogram.ofDays(answer.days()));
        more.accept(view.total() - answer.page().size());
        session.showViewed(db, answer.page());
        counts.accept(view.cells());
        summary.set(view.counted() ? describe(view, answer.page().size()) : "");
    }

    static String describe(EventView answer, int listed) {
        return String.format(
                Locale.ROOT,
                "%,d events in view, counted per area by the database; the table lists the first %,d",
                answer.total(),
                listed);
    }

    private static Envelope lonLat(Viewport v) throws TransformException, FactoryException {
        ReferencedEnvelope area = v.area();
        return area.getCoordinateReferenceSystem() == null ? area : area.transform(DefaultGeographicCRS.WGS84, true);
    }
}
