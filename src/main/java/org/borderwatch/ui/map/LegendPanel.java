package org.borderwatch.ui.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.borderwatch.events.model.Event;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.borderwatch.render.furniture.Legend;
import org.borderwatch.render.marker.EventLegend;

/**
 * The legend of the visible layers and of the events shown (after the filters): the layers as the
 * renderer's {@link Legend} draws them, the event symbols and colours below as {@link EventLegend}
 * lays them out for exported pages too, so screen and exports cannot differ. It is drawn into an
 * image on a thread of its own; a newer model or event list makes a pending legend stale, and only
 * the latest is shown.
 */
public final class LegendPanel extends StackPane {
    private static final double GAP = 6;
    private static final double PAD = 8;
    private static final Color BOX_FILL = new Color(255, 255, 255, 215);
    private static final Color BOX_EDGE = new Color(0x9A9A9A);

    private final Legend legend = new Legend();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "borderwatch-legend");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong latest = new AtomicLong();
    private final ImageView view = new ImageView();
    private final ReadOnlyObjectWrapper<List<String>> entries = new ReadOnlyObjectWrapper<>(this, "entries", List.of());
    private final ObservableValue<MapModel> model;
    private final ObservableValue<List<Event>> events;
    /** What the last image drawn shows, and that image; read and written on the legend thread only. */
    private Content drawn;

    private BufferedImage drawnImage;
    /** The image on screen; FX thread only. */
    private BufferedImage shownImage;

    /**
     * @param model  the map on screen, whose visible layers are listed
     * @param events the events shown on the map, an immutable list, whose symbols are listed
     */
    public LegendPanel(ObservableValue<MapModel> model, ObservableValue<List<Event>> events) {
        this.model = model;
        this.events = events;
        setId("legend-panel");
        setAlignment(Pos.TOP_LEFT);
        setPadding(new Insets(4));
        view.setId("legend-image");
        getChildren().add(view);
        model.addListener((obs, old, now) -> draw());
        events.addListener((obs, old, now) -> draw());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null)
                scene.windowProperty().addListener((o, w0, w) -> {
                    if (w != null) w.outputScaleXProperty().addListener((o2, s0, s1) -> draw());
                });
        });
        draw();
    }

    /**
     * The texts of the legend on screen, in order: the layers' entries, then the event part's rows
     * (kind subheadings, symbols, colour groups). Updated when a new legend image is shown.
     */
    ReadOnlyObjectProperty<List<String>> entriesProperty() {
        return entries.getReadOnlyProperty();
    }

    /** Stops the legend thread. */
    public void dispose() {
        thread.shutdownNow();
    }

    private void draw() {
        if (thread.isShutdown()) return;
        long version = latest.incrementAndGet();
        double scale = getScene() == null || getScene().getWindow() == null
                ? 1
                : Math.max(1, getScene().getWindow().getOutputScaleX());
        MapModel m = model.getValue();
        List<Layer> layers = m == null ? List.of() : m.layers();
        List<Event> shown = events.getValue() == null ? List.of() : events.getValue();
        thread.execute(() -> {
            if (latest.get() != version) return;
            // rows are read here, not on the FX thread: a large store's scan takes milliseconds
            EventLegend eventLegend = new EventLegend(shown, heading(scale), body(scale), scale);
            Content content = new Content(layers, eventLegend.rows(), scale);
            // playing the timeline changes the events many times a second, the symbols they use seldom;
            // the image is still handed over, as the one drawn last may have been overtaken before it showed
            if (!content.equals(drawn)) {
                drawnImage = paint(layers, eventLegend, scale);
                drawn = content;
            }
            BufferedImage image = drawnImage;
            List<String> texts = content.texts();
            Platform.runLater(() -> {
                if (latest.get() == version) show(image, scale, texts);
            });
        });
    }

    /** What a legend image shows: the same content needs no new image. */
    private record Content(List<Layer> layers, List<EventLegend.Row> rows, double scale) {
        List<String> texts() {
            List<String> out = new ArrayList<>();
            Legend.entries(layers).forEach(e -> out.add(e.title()));
            rows.forEach(r -> out.add(r.text()));
            return List.copyOf(out);
        }
    }

    private BufferedImage paint(List<Layer> layers, EventLegend eventLegend, double scale) {
        boolean hasLayers = !Legend.entries(layers).isEmpty();
        boolean hasEvents = !eventLegend.rows().isEmpty();
        if (!hasLayers && !hasEvents) return null;
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D measure = hinted(probe.createGraphics());
        double pad = PAD * scale;
        Rectangle2D layersArea = hasLayers ? legend.area(layers, 0, 0, scale) : new Rectangle2D.Double();
        double eventsTop = hasLayers ? layersArea.getHeight() + GAP * scale : 0;
        Rectangle2D eventsArea = new Rectangle2D.Double(
                0,
                eventsTop,
                hasEvents
                        ? Math.max(layersArea.getWidth(), eventLegend.width(measure.getFontRenderContext()) + 2 * pad)
                        : 0,
                hasEvents ? eventLegend.height() + 2 * pad : 0);
        measure.dispose();
        double width = Math.max(layersArea.getWidth(), eventsArea.getWidth());
        double height = hasEvents ? eventsArea.getMaxY() : layersArea.getHeight();
        BufferedImage image = new BufferedImage(
                (int) Math.ceil(width) + 1, (int) Math.ceil(height) + 1, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = hinted(image.createGraphics());
        try {
            if (hasLayers) legend.paint(g, layers, 0, 0, scale, true);
            if (hasEvents) {
                // the same box as the layers' legend, so the two parts read as one legend
                g.setColor(BOX_FILL);
                g.fill(eventsArea);
                g.setColor(BOX_EDGE);
                g.setStroke(new BasicStroke((float) (0.6 * scale)));
                g.draw(eventsArea);
                eventLegend.paint(g, pad, eventsTop + pad, eventsArea.getWidth() - 2 * pad);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static Graphics2D hinted(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }

    /** The layer legend's type, so both parts match: sans serif 10.5 px for rows, bold 11 px for subheadings. */
    private static Font body(double scale) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont((float) (10.5 * scale));
    }

    private static Font heading(double scale) {
        return new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont((float) (11 * scale));
    }

    private void show(BufferedImage image, double scale, List<String> texts) {
        if (image == shownImage && image != null) return;
        shownImage = image;
        entries.set(texts);
        view.setAccessibleText(String.join(", ", texts));
        if (image == null) {
            view.setImage(null);
            return;
        }
        view.setImage(ScreenImage.wrap(image));
        view.setFitWidth(image.getWidth() / scale);
        view.setPreserveRatio(true);
    }
}
