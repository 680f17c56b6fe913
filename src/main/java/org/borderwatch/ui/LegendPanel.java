package org.borderwatch.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.borderwatch.render.furniture.Legend;

/**
 * The legend of the visible layers, drawn by the renderer's {@link Legend} painter (the one exports
 * use, so the two cannot differ) into an image on a thread of its own and shown here. A newer model
 * makes a pending legend stale; only the latest is shown.
 */
final class LegendPanel extends StackPane {
    private final Legend legend = new Legend();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "borderwatch-legend");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong latest = new AtomicLong();
    private final ImageView view = new ImageView();

    LegendPanel(ObjectProperty<MapModel> model) {
        setId("legend-panel");
        setAlignment(Pos.TOP_LEFT);
        setPadding(new Insets(4));
        view.setId("legend-image");
        getChildren().add(view);
        model.addListener((obs, old, now) -> draw(now));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) scene.windowProperty().addListener((o, w0, w) -> {
                if (w != null) w.outputScaleXProperty().addListener((o2, s0, s1) -> draw(model.get()));
            });
        });
    }

    /** Stops the legend thread. */
    void dispose() {
        thread.shutdownNow();
    }

    private void draw(MapModel model) {
        if (model == null || thread.isShutdown()) return;
        long version = latest.incrementAndGet();
        double scale = getScene() == null || getScene().getWindow() == null ? 1
                : Math.max(1, getScene().getWindow().getOutputScaleX());
        List<Layer> layers = model.layers();
        thread.execute(() -> {
            if (latest.get() != version) return;
            BufferedImage image = paint(layers, scale);
            Platform.runLater(() -> {
                if (latest.get() == version) show(image, scale);
            });
        });
    }

    private BufferedImage paint(List<Layer> layers, double scale) {
        if (Legend.entries(layers).isEmpty()) return null;
        Rectangle2D area = legend.area(layers, 0, 0, scale);
        BufferedImage image = new BufferedImage((int) Math.ceil(area.getWidth()) + 1, (int) Math.ceil(area.getHeight()) + 1,
                BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            legend.paint(g, layers, 0, 0, scale);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void show(BufferedImage image, double scale) {
        if (image == null) {
            view.setImage(null);
            return;
        }
        view.setImage(ScreenImage.wrap(image));
        view.setFitWidth(image.getWidth() / scale);
        view.setPreserveRatio(true);
    }
}
