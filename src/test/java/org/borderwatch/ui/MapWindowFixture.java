package org.borderwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.borderwatch.map.Viewport;
import org.borderwatch.ui.map.BoxPainter;
import org.borderwatch.ui.map.FramePainter;
import org.borderwatch.ui.map.LoadedMap;
import org.borderwatch.ui.map.MapCamera;
import org.borderwatch.ui.map.MapView;
import org.borderwatch.ui.map.TestMaps;
import org.borderwatch.ui.settings.Settings;
import org.borderwatch.ui.task.InlineTaskRunner;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on the in-memory test map, shown on a stage TestFX provides, with helpers that wait
 * for the render-complete signal (the shown frame's viewport equals the one asked for) rather than sleeping.
 */
public final class MapWindowFixture {
    public static final LoadedMap MAP = TestMaps.region();

    public final MainWindow window;

    private MapWindowFixture(MainWindow window) {
        this.window = window;
    }

    /** Opens the window with {@code settings}; call on the FX thread (a TestFX {@code @Start} method). */
    public static MapWindowFixture open(Stage stage, Settings settings) {
        return open(stage, settings, new BoxPainter());
    }

    /** Opens the window painting with {@code painter}, e.g. one that records the frames it is given. */
    public static MapWindowFixture open(Stage stage, Settings settings, FramePainter painter) {
        MainWindow window = new MainWindow(stage, painter, new InlineTaskRunner(), settings);
        window.show(progress -> MAP);
        return new MapWindowFixture(window);
    }

    public MapView view() {
        return window.mapView();
    }

    /** Waits until the frame on screen is the one the view asks for, so pixels and state agree. */
    public void awaitFrame() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> {
                            Viewport wanted = view().currentViewport();
                            return wanted != null
                                    && Objects.equals(
                                            wanted,
                                            view().shownViewportProperty().get());
                        })
                        .get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    public <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    public void runFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public MapCamera camera() throws Exception {
        return onFx(() -> view().cameraProperty().get());
    }

    /** The display-CRS point under view pixel (x, y) with the current camera. */
    public Point2D worldAt(double x, double y) throws Exception {
        return onFx(() -> {
            MapCamera c = view().cameraProperty().get();
            return new Point2D(c.worldX(x, view().getWidth()), c.worldY(y, view().getHeight()));
        });
    }

    /** The view pixel of a longitude/latitude under the current camera. */
    public Point2D pixelOfLonLat(double lon, double lat) throws Exception {
        double[] p = {lon, lat};
        MAP.toLonLat().inverse().transform(p, 0, p, 0, 1);
        return onFx(() -> {
            MapCamera c = view().cameraProperty().get();
            return new Point2D(c.pixelX(p[0], view().getWidth()), c.pixelY(p[1], view().getHeight()));
        });
    }

    /** The screen point of view pixel (x, y), where a robot must move to reach it. */
    public Point2D screenOf(double x, double y) throws Exception {
        return onFx(() -> view().localToScreen(x, y));
    }

    public double width() throws Exception {
        return onFx(() -> view().getWidth());
    }

    public double height() throws Exception {
        return onFx(() -> view().getHeight());
    }

    /** What the view shows now, as on screen. */
    WritableImage snapshot() throws Exception {
        return onFx(() -> view().snapshot(null, null));
    }

    /** The colour on screen at view pixel (x, y), as 0xRRGGBB. */
    public int rgbAt(double x, double y) throws Exception {
        WritableImage shot = snapshot();
        return shot.getPixelReader().getArgb((int) Math.round(x), (int) Math.round(y)) & 0xFFFFFF;
    }

    /** The menu item with {@code id} in the window's menus; call on the FX thread. */
    public javafx.scene.control.MenuItem menuItem(String id) {
        return menuItem((javafx.scene.control.MenuBar) view().getScene().lookup("#menu-bar"), id);
    }

    public static javafx.scene.control.MenuItem menuItem(javafx.scene.control.MenuBar bar, String id) {
        java.util.ArrayDeque<javafx.scene.control.MenuItem> todo = new java.util.ArrayDeque<>(bar.getMenus());
        while (!todo.isEmpty()) {
            javafx.scene.control.MenuItem item = todo.pop();
            if (id.equals(item.getId())) return item;
            if (item instanceof javafx.scene.control.Menu menu) todo.addAll(menu.getItems());
        }
        throw new AssertionError("no menu item #" + id);
    }

    public static void assertSamePoint(Point2D actual, Point2D expected, double tolerance) {
        assertThat(actual.distance(expected))
                .as("distance between %s and %s", actual, expected)
                .isLessThanOrEqualTo(tolerance);
    }
}
