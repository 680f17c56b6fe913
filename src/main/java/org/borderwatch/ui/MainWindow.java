package org.borderwatch.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.borderwatch.crossings.Crossing;
import org.borderwatch.events.EventFilter;
import org.borderwatch.gazetteer.GazetteerPlace;
import org.borderwatch.gazetteer.NameStyle;
import org.borderwatch.gazetteer.PlaceNames;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;
import org.borderwatch.map.osm.BaseMapFolder;
import org.borderwatch.places.KnownPlaces;
import org.borderwatch.render.Frame;
import org.borderwatch.render.FrameOptions;
import org.borderwatch.render.MapTime;
import org.borderwatch.ui.basemap.DetailedDataDialog;
import org.borderwatch.ui.compare.CompareWindow;
import org.borderwatch.ui.crossings.CrossingHistoryView;
import org.borderwatch.ui.crossings.CrossingPicker;
import org.borderwatch.ui.crossings.CrossingsPanel;
import org.borderwatch.ui.crossings.RegimeLoader;
import org.borderwatch.ui.map.FramePainter;
import org.borderwatch.ui.map.LayersPanel;
import org.borderwatch.ui.map.LegendPanel;
import org.borderwatch.ui.map.LoadedMap;
import org.borderwatch.ui.map.MapCamera;
import org.borderwatch.ui.map.MapSource;
import org.borderwatch.ui.map.MapView;
import org.borderwatch.ui.search.PlaceFraming;
import org.borderwatch.ui.search.PlaceMark;
import org.borderwatch.ui.search.PlaceSearchBox;
import org.borderwatch.ui.settings.CoordinateFormat;
import org.borderwatch.ui.settings.Settings;
import org.borderwatch.ui.task.TaskRunner;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.NoninvertibleTransformException;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.referencing.CRS;

/**
 * The main window: menus and toolbar on top, the layers/legend panel at the left, the map filling the
 * rest, the status bar below. It wires these parts together and applies and collects the settings
 * kept between launches; the parts themselves know nothing of each other.
 */
public final class MainWindow {
    private static final System.Logger LOG = System.getLogger(MainWindow.class.getName());
    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    private final Stage stage;
    private final TaskRunner tasks;
    private final FramePainter painter;
    private final MapView mapView;
    private final StatusBar statusBar;
    private final EventExplorer explorer;
    private Consumer<String> browser = url -> LOG.log(System.Logger.Level.WARNING, "no browser to open " + url);
    private final SplitPane split = new SplitPane();
    private final VBox sidePanel;
    private final MainMenuBar menus;
    private final LayersPanel layersPanel;
    private final VBox top;
    private final BooleanProperty sidePanelShown = new SimpleBooleanProperty(true);
    private final BooleanProperty graticule = new SimpleBooleanProperty(false);
    /** View > Every event's uncertainty: circles also for events inside a cluster. */
    private final BooleanProperty allUncertainty = new SimpleBooleanProperty(false);

    private final ObjectProperty<CoordinateFormat> coordinateFormat =
            new SimpleObjectProperty<>(CoordinateFormat.DECIMAL);
    /**
     * How place names are written on the map, in the table, the details, search results and the found-place mark:
     * -Dborderwatch.names (the window's --names) first, else the saved setting, else Serbian Latin.
     */
    private final ObjectProperty<NameStyle> names = new SimpleObjectProperty<>(this, "names", NameStyle.SR_LATN);

    private final PlaceSearchBox placeSearch = new PlaceSearchBox(names, this::showPlace);
    private final PlaceMark placeMark;
    private final Settings initial;
    private double dividerPosition;
    private LoadedMap loaded;
    private MapSource mapSource;

    MainWindow(Stage stage, FramePainter painter, TaskRunner tasks, Settings settings) {
        this.stage = stage;
        this.tasks = tasks;
        this.painter = painter;
        this.initial = settings;
        this.mapView = new MapView(painter);
        mapView.setId("map-view");
        placeMark = new PlaceMark(mapView, names);
        this.statusBar = new StatusBar(tasks);

        layersPanel = new LayersPanel(mapView.modelProperty());
        TitledPane layers = new TitledPane("Layers", layersPanel);
        layers.setId("layers-pane");
        explorer = new EventExplorer(mapView, tasks, url -> browser.accept(url), coordinateFormat);
        LegendPanel legendPanel =
                new LegendPanel(mapView.modelProperty(), explorer.state().shownProperty());
        ScrollPane legendScroll = new ScrollPane(legendPanel);
        legendScroll.setFitToWidth(true);
        TitledPane legend = new TitledPane("Legend", legendScroll);
        legend.setId("legend-pane");
        VBox.setVgrow(legend, Priority.ALWAYS);
        TitledPane filters = new TitledPane("Filters", explorer.filterPanel());
        filters.setId("filters-pane");
        // the layers list keeps its rows; the filters and the legend share what is left
        layers.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(filters, Priority.ALWAYS);
        Label counts = new Label();
        counts.setId("status-counts");
        counts.textProperty().bind(explorer.countsProperty());
        statusBar.getChildren().add(2, counts);
        CrossingsPanel crossingsPanel =
                new CrossingsPanel(mapView.regimeProperty(), mapView.timeProperty(), this::showHistory, this::showDay);
        // the switches go with the layers; the crossings' table goes in a tab beside the events table, which has room
        TitledPane crossings = new TitledPane("Crossings and GSZ", crossingsPanel.switches());
        crossings.setId("crossings-pane");
        crossings.setExpanded(true);
        explorer.addBesideTable("tab-crossings", "Crossings", crossingsPanel);
        sidePanel = new VBox(layers, crossings, filters, legend);
        sidePanel.setId("side-panel");
        sidePanel.setMinWidth(0);
        split.getItems().setAll(sidePanel, explorer.workArea());
        SplitPane.setResizableWithParent(sidePanel, false);
        dividerPosition = settings.dividerPosition();
        split.setDividerPositions(dividerPosition);

        menus = new MainMenuBar(
                new MainMenuBar.Actions(null, null, stage::close, mapView::showWholeRegion, this::showAbout),
                graticule,
                sidePanelShown,
                coordinateFormat);
        BorderPane root = new BorderPane(split);
        menus.addNamesMenu(names);
        menus.addUncertaintyItem(allUncertainty);
        menus.addDetailedDataItem(() -> new DetailedDataDialog(
                        stage, BaseMapFolder.ofUser(System::getenv, System::getProperty), tasks, this::reloadMap)
                .show());
        top = new VBox(menus, toolBar());
        root.setTop(top);
        root.setBottom(statusBar);

        coordinateFormat.set(settings.coordinateFormat());
        graticule.addListener((obs, old, shown) -> updateOptions());
        allUncertainty.addListener((obs, old, every) -> updateOptions());
        NamesSetting.bind(names, placeSearch.gazetteerProperty(), settings.names(), placeNames -> {
            updateOptions();
            explorer.namesChanged(placeNames);
        });
        graticule.set(settings.graticule());
        allUncertainty.set(settings.allUncertainty());
        sidePanelShown.set(settings.sidePanelShown());
        sidePanelShown.addListener((obs, old, shown) -> showSidePanel(shown));
        showSidePanel(settings.sidePanelShown());
        mapView.pointerProperty().addListener((obs, old, now) -> updatePosition());
        coordinateFormat.addListener((obs, old, now) -> updatePosition());
        mapView.cameraProperty().addListener((obs, old, now) -> updateScale());
        // the map's time is the date filter's window: playback moves it, and crossings and the GSZ follow
        explorer.state()
                .filterProperty()
                .addListener((obs, old, f) -> mapView.timeProperty().set(mapTime()));
        explorer.state()
                .eventsProperty()
                .addListener((obs, old, now) -> mapView.timeProperty().set(mapTime()));
        mapView.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isStillSincePress() && e.getClickCount() == 1)
                CrossingPicker.at(mapView.regimeProperty().get(), mapView.currentViewport(), e.getX(), e.getY())
                        .ifPresent(this::showHistory);
        });

        stage.setTitle("BorderWatch");
        // the scene starts at the saved size: the side panel keeps its width in pixels when the window grows, so a
        // first layout at the default size would turn the saved divider fraction into a narrower (or wider) panel
        Settings.WindowPlacement placement = settings.window();
        boolean placed = placement != null && placement.width() >= 200 && placement.height() >= 150;
        Scene scene = new Scene(
                root, placed ? placement.width() : DEFAULT_WIDTH, placed ? placement.height() : DEFAULT_HEIGHT);
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+F"), () -> {
            placeSearch.requestFocus();
            placeSearch.selectAll();
        });
        stage.setScene(scene);
        placeWindow(placement);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            mapView.dispose();
            legendPanel.dispose();
        });
    }

    /**
     * Shows the window and starts loading the base map in the background; the gazetteer, the crossings and the
     * Ground Safety Zone, which the first frame does not need, load once it is on screen, so on a two-core machine
     * they do not compete with the first frame (docs/benchmarks.md, "Time to first window").
     */
    void show(MapSource maps) {
        mapSource = maps;
        stage.show();
        // once more at the window's real size (a window manager may have changed it): the fraction that was saved
        if (split.getItems().contains(sidePanel)) split.setDividerPositions(dividerPosition);
        tasks.run(
                "Loading maps",
                progress -> {
                    LoadedMap map = maps.load(progress);
                    progress.update("Projecting the map", -1);
                    painter.prepare(map.model());
                    return map;
                },
                map -> {
                    showMap(map);
                    afterFirstFrame(() -> {
                        loadGazetteer();
                        loadRegime(map);
                    });
                },
                e -> {
                    showError("The map could not be loaded", e);
                    loadGazetteer();
                });
    }

    /** Loads the base map again (after the detailed data was fetched), keeping the view. */
    private void reloadMap() {
        if (mapSource == null) return;
        tasks.run(
                "Loading maps",
                progress -> {
                    LoadedMap map = mapSource.load(progress);
                    painter.prepare(map.model());
                    return map;
                },
                this::showMap,
                e -> showError("The map could not be loaded", e));
    }

    /** Runs {@code work} on the FX thread once a map frame is on screen (at once if one already is). */
    private void afterFirstFrame(Runnable work) {
        if (mapView.shownFrameProperty().get() != null) {
            work.run();
            return;
        }
        mapView.shownFrameProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Frame> o, Frame old, Frame now) {
                if (now == null) return;
                o.removeListener(this);
                work.run();
            }
        });
    }

    private void loadGazetteer() {
        Path gazetteerFile = Path.of(System.getProperty("borderwatch.gazetteer", "data/gazetteer.geojson"));
        // every place of the curated file, the crossings and the base map's named layers: read on the first
        // search, not at start-up
        placeSearch.loadOnFirstUse(() -> tasks.run(
                "Reading the gazetteer",
                progress -> KnownPlaces.load(gazetteerFile, BorderWatchApp.mapsFolder(), RegimeLoader.crossingsFile()),
                g -> {
                    for (String problem : g.problems()) LOG.log(System.Logger.Level.WARNING, problem);
                    placeSearch.gazetteerProperty().set(g);
                },
                e -> LOG.log(
                        System.Logger.Level.WARNING,
                        gazetteerFile + ": the gazetteer cannot be read, place search is off",
                        e)));
    }

    private void loadRegime(LoadedMap map) {
        tasks.run(
                "Loading crossings and the Ground Safety Zone",
                progress -> RegimeLoader.load(map.model(), RegimeLoader.crossingsFile()),
                regime -> {
                    mapView.regimeProperty().set(regime);
                    if (regime.gsz() != null) explorer.gszLoaded(regime.gsz());
                },
                e -> showError("The crossings could not be loaded", e));
    }

    /**
     * The map's time: the date filter's window, whose end is the day crossings and the GSZ are drawn for; with no
     * end set, the timeline stands at its end, the store's last day.
     */
    private MapTime mapTime() {
        EventFilter f = explorer.state().filterProperty().get();
        return MapTime.endingByDefaultAtLastOf(
                f.from(), f.to(), explorer.state().eventsProperty().get());
    }

    /** Opens two synced maps: the timeline's day a month earlier, and the timeline's day. */
    private void openCompare() {
        MapModel model = mapView.modelProperty().get();
        if (model == null || mapView.cameraProperty().get() == null) return;
        LocalDate day = mapTime().day() == null ? LocalDate.now() : mapTime().day();
        new CompareWindow(
                        stage,
                        model,
                        mapView.regionProperty().get(),
                        mapView.cameraProperty().get(),
                        explorer.state().eventsProperty().get(),
                        explorer.state().filterProperty().get(),
                        mapView.regimeProperty().get(),
                        day.minusMonths(1),
                        day)
                .show();
    }

    /** Moves the timeline's end to {@code day}, keeping its start unless that lies after the day. */
    private void showDay(LocalDate day) {
        EventFilter f = explorer.state().filterProperty().get();
        explorer.state()
                .filterProperty()
                .set(f.withDates(f.from() != null && f.from().isAfter(day) ? null : f.from(), day));
    }

    /** Opens the crossing's history: its status strip over time and every change with its sources. */
    private void showHistory(Crossing crossing) {
        Stage window = new Stage();
        window.initOwner(stage);
        window.setTitle(
                crossing.names().serbianLatin() + " / " + crossing.names().albanian() + ": history");
        window.setScene(new Scene(
                new CrossingHistoryView(crossing, mapView.timeProperty().get().day(), url -> browser.accept(url)),
                600,
                520));
        window.show();
    }

    /** The table, filters, timeline and details, and their state. */
    public EventExplorer explorer() {
        return explorer;
    }

    /** Where source links open: the system browser in the app ({@code HostServices::showDocument}). */
    void setBrowser(Consumer<String> opener) {
        browser = opener;
    }

    Stage stage() {
        return stage;
    }

    MainMenuBar menuBar() {
        return menus;
    }

    /** The menus and toolbar above the map; others add their bars below them. */
    VBox top() {
        return top;
    }

    /** The layers list, which added layers' controls go below. */
    LayersPanel layersPanel() {
        return layersPanel;
    }

    MapView mapView() {
        return mapView;
    }

    StatusBar statusBar() {
        return statusBar;
    }

    /** The map on screen with its extent and lon/lat transform, or null while loading. */
    public LoadedMap loadedMap() {
        return loaded;
    }

    /** The settings that reproduce the window as it is now. */
    Settings currentSettings() {
        if (sidePanelShown.get() && split.getDividerPositions().length > 0)
            dividerPosition = split.getDividerPositions()[0];
        Settings.WindowPlacement window = new Settings.WindowPlacement(
                stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
        List<String> order = initial.layerOrder();
        Set<String> hidden = initial.hiddenLayers();
        Map<String, Double> opacity = initial.layerOpacity();
        Settings.SavedView view = initial.lastView();
        MapModel model = mapView.modelProperty().get();
        MapCamera camera = mapView.cameraProperty().get();
        if (model != null) {
            order = new ArrayList<>();
            hidden = new HashSet<>();
            opacity = new HashMap<>();
            for (Layer l : model.layers()) {
                order.add(l.name());
                if (!l.visible()) hidden.add(l.name());
                if (l.info().opacity() != 1) opacity.put(l.name(), l.info().opacity());
            }
        }
        if (camera != null)
            view = new Settings.SavedView(
                    CRS.toSRS(camera.crs()), camera.centreX(), camera.centreY(), camera.unitsPerPixel());
        return new Settings(
                window,
                dividerPosition,
                sidePanelShown.get(),
                order,
                hidden,
                coordinateFormat.get(),
                graticule.get(),
                view,
                opacity,
                allUncertainty.get(),
                names.get().tag());
    }

    /** The screen's furniture and markers as the View menu says. */
    private void updateOptions() {
        mapView.optionsProperty()
                .set(FrameOptions.STANDARD
                        .withGraticule(graticule.get())
                        .withAllUncertainty(allUncertainty.get())
                        .withNames(new PlaceNames(
                                names.get(), placeSearch.gazetteerProperty().get())));
    }

    private ToolBar toolBar() {
        Button whole = new Button("Whole region");
        whole.setId("whole-region");
        whole.setTooltip(new Tooltip("Show the whole region (Ctrl+0)"));
        whole.setOnAction(e -> mapView.showWholeRegion());
        Button zoomIn = new Button("+");
        zoomIn.setId("zoom-in");
        zoomIn.setTooltip(new Tooltip("Zoom in (+)"));
        zoomIn.setOnAction(e -> mapView.zoomAtCentre(2));
        Button zoomOut = new Button("−");
        zoomOut.setId("zoom-out");
        zoomOut.setTooltip(new Tooltip("Zoom out (−)"));
        zoomOut.setOnAction(e -> mapView.zoomAtCentre(0.5));
        ToggleButton side = new ToggleButton("Layers");
        side.setId("toggle-side-panel");
        side.setTooltip(new Tooltip("Show or hide the side panel (F9)"));
        side.selectedProperty().bindBidirectional(sidePanelShown);
        Button compare = new Button("Compare dates");
        compare.setId("tool-compare");
        compare.setTooltip(new Tooltip("Two maps side by side, a month apart by default, with one camera"));
        compare.setOnAction(e -> openCompare());
        ToolBar bar = new ToolBar(side, whole, zoomIn, zoomOut, compare, new Separator(), placeSearch);
        bar.setId("tool-bar");
        return bar;
    }

    /** The place search box of the toolbar. */
    PlaceSearchBox placeSearch() {
        return placeSearch;
    }

    /** The mark of the last place found. */
    PlaceMark placeMark() {
        return placeMark;
    }

    /** The name style of search results and marks. */
    ObjectProperty<NameStyle> names() {
        return names;
    }

    /** Shows a found place as {@link PlaceFraming} frames it, and marks it. */
    void showPlace(GazetteerPlace place) {
        LoadedMap map = loaded;
        if (map == null) return;
        MathTransform toDisplay;
        try {
            toDisplay = map.toLonLat().inverse();
        } catch (NoninvertibleTransformException e) {
            LOG.log(System.Logger.Level.WARNING, "the display CRS has no transform from lon/lat", e);
            return;
        }
        try {
            mapView.cameraProperty()
                    .set(PlaceFraming.of(
                            place,
                            map.model().displayCrs(),
                            toDisplay,
                            mapView.cameraProperty().get(),
                            mapView.getWidth(),
                            mapView.getHeight()));
        } catch (TransformException e) {
            LOG.log(System.Logger.Level.WARNING, place.id() + " cannot be shown in the display CRS", e);
            return;
        }
        placeMark.mark(place, at -> {
            double[] p = {at.lon(), at.lat()};
            MapCamera now = mapView.cameraProperty().get();
            try {
                toDisplay.transform(p, 0, p, 0, 1);
            } catch (TransformException e) {
                return null;
            }
            return now == null
                    ? null
                    : new Point2D(now.pixelX(p[0], mapView.getWidth()), now.pixelY(p[1], mapView.getHeight()));
        });
    }

    private void showSidePanel(boolean shown) {
        boolean present = split.getItems().contains(sidePanel);
        if (shown && !present) {
            split.getItems().add(0, sidePanel);
            split.setDividerPositions(dividerPosition);
        } else if (!shown && present) {
            dividerPosition = split.getDividerPositions()[0];
            split.getItems().remove(sidePanel);
        }
    }

    private void showMap(LoadedMap map) {
        loaded = map;
        MapModel model = withSavedLayers(map.model(), initial);
        Settings.SavedView view = initial.lastView();
        if (view != null
                && view.crs() != null
                && view.crs().equals(CRS.toSRS(model.displayCrs()))
                && view.unitsPerPixel() > 0
                && Double.isFinite(view.centreX())
                && Double.isFinite(view.centreY()))
            mapView.cameraProperty()
                    .set(new MapCamera(model.displayCrs(), view.centreX(), view.centreY(), view.unitsPerPixel()));
        mapView.regionProperty().set(map.region());
        mapView.modelProperty().set(model);
        explorer.mapLoaded(map);
        updateScale();
    }

    /** The model with the layer order and visibility the user chose last time, for layers it knew then. */
    static MapModel withSavedLayers(MapModel model, Settings settings) {
        if (settings.layerOrder().isEmpty()) return model;
        MapModel result = model.withOrder(settings.layerOrder());
        for (Layer l : model.layers())
            if (settings.layerOrder().contains(l.name())) {
                result = result.withVisible(l.name(), !settings.hiddenLayers().contains(l.name()));
                Double opacity = settings.layerOpacity().get(l.name());
                if (opacity != null && opacity >= 0 && opacity <= 1) result = result.withOpacity(l.name(), opacity);
            }
        return result;
    }

    private void updatePosition() {
        Point2D world = mapView.pointerProperty().get();
        statusBar.showPosition(world == null || loaded == null ? null : loaded.lonLat(world), coordinateFormat.get());
    }

    private void updateScale() {
        Viewport viewport = mapView.currentViewport();
        // a device pixel is 1/(96 × output scale) inch: 1:N is then the scale on a standard screen
        statusBar.showScale(viewport == null ? Double.NaN : viewport.scaleDenominator(96 * viewport.pixelScale()));
    }

    private void placeWindow(Settings.WindowPlacement placement) {
        if (placement == null || placement.width() < 200 || placement.height() < 150) return;
        Rectangle2D bounds = new Rectangle2D(placement.x(), placement.y(), placement.width(), placement.height());
        // a window saved on a monitor that is gone would open out of reach
        if (Screen.getScreensForRectangle(bounds).isEmpty()) return;
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        stage.setMaximized(placement.maximized());
    }

    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle("About BorderWatch");
        about.setHeaderText("BorderWatch " + version());
        String attribution = mapView.modelProperty().get() == null
                ? ""
                : mapView.modelProperty().get().attribution();
        about.setContentText("Explore the Serbia–Kosovo border region: boundaries, incidents and deployments.\n\n"
                + "Map data: " + (attribution.isBlank() ? "see maps/README.md" : attribution));
        about.show();
    }

    private static String version() {
        String v = MainWindow.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    private void showError(String what, Exception e) {
        LOG.log(System.Logger.Level.WARNING, what, e);
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("BorderWatch");
        alert.setHeaderText(what);
        alert.setContentText(e.getMessage() == null ? e.toString() : e.getMessage());
        alert.show();
    }
}
