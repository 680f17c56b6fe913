package org.borderwatch.ui.map;

import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.borderwatch.analysis.EventIndexCache;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.postgis.ViewCell;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.Frame;
import org.borderwatch.render.FrameOptions;
import org.borderwatch.render.MapTime;
import org.borderwatch.render.Regime;
import org.geotools.geometry.jts.ReferencedEnvelope;

/**
 * The map on screen: shows frames painted on a render thread and moves them with the mouse and the
 * keyboard. While the next frame renders, the last one stays on screen, scaled and shifted to the
 * current camera, so panning and zooming never wait for the painter.
 */
public final class MapView extends Region {
    private static final System.Logger LOG = System.getLogger(MapView.class.getName());
    /** The whole region fills this share of the view, leaving a margin round it. */
    private static final double REGION_FILL = 0.96;

    private static final double KEY_ZOOM = 2;
    /** An arrow key moves the map by this share of the view. */
    private static final double KEY_PAN = 0.125;
    /** Wheel delta (JavaFX reports 40 per notch on most systems) that doubles the zoom. */
    private static final double WHEEL_DELTA_PER_DOUBLING = 80;

    private static final Color NO_MAP = Color.web("#dfe6ea");
    /** Zooming out stops when the whole region is this many times smaller than the view. */
    private static final double MAX_ZOOM_OUT = 8;
    /** Zooming in stops at this many map units (metres in UTM) per logical pixel: street level. */
    private static final double MIN_UNITS_PER_PIXEL = 0.05;

    private final Canvas canvas = new Canvas();
    private final FrameRenderer renderer;
    /** Indexes of the shown events, built once for the marker painter and the picker. */
    private final EventIndexCache eventIndexes = new EventIndexCache();

    private final ObjectProperty<MapModel> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<ReferencedEnvelope> region = new SimpleObjectProperty<>(this, "region");
    private final ObjectProperty<MapCamera> camera = new SimpleObjectProperty<>(this, "camera");
    private final ObjectProperty<List<Event>> events = new SimpleObjectProperty<>(this, "events", List.of());
    private final ObjectProperty<List<ViewCell>> counts = new SimpleObjectProperty<>(this, "counts", List.of());
    private final ObjectProperty<Set<String>> selectedIds = new SimpleObjectProperty<>(this, "selectedIds", Set.of());
    private final ObjectProperty<List<Annotation>> annotations =
            new SimpleObjectProperty<>(this, "annotations", List.of());
    private final Pane overlay = new Pane();
    private final ObjectProperty<FrameOptions> options =
            new SimpleObjectProperty<>(this, "options", FrameOptions.STANDARD);
    private final ObjectProperty<MapTime> time = new SimpleObjectProperty<>(this, "time", MapTime.ALL);
    private final ObjectProperty<Regime> regime = new SimpleObjectProperty<>(this, "regime", Regime.NONE);
    private final ReadOnlyObjectWrapper<Viewport> shownViewport = new ReadOnlyObjectWrapper<>(this, "shownViewport");
    private final ReadOnlyObjectWrapper<Frame> shownFrame = new ReadOnlyObjectWrapper<>(this, "shownFrame");
    private final ReadOnlyObjectWrapper<Point2D> pointer = new ReadOnlyObjectWrapper<>(this, "pointer");
    private final FrameTimes panFrames = new FrameTimes();

    private RenderedFrame shown;
    private WritableImage shownImage;
    private double lastX;
    private double lastY;
    private boolean dragging;

    public MapView(FramePainter painter) {
        renderer = new FrameRenderer(painter, done -> Platform.runLater(() -> show(done)));
        overlay.setMouseTransparent(true);
        overlay.setManaged(false);
        getChildren().addAll(canvas, overlay);
        setFocusTraversable(true);
        setMinSize(0, 0);
        model.addListener((obs, old, now) -> {
            if (old == null || now == null || old.displayCrs() != now.displayCrs()) shown = null;
            requestFrame();
        });
        events.addListener((obs, old, now) -> requestFrame());
        counts.addListener((obs, old, now) -> requestFrame());
        selectedIds.addListener((obs, old, now) -> requestFrame());
        annotations.addListener((obs, old, now) -> requestFrame());
        options.addListener((obs, old, now) -> requestFrame());
        time.addListener((obs, old, now) -> requestFrame());
        regime.addListener((obs, old, now) -> requestFrame());
        camera.addListener((obs, old, now) -> {
            requestFrame();
            redraw();
        });
        region.addListener((obs, old, now) -> {
            if (camera.get() == null || !sameCrs(camera.get(), now)) showWholeRegion();
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) scene.windowProperty().addListener((o, w0, window) -> watchOutputScale(window));
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointAt(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointer.set(null));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** The map shown; replacing it (a layer hidden, reordered) repaints the view. */
    public ObjectProperty<MapModel> modelProperty() {
        return model;
    }

    /** The extent "whole region" returns to, in the display CRS. */
    public ObjectProperty<ReferencedEnvelope> regionProperty() {
        return region;
    }

    /** The events marked on the map (those passing the filters); replacing the list repaints. */
    public ObjectProperty<List<Event>> eventsProperty() {
        return events;
    }

    /** Events a database store counted per cell for a view holding too many to fetch; replacing them repaints. */
    public ObjectProperty<List<ViewCell>> countsProperty() {
        return counts;
    }

    /** Ids of the events drawn as selected. */
    public ObjectProperty<Set<String>> selectedIdsProperty() {
        return selectedIds;
    }

    /** The indexes of the shown events that this view's frames carry, for whoever picks on the map. */
    public EventIndexCache eventIndexes() {
        return eventIndexes;
    }

    /** The time on show: crossings and the GSZ are drawn as on its last day (the timeline's end or playback's day). */
    public ObjectProperty<MapTime> timeProperty() {
        return time;
    }

    /** The border regime drawn over the map: crossings and the Ground Safety Zone. */
    public ObjectProperty<Regime> regimeProperty() {
        return regime;
    }

    /** The furniture drawn over the map (scale bar, north arrow, graticule…). */
    public ObjectProperty<FrameOptions> optionsProperty() {
        return options;
    }

    /** The user's annotations drawn on the map; replacing the list repaints. */
    public ObjectProperty<List<Annotation>> annotationsProperty() {
        return annotations;
    }

    /**
     * A layer of JavaFX shapes over the map for transient marks (selection handles), in view pixels;
     * it lets mouse events through. What the map shows itself is painted into frames.
     */
    public Pane overlay() {
        return overlay;
    }

    /** Where the view looks; null until a region is known and the view has a size. */
    public ObjectProperty<MapCamera> cameraProperty() {
        return camera;
    }

    /** The viewport of the frame on screen now; changes each time a finished frame is shown. */
    public ReadOnlyObjectProperty<Viewport> shownViewportProperty() {
        return shownViewport.getReadOnlyProperty();
    }

    /** What the frame on screen was painted from (its viewport, events, time); changes with {@link #shownViewportProperty}. */
    public ReadOnlyObjectProperty<Frame> shownFrameProperty() {
        return shownFrame.getReadOnlyProperty();
    }

    /** The display-CRS point under the mouse, or null when the mouse is outside the view. */
    public ReadOnlyObjectProperty<Point2D> pointerProperty() {
        return pointer.getReadOnlyProperty();
    }

    /** The viewport the view asks the renderer for now, or null when there is nothing to show. */
    public Viewport currentViewport() {
        MapCamera c = camera.get();
        if (c == null || getWidth() < 1 || getHeight() < 1) return null;
        return c.viewport(getWidth(), getHeight(), pixelScale());
    }

    public void showWholeRegion() {
        ReferencedEnvelope r = region.get();
        if (r == null || getWidth() < 1 || getHeight() < 1) return;
        camera.set(MapCamera.fit(r, getWidth() * REGION_FILL, getHeight() * REGION_FILL));
    }

    /** Zooms by {@code factor} (2 = twice as close) keeping the map point under view pixel (x, y) fixed. */
    void zoomAbout(double factor, double x, double y) {
        MapCamera c = camera.get();
        if (c == null) return;
        double units = Math.max(MIN_UNITS_PER_PIXEL, Math.min(maxUnitsPerPixel(), c.unitsPerPixel() / factor));
        if (units != c.unitsPerPixel())
            camera.set(c.zoomAbout(c.unitsPerPixel() / units, x, y, getWidth(), getHeight()));
    }

    private double maxUnitsPerPixel() {
        ReferencedEnvelope r = region.get();
        if (r == null || getWidth() < 1 || getHeight() < 1) return Double.MAX_VALUE;
        return MapCamera.fit(r, getWidth(), getHeight()).unitsPerPixel() * MAX_ZOOM_OUT;
    }

    public void zoomAtCentre(double factor) {
        zoomAbout(factor, getWidth() / 2, getHeight() / 2);
    }

    /** Moves the map by (dx, dy) logical pixels, as a drag would. */
    public void panBy(double dx, double dy) {
        MapCamera c = camera.get();
        if (c != null) camera.set(c.panBy(dx, dy));
    }

    /** Stops the render thread; the view shows nothing new afterwards. */
    public void dispose() {
        renderer.close();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            overlay.resize(w, h);
            if (camera.get() == null) showWholeRegion();
            requestFrame();
            redraw();
        }
    }

    /** Draws the map again with what its layers hold now: tiles that arrived in the background. */
    public void refresh() {
        requestFrame();
    }

    private void requestFrame() {
        Viewport v = currentViewport();
        if (v != null && model.get() != null)
            renderer.request(new Frame(
                    model.get(),
                    v,
                    events.get(),
                    selectedIds.get(),
                    options.get(),
                    annotations.get(),
                    time.get(),
                    regime.get(),
                    eventIndexes,
                    counts.get()));
    }

    private void show(RenderedFrame frame) {
        shown = frame;
        shownImage = ScreenImage.wrap(frame.image());
        if (dragging) panFrames.add(frame.renderMillis(), frame.renderCpuMillis());
        LOG.log(
                System.Logger.Level.DEBUG,
                () -> String.format(
                        java.util.Locale.ROOT,
                        "frame %dx%d in %.1f ms",
                        frame.viewport().widthPx(),
                        frame.viewport().heightPx(),
                        frame.renderMillis()));
        redraw();
        shownFrame.set(frame.frame());
        shownViewport.set(frame.viewport());
    }

    /** Draws the last finished frame where its area lies under the current camera. */
    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(NO_MAP);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        MapCamera c = camera.get();
        if (shown == null || c == null) return;
        ReferencedEnvelope area = shown.viewport().area();
        if (!sameCrs(c, area)) return;
        double w = getWidth();
        double h = getHeight();
        double x0 = c.pixelX(area.getMinX(), w);
        double y0 = c.pixelY(area.getMaxY(), h);
        double x1 = c.pixelX(area.getMaxX(), w);
        double y1 = c.pixelY(area.getMinY(), h);
        g.drawImage(shownImage, x0, y0, x1 - x0, y1 - y0);
    }

    private static boolean sameCrs(MapCamera c, ReferencedEnvelope area) {
        return c.crs() == area.getCoordinateReferenceSystem();
    }

    private double pixelScale() {
        Window w = getScene() == null ? null : getScene().getWindow();
        return w == null ? 1 : Math.max(1, w.getOutputScaleX());
    }

    private void watchOutputScale(Window window) {
        if (window != null) window.outputScaleXProperty().addListener((obs, old, now) -> requestFrame());
    }

    private void pointAt(double x, double y) {
        MapCamera c = camera.get();
        pointer.set(c == null ? null : new Point2D(c.worldX(x, getWidth()), c.worldY(y, getHeight())));
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        lastX = e.getX();
        lastY = e.getY();
        dragging = false;
        panFrames.clear();
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        dragging = true;
        setCursor(Cursor.CLOSED_HAND);
        panBy(e.getX() - lastX, e.getY() - lastY);
        lastX = e.getX();
        lastY = e.getY();
        pointAt(e.getX(), e.getY());
    }

    private void released(MouseEvent e) {
        if (!dragging) return;
        setCursor(Cursor.DEFAULT);
        if (panFrames.count() > 0) LOG.log(System.Logger.Level.INFO, "pan: " + panFrames.summary());
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress())
            zoomAbout(KEY_ZOOM, e.getX(), e.getY());
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) return;
        zoomAbout(Math.pow(2, e.getDeltaY() / WHEEL_DELTA_PER_DOUBLING), e.getX(), e.getY());
        pointAt(e.getX(), e.getY());
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> zoomAtCentre(KEY_ZOOM);
            case MINUS, SUBTRACT -> zoomAtCentre(1 / KEY_ZOOM);
            case LEFT -> panBy(getWidth() * KEY_PAN, 0);
            case RIGHT -> panBy(-getWidth() * KEY_PAN, 0);
            case UP -> panBy(0, getHeight() * KEY_PAN);
            case DOWN -> panBy(0, -getHeight() * KEY_PAN);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
