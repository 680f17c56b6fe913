package org.borderwatch.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.model.Event;
import org.borderwatch.map.MapModel;
import org.borderwatch.ui.edit.AnnotationSession;
import org.borderwatch.ui.edit.AnnotationTools;
import org.borderwatch.ui.explore.ExploreState;
import org.borderwatch.ui.export.ExportDialog;
import org.borderwatch.ui.export.ExportFolder;
import org.borderwatch.ui.export.ExportJob;
import org.borderwatch.ui.export.ExportScene;
import org.borderwatch.ui.export.FramesExportDialog;
import org.borderwatch.ui.map.LoadedMap;
import org.borderwatch.ui.task.TaskRunner;

/**
 * Puts exporting and annotating into the main window: File → Export… (Ctrl+E) and Export frames…
 * (Ctrl+Shift+E), the annotation tool bar under the main one, and the annotations of the open store
 * on the map. What is exported is read from the window and the explore state when the dialog opens.
 */
public final class ExportUi {
    /** What the rest of the window knows about events; read on the FX thread when an export starts. */
    interface Events {
        /** Every event of the open store, or an empty list. */
        List<Event> storeEvents();

        EventFilter filter();

        /** How many events pass the filter now. */
        int shownCount();

        /** The selected event's id, or null. */
        String selectedId();

        /** The filter's choice by the Ground Safety Zone, or null for all. */
        default java.util.Set<org.borderwatch.analysis.GroundSafetyZone.Membership> inGsz() {
            return null;
        }
    }

    /** The events as the explore state has them: the store's, the filter, the count shown and the selection. */
    static Events eventsOf(ExploreState state) {
        return new Events() {
            @Override
            public List<Event> storeEvents() {
                return state.eventsProperty().get();
            }

            @Override
            public EventFilter filter() {
                return state.filterProperty().get();
            }

            @Override
            public int shownCount() {
                return state.shownProperty().get().size();
            }

            @Override
            public String selectedId() {
                return state.selectedIdProperty().get();
            }

            @Override
            public java.util.Set<org.borderwatch.analysis.GroundSafetyZone.Membership> inGsz() {
                return state.inGszProperty().get();
            }
        };
    }

    private static final System.Logger LOG = System.getLogger(ExportUi.class.getName());

    private final MainWindow window;
    private final TaskRunner tasks;
    private final Events events;
    private final ObservableValue<Path> storeFile;
    private final AnnotationSession annotations;
    private final AnnotationTools tools;
    private final Supplier<ExportJob> job;
    private ExportJob made;
    private ExportFolder folders;
    private Path proposedFolder;

    private ExportUi(MainWindow window, TaskRunner tasks, Events events, ObservableValue<Path> storeFile) {
        this.window = window;
        this.tasks = tasks;
        this.events = events;
        this.storeFile = storeFile;
        this.annotations = new AnnotationSession(tasks, this::showProblem);
        this.tools = new AnnotationTools(window.mapView(), window::loadedMap, annotations);
        this.job = () -> {
            if (made == null) made = new ExportJob(version(), Clock.systemUTC());
            return made;
        };
    }

    /**
     * Adds the export menu items and the annotation tools to {@code window}; call on the FX thread.
     *
     * @param storeFile the open store's file (its annotations are loaded beside it), null while none is open
     */
    static ExportUi attach(MainWindow window, TaskRunner tasks, Events events, ObservableValue<Path> storeFile) {
        ExportUi ui = new ExportUi(window, tasks, events, storeFile);
        ui.install();
        return ui;
    }

    /**
     * As {@link #attach(MainWindow, TaskRunner, Events, ObservableValue)}, with exports proposed in the user's folder
     * that {@code folders} finds (pictures, documents, or the last one used) instead of beside the store.
     */
    static ExportUi attach(
            MainWindow window, TaskRunner tasks, Events events, ObservableValue<Path> storeFile, ExportFolder folders) {
        ExportUi ui = attach(window, tasks, events, storeFile);
        ui.folders = folders;
        tasks.run(
                "Finding the export folder",
                p -> folders.proposed(),
                found -> ui.proposedFolder = found,
                e -> LOG.log(System.Logger.Level.WARNING, "cannot find a folder for exports", e));
        return ui;
    }

    public AnnotationSession annotations() {
        return annotations;
    }

    public AnnotationTools tools() {
        return tools;
    }

    /** Opens File → Export…; null while the map is still loading. */
    public ExportDialog openExport() {
        ExportScene scene = scene();
        if (scene == null) return null;
        ExportDialog d = new ExportDialog(window.stage(), scene, job.get(), tasks, outputFolder());
        d.setOnExported(this::exportedTo);
        d.show();
        return d;
    }

    /** Opens File → Export frames…; null while the map is still loading. */
    public FramesExportDialog openFrames() {
        ExportScene scene = scene();
        if (scene == null) return null;
        FramesExportDialog d = new FramesExportDialog(
                window.stage(), scene, job.get(), tasks, outputFolder().resolve("frames"));
        d.show();
        return d;
    }

    /** What the window shows now, or null before the map and the view exist. */
    ExportScene scene() {
        LoadedMap map = window.loadedMap();
        MapModel model = window.mapView().modelProperty().get();
        var viewport = window.mapView().currentViewport();
        if (map == null || model == null || viewport == null) return null;
        return new ExportScene(
                model,
                map,
                viewport.area(),
                map.region(),
                events.storeEvents(),
                events.filter(),
                events.shownCount(),
                events.selectedId(),
                annotations.annotationsProperty().get(),
                storeFile.getValue(),
                window.mapView().timeProperty().get(),
                window.mapView().regimeProperty().get(),
                org.borderwatch.ui.crossings.RegimeLoader.crossingsFile(),
                events.inGsz(),
                window.mapView().optionsProperty().get().allUncertainty(),
                window.mapView().optionsProperty().get().names());
    }

    private void install() {
        window.top().getChildren().add(tools.toolBar());
        Menu file = window.menuBar().getMenus().get(0);
        MenuItem export = file.getItems().stream()
                .filter(i -> "menu-export".equals(i.getId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the File menu has no Export item"));
        export.setDisable(false);
        export.setOnAction(e -> openExport());
        MenuItem frames = new MenuItem("Export frames…");
        frames.setId("menu-export-frames");
        frames.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        frames.setOnAction(e -> openFrames());
        file.getItems().add(file.getItems().indexOf(export) + 1, frames);
        javafx.scene.control.Button timelineFrames = new javafx.scene.control.Button("Export frames…");
        timelineFrames.setId("timeline-export-frames");
        timelineFrames.setTooltip(new javafx.scene.control.Tooltip(
                "Export the playback as numbered PNG frames and an animated GIF (Ctrl+Shift+E)"));
        timelineFrames.setOnAction(e -> openFrames());
        window.explorer().timeline().addControl(timelineFrames);
        storeFile.addListener((obs, old, now) -> {
            if (now != null) annotations.openBeside(now);
        });
        if (storeFile.getValue() != null) annotations.openBeside(storeFile.getValue());
    }

    private void exportedTo(Path folder) {
        if (folders == null || folder == null) return;
        proposedFolder = folder;
        tasks.run(
                "Remembering the export folder",
                p -> {
                    folders.remember(folder);
                    return folder;
                },
                done -> {},
                e -> LOG.log(System.Logger.Level.WARNING, "cannot remember the export folder", e));
    }

    /**
     * The user's folder for exports (see {@link ExportFolder}) once found; without one (tests), beside the open store,
     * or the working folder.
     */
    private Path outputFolder() {
        if (proposedFolder != null) return proposedFolder;
        Path store = storeFile.getValue();
        Path dir = store == null ? null : store.toAbsolutePath().getParent();
        return dir != null ? dir : Path.of("").toAbsolutePath();
    }

    private void showProblem(String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(window.stage());
        alert.setTitle("BorderWatch");
        alert.setHeaderText("Annotations");
        alert.setContentText(message);
        alert.getDialogPane().setId("annotation-problem");
        alert.show();
    }

    private static String version() {
        String v = ExportUi.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
