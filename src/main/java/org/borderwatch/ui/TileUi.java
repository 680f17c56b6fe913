package org.borderwatch.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.TileLayers;
import org.borderwatch.tiles.TilePreset;
import org.borderwatch.tiles.TileSource;
import org.borderwatch.tiles.WebTiles;
import org.borderwatch.ui.map.MapView;

/**
 * The web tile base map in the window: View → Web tiles chooses none, a preset or the user's own template, and shows
 * the chosen service's credit and usage terms; the choice is remembered ({@code web-tiles.txt} beside the settings)
 * unless {@code --tiles} gave one for this run. Tiles arriving in the background repaint the map, at most one
 * repaint queued at a time; a tile that cannot be fetched is named once in the status bar.
 */
final class TileUi {

    private static final System.Logger LOG = System.getLogger(TileUi.class.getName());

    private final MapView mapView;
    private final Path choiceFile;
    private final Label status = new Label();
    private final AtomicBoolean repaintQueued = new AtomicBoolean();
    private final Consumer<String> browser;
    private final ToggleGroup group = new ToggleGroup();
    private String choice;
    private Layer layer;

    private TileUi(MapView mapView, Path choiceFile, Consumer<String> browser) {
        this.mapView = mapView;
        this.choiceFile = choiceFile;
        this.browser = browser;
    }

    /**
     * @param choiceFile where the choice is kept
     * @param given      the choice of {@code --tiles} for this run, or null for the remembered one
     */
    static TileUi attach(MainWindow window, Path choiceFile, String given, Consumer<String> browser) {
        TileUi ui = new TileUi(window.mapView(), choiceFile, browser);
        window.statusBar().getChildren().add(ui.status);
        ui.status.setId("status-tiles");
        // by its name: the Edit menu is put before View once a store is open
        window.menuBar().getMenus().stream()
                .filter(m -> m.getText().equals("View"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the menu bar has no View menu"))
                .getItems()
                .add(ui.menu());
        ui.mapView.modelProperty().addListener((obs, old, now) -> ui.keepLayerIn(now));
        ui.choose(given != null ? given : ui.remembered(), false);
        return ui;
    }

    private Menu menu() {
        Menu menu = new Menu("Web tiles");
        menu.setId("menu-tiles");
        RadioMenuItem none = radio("None", "menu-tiles-none", null);
        menu.getItems().add(none);
        for (TilePreset p : TilePreset.all()) menu.getItems().add(radio(p.title(), "menu-tiles-" + p.id(), p.id()));
        RadioMenuItem custom = new RadioMenuItem("Own server…");
        custom.setId("menu-tiles-custom");
        custom.setToggleGroup(group);
        custom.setOnAction(e -> askTemplate());
        MenuItem terms = new MenuItem("Credit and usage terms…");
        terms.setId("menu-tiles-terms");
        terms.setOnAction(e -> showTerms());
        menu.getItems().addAll(custom, new SeparatorMenuItem(), terms);
        return menu;
    }

    private RadioMenuItem radio(String text, String id, String value) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setId(id);
        item.setToggleGroup(group);
        item.setUserData(value);
        item.setOnAction(e -> choose(value, true));
        return item;
    }

    private void askTemplate() {
        TextInputDialog dialog = new TextInputDialog(
                choice != null && !TilePreset.parse(choice).id().equals("custom") ? "" : choice);
        dialog.setTitle("Web tiles from your server");
        dialog.setHeaderText("A URL template with {z}/{x}/{y} (optionally {s}), or WMTS's"
                + " {TileMatrix}/{TileRow}/{TileCol}, of Web Mercator tiles");
        dialog.getEditor().setPrefColumnCount(48);
        Optional<String> given = dialog.showAndWait();
        if (given.isEmpty() || given.get().isBlank()) {
            selectToggle();
            return;
        }
        try {
            TilePreset.parse(given.get());
            choose(given.get().strip(), true);
        } catch (IllegalArgumentException e) {
            new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.OK).showAndWait();
            selectToggle();
        }
    }

    private void showTerms() {
        VBox box = new VBox(8);
        if (choice == null) box.getChildren().add(new Label("No web tiles are shown."));
        else {
            TilePreset p = TilePreset.parse(choice);
            box.getChildren()
                    .addAll(
                            new Label(p.title() + " — " + p.template().template()),
                            new Label("Credit shown under the map: " + p.attribution()),
                            new Label(
                                    "Tiles are fetched only for what you look at, cached as the server says, and sent with"
                                            + " the User-Agent \"" + WebTiles.userAgent() + "\"."));
            if (!p.terms().isEmpty()) {
                Hyperlink link = new Hyperlink("Usage terms: " + p.terms());
                link.setOnAction(e -> browser.accept(p.terms()));
                box.getChildren().add(link);
            }
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.setTitle("Web tiles");
        alert.setHeaderText("Credit and usage terms");
        alert.getDialogPane().setContent(box);
        alert.showAndWait();
    }

    /** Shows {@code value}'s tiles (null: none) and, when {@code remember}, keeps the choice for the next start. */
    private void choose(String value, boolean remember) {
        Layer old = layer;
        choice = value;
        status.setText("");
        try {
            layer = value == null ? null : TileLayers.web(value, WebTiles.defaultCacheRoot(), this::problem);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "web tiles: " + e.getMessage());
            status.setText("Web tiles: " + e.getMessage());
            choice = null;
            layer = null;
        }
        if (layer != null) layer.tiles().addListener(this::tileArrived);
        selectToggle();
        MapModel model = mapView.modelProperty().get();
        if (model != null) mapView.modelProperty().set(withChoice(model));
        if (old != null) close(old.tiles());
        if (remember) remember(choice);
    }

    private void selectToggle() {
        group.getToggles().stream()
                .filter(t -> java.util.Objects.equals(t.getUserData(), choice)
                        || choice != null
                                && t.getUserData() == null
                                && "menu-tiles-custom".equals(((RadioMenuItem) t).getId())
                                && TilePreset.parse(choice).id().equals("custom"))
                .findFirst()
                .ifPresent(group::selectToggle);
    }

    /** A new model (the map loaded, a layer changed) keeps the chosen tiles, or loses ones no longer chosen. */
    private void keepLayerIn(MapModel model) {
        if (model == null) return;
        boolean has = model.layers().stream().anyMatch(l -> l.name().equals(TileLayers.WEB_LAYER));
        boolean current = layer != null && model.layers().stream().anyMatch(l -> l.tiles() == layer.tiles());
        if (layer == null ? has : !current) mapView.modelProperty().set(withChoice(model));
    }

    private MapModel withChoice(MapModel model) {
        if (layer != null) {
            // keep the user's visibility and opacity of the tile layer across a change of service
            Layer shown = model.layers().stream()
                    .filter(l -> l.name().equals(TileLayers.WEB_LAYER))
                    .findFirst()
                    .map(l ->
                            layer.withVisible(l.visible()).withOpacity(l.info().opacity()))
                    .orElse(layer);
            return TileLayers.asBase(model, shown);
        }
        java.util.List<Layer> kept = model.layers().stream()
                .filter(l -> !l.name().equals(TileLayers.WEB_LAYER))
                .toList();
        return new MapModel(kept, model.displayCrs(), model.attribution(), model.background(), model.problems());
    }

    private void tileArrived() {
        if (repaintQueued.compareAndSet(false, true))
            Platform.runLater(() -> {
                repaintQueued.set(false);
                mapView.refresh();
            });
    }

    private void problem(String message) {
        Platform.runLater(() -> status.setText("Tiles: " + message));
    }

    private String remembered() {
        try {
            if (!Files.isRegularFile(choiceFile)) return null;
            String s = Files.readString(choiceFile, StandardCharsets.UTF_8).strip();
            return s.isEmpty() ? null : s;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, choiceFile + ": cannot be read: " + e.getMessage());
            return null;
        }
    }

    private void remember(String value) {
        try {
            Files.createDirectories(choiceFile.getParent());
            Path tmp = Files.createTempFile(choiceFile.getParent(), "web-tiles", ".part");
            Files.writeString(tmp, value == null ? "" : value + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(tmp, choiceFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, choiceFile, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, choiceFile + ": the web tiles choice is not kept: " + e.getMessage());
        }
    }

    private static void close(TileSource tiles) {
        try {
            tiles.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "web tiles: " + e.getMessage());
        }
    }
}
