package org.borderwatch.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.user.AddedLayers;
import org.borderwatch.map.user.LayerSource;
import org.borderwatch.map.user.UserLayer;
import org.borderwatch.ui.settings.AddedLayersFile;
import org.borderwatch.ui.task.TaskRunner;

/**
 * Add layer… in the window: the File menu item, the Add/Style/Remove buttons below the layers list, shapefiles and
 * GeoPackages dropped onto the window, and {@code --layer PATH} from the command line. Files are opened on a
 * background task; added layers join the map model on top (group "Added layers"), where the layers panel shows,
 * hides and reorders them like any other; they are saved by source on closing and reopened at the next start, with a
 * notice naming each file that is gone or cannot be read and each record skipped.
 * <p>
 * A dropped .geojson stays what it was before, an event store to open; GeoJSON layers come in through the menu or
 * {@code --layer}.
 */
final class AddedLayersUi {
    private static final System.Logger LOG = System.getLogger(AddedLayersUi.class.getName());

    private final Stage stage;
    private final TaskRunner tasks;
    private final ObjectProperty<MapModel> model;
    private final AddedLayersFile file;
    private final AddedLayers opener =
            AddedLayers.ofFiles(org.borderwatch.map.LayerSources.forUser(), this::tileProblem);
    /** Repaints the map when tiles of an added MBTiles layer arrive; set once the window is known. */
    private Runnable repaint = () -> {};

    private final java.util.concurrent.atomic.AtomicBoolean repaintQueued =
            new java.util.concurrent.atomic.AtomicBoolean();
    /** Source and style of each added layer, by its name in the model. */
    private final Map<String, UserLayer> known = new LinkedHashMap<>();

    private final NoticeBar notice = new NoticeBar();
    private List<String> lastProblems = List.of();
    private int added;

    private AddedLayersUi(Stage stage, TaskRunner tasks, ObjectProperty<MapModel> model, AddedLayersFile file) {
        this.stage = stage;
        this.tasks = tasks;
        this.model = model;
        this.file = file;
    }

    /**
     * Adds the controls to {@code window} and, once its map is shown, reopens the remembered layers and then those of
     * {@code requested} (command-line {@code --layer} arguments).
     */
    static AddedLayersUi attach(
            MainWindow window, Stage stage, TaskRunner tasks, AddedLayersFile file, List<String> requested) {
        AddedLayersUi ui = new AddedLayersUi(stage, tasks, window.mapView().modelProperty(), file);
        ui.repaint = window.mapView()::refresh;
        ui.notice.setId("added-layers-notice");
        window.top().getChildren().add(ui.notice);
        MenuItem add = new MenuItem("Add layer…");
        add.setId("menu-add-layer");
        add.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        add.setOnAction(e -> ui.chooseFiles());
        window.menuBar().getMenus().get(0).getItems().add(1, add);
        window.layersPanel().getChildren().add(ui.buttons(window.layersPanel().selectedLayerProperty()));
        stage.getScene().addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (!droppedLayers(e).isEmpty()) e.acceptTransferModes(TransferMode.COPY);
        });
        stage.getScene().addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            List<Path> files = droppedLayers(e);
            if (files.isEmpty()) return;
            ui.add(files);
            e.setDropCompleted(true);
            e.consume();
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> ui.save());
        if (ui.model.get() != null) ui.reopen(requested);
        else
            ui.model.addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends MapModel> obs, MapModel old, MapModel now) {
                    if (now == null) return;
                    ui.model.removeListener(this);
                    ui.reopen(requested);
                }
            });
        return ui;
    }

    private HBox buttons(ObservableValue<Layer> selected) {
        Button add = new Button("Add…");
        add.setId("added-add");
        add.setTooltip(new Tooltip("Add a shapefile, GeoJSON, GeoPackage or MBTiles layer"));
        add.setOnAction(e -> chooseFiles());
        Button style = new Button("Style…");
        style.setId("added-style");
        style.setTooltip(new Tooltip("Fill, stroke and opacity of the selected added layer"));
        style.setOnAction(e -> restyle(selected.getValue()));
        Button remove = new Button("Remove");
        remove.setId("added-remove");
        remove.setTooltip(new Tooltip("Remove the selected added layer from the map"));
        remove.setOnAction(e -> remove(selected.getValue()));
        Runnable enable = () -> {
            boolean isAdded = selected.getValue() != null
                    && known.containsKey(selected.getValue().name());
            style.setDisable(!isAdded);
            remove.setDisable(!isAdded);
        };
        selected.addListener((obs, old, now) -> enable.run());
        enable.run();
        return new HBox(4, add, style, remove);
    }

    /** Shapefiles and GeoPackages among the files dragged; empty when there are none. */
    static List<Path> droppedLayers(DragEvent e) {
        if (!e.getDragboard().hasFiles()) return List.of();
        List<Path> out = new ArrayList<>();
        for (java.io.File f : e.getDragboard().getFiles()) {
            String name = f.getName().toLowerCase(Locale.ROOT);
            if (name.endsWith(".shp") || name.endsWith(".gpkg") || name.endsWith(".mbtiles")) out.add(f.toPath());
        }
        return out;
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Add layer");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "Shapefile, GeoJSON, GeoPackage, MBTiles",
                                "*.shp",
                                "*.geojson",
                                "*.json",
                                "*.gpkg",
                                "*.mbtiles"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        List<java.io.File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty())
            add(files.stream().map(java.io.File::toPath).toList());
    }

    /** Adds the layers of {@code files}; for a GeoPackage with several, asks which (or every one). */
    void add(List<Path> files) {
        tasks.run(
                "Reading " + files.size() + " file(s)",
                progress -> {
                    Map<Path, List<LayerSource>> found = new LinkedHashMap<>();
                    List<String> problems = new ArrayList<>();
                    for (Path f : files) {
                        try {
                            found.put(f, AddedLayers.sourcesIn(f));
                        } catch (IOException e) {
                            problems.add(e.getMessage());
                        }
                    }
                    return new Listing(found, problems);
                },
                listing -> {
                    List<LayerSource> chosen = new ArrayList<>();
                    for (Map.Entry<Path, List<LayerSource>> f : listing.found().entrySet())
                        chosen.addAll(choose(f.getKey(), f.getValue()));
                    openNew(chosen, listing.problems());
                },
                e -> show(List.of(e.getMessage())));
    }

    private record Listing(Map<Path, List<LayerSource>> found, List<String> problems) {}

    /** All of a file's layers, or the one the user picks when a GeoPackage holds several. */
    private List<LayerSource> choose(Path f, List<LayerSource> sources) {
        if (sources.size() <= 1) return sources;
        String every = "Every layer (" + sources.size() + ")";
        List<String> options = new ArrayList<>(List.of(every));
        for (LayerSource s : sources) options.add(s.table());
        ChoiceDialog<String> dialog = new ChoiceDialog<>(every, options);
        dialog.initOwner(stage);
        dialog.setTitle("Add layer");
        dialog.setHeaderText(f.getFileName() + " holds " + sources.size() + " vector layers");
        dialog.setContentText("Add");
        String pick = dialog.showAndWait().orElse(null);
        if (pick == null) return List.of();
        if (pick.equals(every)) return sources;
        return sources.stream().filter(s -> pick.equals(s.table())).toList();
    }

    private void openNew(List<LayerSource> sources, List<String> earlier) {
        int first = added;
        added += sources.size();
        tasks.run(
                "Opening " + sources.size() + " layer(s)",
                progress -> opener.openNew(sources, first),
                result -> {
                    List<String> problems = new ArrayList<>(earlier);
                    problems.addAll(result.problems());
                    join(result);
                    show(problems);
                },
                e -> show(List.of(e.getMessage())));
    }

    private void reopen(List<String> requested) {
        List<UserLayer> remembered = file.load();
        added = remembered.size();
        tasks.run(
                "Reopening added layers",
                progress -> {
                    AddedLayers.Result again = opener.open(remembered);
                    List<LayerSource> sources = new ArrayList<>();
                    List<String> problems = new ArrayList<>(again.problems());
                    for (String argument : requested) {
                        try {
                            sources.addAll(AddedLayers.sourcesOf(argument));
                        } catch (IOException e) {
                            problems.add("--layer " + argument + ": " + e.getMessage());
                        }
                    }
                    AddedLayers.Result fresh = opener.openNew(sources, remembered.size());
                    problems.addAll(fresh.problems());
                    List<UserLayer> all = new ArrayList<>(again.added());
                    all.addAll(fresh.added());
                    List<Layer> layers = new ArrayList<>(again.layers());
                    layers.addAll(fresh.layers());
                    return new AddedLayers.Result(all, layers, problems);
                },
                result -> {
                    join(result);
                    added = Math.max(added, known.size());
                    show(result.problems());
                },
                e -> show(List.of(e.getMessage())));
    }

    private void join(AddedLayers.Result result) {
        for (UserLayer u : result.added()) known.put(u.name(), u);
        for (Layer l : result.layers()) if (l.tiles() != null) l.tiles().addListener(this::tileArrived);
        if (model.get() != null && !result.layers().isEmpty())
            model.set(AddedLayers.onto(model.get(), result.layers()));
    }

    private void restyle(Layer layer) {
        if (layer == null || !known.containsKey(layer.name())) return;
        UserLayer u = known.get(layer.name());
        UserLayer now =
                u.withStyle(u.style().withOpacity(layer.info().opacity())).withVisible(layer.visible());
        LayerStyleDialog dialog = new LayerStyleDialog(layer.title(), now.style());
        dialog.initOwner(stage);
        dialog.showAndWait().ifPresent(style -> {
            UserLayer changed = now.withStyle(style);
            known.put(layer.name(), changed);
            model.set(AddedLayers.onto(model.get(), List.of(AddedLayers.restyled(layer, changed))));
        });
    }

    void remove(Layer layer) {
        if (layer == null || known.remove(layer.name()) == null) return;
        model.set(AddedLayers.without(model.get(), layer.name()));
    }

    private void tileArrived() {
        if (repaintQueued.compareAndSet(false, true))
            Platform.runLater(() -> {
                repaintQueued.set(false);
                repaint.run();
            });
    }

    /** A missing or corrupt tile of an added MBTiles file, told once per tile from the tile readers' threads. */
    private void tileProblem(String message) {
        Platform.runLater(() -> show(List.of(message)));
    }

    /** Tells of what went wrong in a notice above the map; Details lists every message. */
    private void show(List<String> problems) {
        if (problems.isEmpty()) return;
        lastProblems = List.copyOf(problems);
        for (String p : problems) LOG.log(System.Logger.Level.WARNING, p);
        String first = problems.get(0);
        notice.show(
                problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more)",
                "Details",
                this::details);
    }

    private void details() {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(stage);
        alert.setTitle("Added layers");
        alert.setHeaderText(lastProblems.size() + " problem(s) with added layers");
        TextArea text = new TextArea(String.join("\n", lastProblems));
        text.setEditable(false);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.show();
    }

    /** The message the notice shows, for tests. */
    String noticeText() {
        return notice.isVisible() ? notice.messageText() : null;
    }

    /** The added layers as the map has them now, bottom first. */
    List<UserLayer> current() {
        return model.get() == null ? List.of() : AddedLayers.inModel(model.get(), List.copyOf(known.values()));
    }

    private void save() {
        List<UserLayer> snapshot = current();
        // the window is closing: a small file, written off the FX thread as the settings are
        Thread saver = new Thread(
                () -> {
                    try {
                        file.save(snapshot);
                    } catch (IOException e) {
                        LOG.log(System.Logger.Level.WARNING, e.getMessage(), e);
                    }
                },
                "borderwatch-save-added-layers");
        saver.start();
    }
}
