package org.borderwatch.ui;

import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.postgis.PasswordSource;
import org.borderwatch.events.postgis.PostgisEventStore;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.osm.BaseMapFolder;
import org.borderwatch.render.Frame;
import org.borderwatch.render.MapPainter;
import org.borderwatch.ui.export.ExportFolder;
import org.borderwatch.ui.map.FramePainter;
import org.borderwatch.ui.map.MapSource;
import org.borderwatch.ui.map.RegionMapSource;
import org.borderwatch.ui.settings.AddedLayersFile;
import org.borderwatch.ui.settings.RecentStores;
import org.borderwatch.ui.settings.Settings;
import org.borderwatch.ui.settings.SettingsStore;
import org.borderwatch.ui.store.PasswordPrompt;
import org.borderwatch.ui.store.StoreSession;
import org.borderwatch.ui.store.StoreView;
import org.borderwatch.ui.task.ExecutorTaskRunner;
import org.borderwatch.ui.task.TaskRunner;

/**
 * The BorderWatch desktop application: the main window and everything in it. Settings are read in
 * {@link #init()} (off the FX thread) and written when the window closes, on a thread of their own.
 */
public final class BorderWatchApp extends Application {
    private static final System.Logger LOG = System.getLogger(BorderWatchApp.class.getName());

    private final SettingsStore settingsStore;
    private final MapSource maps;
    private final FramePainter painter;
    private ExecutorTaskRunner tasks;
    private Settings settings;
    private MainWindow window;
    private ExportUi exports;
    private AddedLayersUi addedLayers;
    private StoreUi store;

    /** The app as launched: settings in the user's config folder, maps from {@code borderwatch.maps} or ./maps. */
    public BorderWatchApp() {
        this(
                SettingsStore.atDefaultLocation(),
                RegionMapSource.at(mapsFolder())
                        .withExtracts(BaseMapFolder.ofUser(System::getenv, System::getProperty)),
                mapPainter());
    }

    BorderWatchApp(SettingsStore settingsStore, MapSource maps, FramePainter painter) {
        this.settingsStore = settingsStore;
        this.maps = maps;
        this.painter = painter;
    }

    /** Starts the JavaFX toolkit and opens the main window; returns when the window closes. */
    public static void launchWindow(String... args) {
        Application.launch(BorderWatchApp.class, args);
    }

    @Override
    public void init() {
        settings = settingsStore.load();
    }

    @Override
    public void start(Stage stage) {
        if (settings == null) init();
        tasks = new ExecutorTaskRunner(2);
        window = new MainWindow(stage, painter, tasks, settings);
        // on hiding, not on close request, so File > Quit saves too
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> saveSettings(window.currentSettings()));
        window.setBrowser(getHostServices()::showDocument);
        PasswordSource passwords = PasswordSource.standard(new PasswordPrompt(stage));
        StoreSession.Opener opener = location -> location instanceof StoreLocation.Database db
                ? PostgisEventStore.connect(db, passwords)
                : GeoJsonEventStore.open(location.asPath());
        store = StoreUi.attach(window, tasks, RecentStores.besides(settingsStore), opener, Platform::runLater);
        connect(store, window.explorer());
        showViews(store, window, tasks);
        StartupClock.watch(
                window.mapView().shownFrameProperty(), System.getProperty("borderwatch.startup"), stage::close);
        window.show(maps);
        // no parameters when a test starts the app on a stage of its own
        List<String> args =
                getParameters() == null ? List.of() : getParameters().getRaw();
        store.session().openInitial(requestedStore(withoutLayers(args)), defaultStore());
        addedLayers = AddedLayersUi.attach(window, stage, tasks, AddedLayersFile.besides(settingsStore), layers(args));
        exports = ExportUi.attach(
                window,
                tasks,
                ExportUi.eventsOf(window.explorer().state()),
                store.session().fileProperty(),
                ExportFolder.besides(settingsStore));
        store.undoAcross(List.of(exports.annotations()));
        TileUi.attach(
                window,
                settingsStore.file().resolveSibling("web-tiles.txt"),
                System.getProperty("borderwatch.tiles"),
                getHostServices()::showDocument);
    }

    @Override
    public void stop() {
        if (store != null) store.session().close();
        if (tasks != null) tasks.close();
    }

    /** Exporting and annotating in the window, for tests. */
    ExportUi exports() {
        return exports;
    }

    /** The window, for tests. */
    MainWindow window() {
        return window;
    }

    private void saveSettings(Settings snapshot) {
        // not a daemon: the JVM waits for the file to be written before it exits
        Thread saver = new Thread(
                () -> {
                    try {
                        settingsStore.save(snapshot);
                    } catch (IOException e) {
                        LOG.log(System.Logger.Level.WARNING, e.getMessage(), e);
                    }
                },
                "borderwatch-save-settings");
        saver.start();
    }

    /**
     * The open store feeds the explorer (map, table, timeline, legend), and one selection is shared by
     * the explorer and the editing actions, whose Edit and Delete buttons sit in the details panel.
     */
    private static void connect(StoreUi store, EventExplorer explorer) {
        explorer.state().eventsProperty().bind(store.session().eventsProperty());
        store.selectedIdProperty().bindBidirectional(explorer.state().selectedIdProperty());
        explorer.details().setActions(store.eventButtons());
    }

    /**
     * A database store is read per view: the map's view and the filter go to the database, which answers with the
     * events in view or, when too many, counts per cell that the map draws and the status bar explains.
     */
    private static void showViews(StoreUi store, MainWindow window, TaskRunner tasks) {
        StoreView views = StoreView.attach(
                store.session(),
                tasks,
                window.mapView().shownViewportProperty(),
                window.explorer().state().filterProperty(),
                window.mapView().countsProperty()::set,
                window.explorer().state().storeHistogramProperty()::set,
                window.explorer().state().moreInViewProperty()::set);
        javafx.scene.control.Label counted = new javafx.scene.control.Label();
        counted.setId("status-counted");
        counted.textProperty().bind(views.summaryProperty());
        window.statusBar().getChildren().add(3, counted);
    }

    /** The files of the {@code --layer PATH} pairs among the arguments, in order. */
    static List<String> layers(List<String> args) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < args.size(); i++) if (args.get(i).equals("--layer")) out.add(args.get(++i));
        return out;
    }

    /** The arguments without the {@code --layer PATH} pairs. */
    static List<String> withoutLayers(List<String> args) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--layer") && i + 1 < args.size()) i++;
            else out.add(args.get(i));
        }
        return out;
    }

    /** Added layers in the window, for tests. */
    AddedLayersUi addedLayers() {
        return addedLayers;
    }

    /** The store named on the command line (a .geojson the desktop opens with the app), or null. */
    static Path requestedStore(List<String> args) {
        return args.size() == 1 ? Path.of(args.get(0)).toAbsolutePath() : null;
    }

    /** The store opened when no recent one exists: {@code borderwatch.events} or ./data/events.geojson. */
    private static Path defaultStore() {
        String configured = System.getProperty("borderwatch.events");
        return Path.of(configured == null || configured.isBlank() ? "data/events.geojson" : configured)
                .toAbsolutePath();
    }

    /** The renderer's painter, which also reads and projects a model's layers ahead of the first frame. */
    private static FramePainter mapPainter() {
        MapPainter painter = new MapPainter();
        return new FramePainter() {
            @Override
            public void paint(Graphics2D g, Frame frame) {
                painter.paint(g, frame);
            }

            @Override
            public void prepare(MapModel model) throws IOException {
                painter.prepare(model);
            }
        };
    }

    /** The base map folder: {@code borderwatch.maps}, or ./maps. */
    static Path mapsFolder() {
        String configured = System.getProperty("borderwatch.maps");
        return Path.of(configured == null || configured.isBlank() ? "maps" : configured)
                .toAbsolutePath();
    }
}
