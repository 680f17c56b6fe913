package org.borderwatch.ui;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.borderwatch.events.LoadReport;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.postgis.EditConflictException;
import org.borderwatch.ui.edit.EditHistory;
import org.borderwatch.ui.edit.EventDraft;
import org.borderwatch.ui.edit.EventForm;
import org.borderwatch.ui.edit.Undo;
import org.borderwatch.ui.edit.UndoableHistory;
import org.borderwatch.ui.map.LoadedMap;
import org.borderwatch.ui.map.MapCamera;
import org.borderwatch.ui.map.MapView;
import org.borderwatch.ui.settings.RecentStores;
import org.borderwatch.ui.store.ConflictDialog;
import org.borderwatch.ui.store.ConnectDialog;
import org.borderwatch.ui.store.EventChange;
import org.borderwatch.ui.store.HistoryDialog;
import org.borderwatch.ui.store.LoadProblemsDialog;
import org.borderwatch.ui.store.StoreFeedback;
import org.borderwatch.ui.store.StoreSession;
import org.borderwatch.ui.task.TaskRunner;

/**
 * Puts the open store into the main window: File → Open store…, Open recent and Reload; the Edit menu
 * (undo, redo, new, edit, delete); "New event here" on the map's context menu; dropping a .geojson file
 * on the window; the window title; the dialogs and the notice bar through which the session speaks.
 * The selected event comes in through {@link #selectedIdProperty()}, which the explore panels share.
 */
final class StoreUi implements StoreFeedback {
    private static final String APP = "BorderWatch";

    private final MainWindow window;
    private final Stage stage;
    private final StoreSession session;
    private final EditHistory history;
    private final MenuItem undoItem = item("Undo", "menu-undo", "Shortcut+Z", null);
    private final MenuItem redoItem = item("Redo", "menu-redo", "Shortcut+Shift+Z", null);
    private Undo undo;
    private final NoticeBar notice = new NoticeBar();
    private final Menu recentMenu = new Menu("Open recent");
    private final ObjectProperty<String> selectedId = new SimpleObjectProperty<>(this, "selectedId");
    private final ContextMenu mapMenu = new ContextMenu();

    private StoreUi(
            MainWindow window, TaskRunner tasks, RecentStores recent, StoreSession.Opener opener, Executor fxThread) {
        this.window = window;
        this.stage = window.stage();
        this.session = new StoreSession(tasks, opener, recent, fxThread, this);
        this.history = new EditHistory(session);
    }

    /**
     * Adds the store's menus, context menu, drop target and notice bar to {@code window}; call on the FX
     * thread once the window is built.
     *
     * @param fxThread how background threads reach the FX thread ({@code Platform::runLater} in the app)
     */
    static StoreUi attach(
            MainWindow window, TaskRunner tasks, RecentStores recent, StoreSession.Opener opener, Executor fxThread) {
        StoreUi ui = new StoreUi(window, tasks, recent, opener, fxThread);
        ui.install();
        return ui;
    }

    StoreSession session() {
        return session;
    }

    EditHistory history() {
        return history;
    }

    /**
     * Makes Edit → Undo and Redo (Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y) take back the latest step of the event
     * edits or of {@code others} (the annotations), whichever came last.
     */
    void undoAcross(List<UndoableHistory> others) {
        List<UndoableHistory> all = new ArrayList<>(List.of(history));
        all.addAll(others);
        undo = new Undo(all);
        undoItem.setOnAction(e -> undo.undo());
        undoItem.textProperty().bind(undo.undoText());
        undoItem.disableProperty().bind(undo.canUndo().not());
        redoItem.setOnAction(e -> undo.redo());
        redoItem.textProperty().bind(undo.redoText());
        redoItem.disableProperty().bind(undo.canRedo().not());
    }

    /** The map's right-click menu. */
    ContextMenu mapMenu() {
        return mapMenu;
    }

    NoticeBar noticeBar() {
        return notice;
    }

    /** The id of the event the user selected (on the map, in the table), or null; Edit and Delete act on it. */
    ObjectProperty<String> selectedIdProperty() {
        return selectedId;
    }

    /**
     * Edit… and Delete… buttons for the selected event, for the details panel; they are disabled while
     * nothing is selected or a save runs.
     */
    HBox eventButtons() {
        Button edit = new Button("Edit…");
        edit.setId("details-edit");
        edit.setTooltip(new Tooltip("Edit this event (F2)"));
        edit.setOnAction(e -> editSelected());
        Button delete = new Button("Delete…");
        delete.setId("details-delete");
        delete.setTooltip(new Tooltip("Delete this event, after confirmation (Delete)"));
        delete.setOnAction(e -> deleteSelected());
        for (Button b : List.of(edit, delete))
            b.disableProperty()
                    .bind(selectedId
                            .isNull()
                            .or(session.busyProperty())
                            .or(session.storeProperty().isNull()));
        Button versions = new Button("History…");
        versions.setId("details-history");
        versions.setTooltip(
                new Tooltip("Every version of this event in the shared database, with who and when; restore one"));
        versions.setOnAction(e -> showHistory());
        versions.disableProperty()
                .bind(selectedId.isNull().or(session.busyProperty()).or(shared().not()));
        HBox bar = new HBox(6, edit, delete, versions);
        bar.setId("details-edit-buttons");
        return bar;
    }

    /** Asks for a store file and opens it in the background. */
    void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open event store");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("GeoJSON event stores", "*.geojson", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        Path current = session.fileProperty().get();
        if (current != null && current.getParent() != null)
            chooser.setInitialDirectory(current.getParent().toFile());
        File chosen = chooser.showOpenDialog(stage);
        if (chosen != null) session.open(chosen.toPath());
    }

    /** True while the open store is a shared database, which keeps every version of an event. */
    private javafx.beans.binding.BooleanBinding shared() {
        return javafx.beans.binding.Bindings.createBooleanBinding(
                () -> session.locationProperty().get() instanceof StoreLocation.Database, session.locationProperty());
    }

    /** Asks for a database's host, port, name and user, and connects in the background. */
    ConnectDialog connect() {
        StoreLocation last = session.locationProperty().get();
        if (!(last instanceof StoreLocation.Database))
            last = session.recentFiles().stream()
                    .filter(l -> l instanceof StoreLocation.Database)
                    .findFirst()
                    .orElse(null);
        ConnectDialog dialog = new ConnectDialog(stage, (StoreLocation.Database) last);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) session.open(dialog.getResult());
        });
        dialog.show();
        return dialog;
    }

    /** Shows the selected event's versions from the database; restoring one saves it as the newest. */
    void showHistory() {
        Optional<Event> selected = selectedEvent();
        if (selected.isEmpty()) return;
        session.history(
                selected.get().id(),
                versions -> new HistoryDialog(
                                stage, selected.get().title(), versions, v -> session.restore(v, () -> {}))
                        .show());
    }

    /** Opens the form for a new event at {@code lon}/{@code lat}; on Save the event is added and saved. */
    EventForm newEventAt(double lon, double lat) {
        if (!canEdit()) return null;
        EventForm form =
                new EventForm(stage, null, EventDraft.newAt(lon, lat, LocalDate.now()), this::isTaken, LocalDate.now());
        form.openSaving((event, saved, failed) -> history.perform(EventChange.add(event), saved, failed));
        return form;
    }

    /** Opens the form on the selected event; on Save the change is saved. */
    EventForm editSelected() {
        Optional<Event> selected = selectedEvent();
        if (selected.isEmpty() || !canEdit()) return null;
        Event before = selected.get();
        EventForm form = new EventForm(stage, before, EventDraft.of(before), this::isTaken, LocalDate.now());
        form.openSaving((after, saved, failed) -> {
            if (after.equals(before)) saved.run();
            else history.perform(EventChange.edit(before, after), saved, failed);
        });
        return form;
    }

    /** Asks whether to delete the selected event; on yes it is deleted and the file saved. */
    Alert deleteSelected() {
        Optional<Event> selected = selectedEvent();
        if (selected.isEmpty() || !canEdit()) return null;
        Event doomed = selected.get();
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "", delete, ButtonType.CANCEL);
        confirm.initOwner(stage);
        confirm.setTitle("Delete event");
        confirm.setHeaderText("Delete “" + doomed.title() + "” (" + doomed.date() + ")?");
        confirm.setContentText("It is removed from "
                + session.locationProperty().get().name() + " and the change is saved. Edit → Undo brings it back.");
        confirm.getDialogPane().setId("confirm-delete");
        // a slip of the Enter key must not delete: Cancel is the default
        ((Button) confirm.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        confirm.setOnHidden(e -> {
            if (confirm.getResult() == delete) {
                history.perform(EventChange.delete(doomed));
                if (doomed.id().equals(selectedId.get())) selectedId.set(null);
            }
        });
        confirm.show();
        return confirm;
    }

    @Override
    public void openFailed(Path file, String message, LoadReport report) {
        String headline = "Could not open " + file.getFileName() + ". "
                + (session.fileProperty().get() == null ? "No store is open." : "The store shown before stays open.");
        if (report != null && !report.problems().isEmpty()) {
            new LoadProblemsDialog(stage, headline, report).show();
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(APP);
        alert.setHeaderText(headline);
        alert.setContentText(message);
        alert.getDialogPane().setId("open-failed");
        alert.show();
    }

    @Override
    public void recordsSkipped(LoadReport report) {
        int n = report.problems().size();
        new LoadProblemsDialog(
                        stage,
                        "Opened " + report.file().getFileName() + " with " + report.loaded()
                                + (report.loaded() == 1 ? " event; " : " events; ") + n
                                + (n == 1 ? " problem was" : " problems were")
                                + " found, and the records concerned were skipped.",
                        report)
                .show();
    }

    @Override
    public void saveFailed(EventChange change, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(APP);
        alert.setHeaderText(change == null ? "Could not do that" : "Could not save: " + change.describe());
        alert.setContentText(
                message + (change == null ? "" : "\n\nThe change was taken back; the store is as it was before it."));
        alert.getDialogPane().setId("save-failed");
        alert.show();
    }

    @Override
    public void conflict(EventChange change, EditConflictException conflict, Runnable onSettled) {
        ConflictDialog dialog = new ConflictDialog(stage, conflict);
        dialog.setOnHidden(e -> {
            Optional<Event> resolved = dialog.getResult() == null ? Optional.empty() : dialog.getResult();
            if (resolved.isPresent()) session.resolve(conflict, resolved.get(), onSettled);
            else onSettled.run();
        });
        dialog.show();
    }

    @Override
    public void changedBy(String message) {
        window.statusBar().showNews(java.time.LocalTime.now().withNano(0) + "  " + message);
    }

    @Override
    public void connection(String message, boolean online) {
        window.statusBar().showConnection(message, online);
    }

    @Override
    public void changedOnDisk(Path file) {
        notice.show(
                file.getFileName() + " was changed by another program. Edits are refused until you reload it "
                        + "(reloading clears undo).",
                "Reload",
                session::reload);
    }

    private void install() {
        window.top().getChildren().add(notice);
        MainMenuBar menus = window.menuBar();
        Menu file = menus.getMenus().get(0);
        MenuItem open = file.getItems().stream()
                .filter(i -> "menu-open-store".equals(i.getId()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the File menu has no Open store item"));
        open.setDisable(false);
        open.setOnAction(e -> chooseAndOpen());
        MenuItem connect = item("Connect to database…", "menu-connect-database", "Shortcut+Shift+O", this::connect);
        file.getItems().add(file.getItems().indexOf(open) + 1, connect);
        recentMenu.setId("menu-open-recent");
        MenuItem reload = item("Reload store", "menu-reload-store", "F5", session::reload);
        reload.disableProperty().bind(session.locationProperty().isNull().or(session.busyProperty()));
        file.getItems().addAll(file.getItems().indexOf(connect) + 1, List.of(recentMenu, reload));
        session.recentFiles().addListener((ListChangeListener<StoreLocation>) c -> fillRecent());
        fillRecent();
        menus.getMenus().add(1, editMenu());

        mapMenu.getItems().add(item("New event here", "map-new-event", null, null));
        window.mapView().addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::mapContextMenu);

        Scene scene = stage.getScene();
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), () -> undo.redo());
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (droppedStore(e) != null) e.acceptTransferModes(TransferMode.COPY);
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Path dropped = droppedStore(e);
            if (dropped != null) session.open(dropped);
            e.setDropCompleted(dropped != null);
            e.consume();
        });
        session.locationProperty()
                .addListener((obs, old, now) -> stage.setTitle(now == null ? APP : now.name() + " — " + APP));
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, this::closeWhenIdle);
    }

    /** Closing the window while a change is being saved would cut the save short: wait for it, then close. */
    private void closeWhenIdle(WindowEvent e) {
        if (!session.busyProperty().get()) return;
        e.consume();
        notice.show(
                "Waiting for the store to finish opening or saving; the window closes then.",
                "Close now",
                stage::close);
        session.busyProperty().addListener(new javafx.beans.value.ChangeListener<Boolean>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean busy) {
                if (busy) return;
                obs.removeListener(this);
                stage.close();
            }
        });
    }

    private Menu editMenu() {
        undoAcross(List.of());
        MenuItem add = item("New event at map centre…", "menu-new-event", "Shortcut+N", this::newEventAtCentre);
        add.disableProperty().bind(session.storeProperty().isNull().or(session.busyProperty()));
        MenuItem edit = item("Edit selected event…", "menu-edit-event", "F2", this::editSelected);
        MenuItem delete = item("Delete selected event…", "menu-delete-event", "Delete", this::deleteSelected);
        for (MenuItem m : List.of(edit, delete))
            m.disableProperty()
                    .bind(selectedId
                            .isNull()
                            .or(session.busyProperty())
                            .or(session.storeProperty().isNull()));
        Menu menu = new Menu("Edit", null, undoItem, redoItem, new SeparatorMenuItem(), add, edit, delete);
        menu.setId("menu-edit");
        return menu;
    }

    private void mapContextMenu(ContextMenuEvent e) {
        LoadedMap map = window.loadedMap();
        MapCamera camera = window.mapView().cameraProperty().get();
        if (map == null || camera == null) return;
        MapView view = window.mapView();
        double x = e.isKeyboardTrigger() ? view.getWidth() / 2 : e.getX();
        double y = e.isKeyboardTrigger() ? view.getHeight() / 2 : e.getY();
        Point2D lonLat = map.lonLat(new Point2D(camera.worldX(x, view.getWidth()), camera.worldY(y, view.getHeight())));
        if (lonLat == null) return;
        MenuItem here = mapMenu.getItems().get(0);
        here.setText(String.format(Locale.ROOT, "New event here (%.4f, %.4f)…", lonLat.getX(), lonLat.getY()));
        here.setDisable(
                session.storeProperty().get() == null || session.busyProperty().get());
        here.setOnAction(a -> newEventAt(lonLat.getX(), lonLat.getY()));
        Point2D screen = view.localToScreen(x, y);
        mapMenu.show(view, screen.getX(), screen.getY());
        e.consume();
    }

    private void newEventAtCentre() {
        LoadedMap map = window.loadedMap();
        MapCamera camera = window.mapView().cameraProperty().get();
        Point2D lonLat =
                map == null || camera == null ? null : map.lonLat(new Point2D(camera.centreX(), camera.centreY()));
        // without a map yet, start at the centre of the region the app is made for
        if (lonLat == null) lonLat = new Point2D(20.9, 42.9);
        newEventAt(lonLat.getX(), lonLat.getY());
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        int n = 1;
        for (StoreLocation l : session.recentFiles()) {
            String where =
                    l instanceof StoreLocation.File f ? String.valueOf(f.path().getParent()) : l.text();
            MenuItem m =
                    item(n + "  " + l.name() + "  (" + where + ")", "menu-recent-" + n, null, () -> session.open(l));
            m.setMnemonicParsing(false);
            recentMenu.getItems().add(m);
            n++;
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private boolean canEdit() {
        return session.storeProperty().get() != null && !session.busyProperty().get();
    }

    private Optional<Event> selectedEvent() {
        String id = selectedId.get();
        if (id == null) return Optional.empty();
        return session.eventsProperty().get().stream()
                .filter(e -> e.id().equals(id))
                .findFirst();
    }

    private boolean isTaken(String id) {
        for (Event e : session.eventsProperty().get()) if (e.id().equals(id)) return true;
        return false;
    }

    /** The one .geojson or .json file being dragged, or null. */
    static Path droppedStore(DragEvent e) {
        if (!e.getDragboard().hasFiles() || e.getDragboard().getFiles().size() != 1) return null;
        Path p = e.getDragboard().getFiles().get(0).toPath();
        return isStoreName(p) ? p : null;
    }

    static boolean isStoreName(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".geojson") || name.endsWith(".json");
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        if (action != null) item.setOnAction(e -> action.run());
        return item;
    }
}
