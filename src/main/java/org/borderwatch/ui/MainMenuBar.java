package org.borderwatch.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.borderwatch.gazetteer.NameStyle;
import org.borderwatch.ui.settings.CoordinateFormat;

/** The window's menus: File, View and Help. Actions come in as callbacks, state as properties. */
final class MainMenuBar extends MenuBar {

    /**
     * What the menus do; each runs on the FX thread and must hand slow work to a task runner. A null
     * action disables its item.
     */
    record Actions(Runnable openStore, Runnable export, Runnable quit, Runnable wholeRegion, Runnable about) {}

    MainMenuBar(
            Actions actions,
            BooleanProperty graticule,
            BooleanProperty sidePanel,
            ObjectProperty<CoordinateFormat> coordinateFormat) {
        setId("menu-bar");
        MenuItem open = item("Open store…", "menu-open-store", "Shortcut+O", actions.openStore());
        MenuItem export = item("Export…", "menu-export", "Shortcut+E", actions.export());
        MenuItem quit = item("Quit", "menu-quit", "Shortcut+Q", actions.quit());
        Menu file = new Menu("File", null, open, export, new SeparatorMenuItem(), quit);

        MenuItem whole = item("Whole region", "menu-whole-region", "Shortcut+0", actions.wholeRegion());
        CheckMenuItem grid = new CheckMenuItem("Graticule");
        grid.setId("menu-graticule");
        grid.selectedProperty().bindBidirectional(graticule);
        CheckMenuItem side = new CheckMenuItem("Side panel");
        side.setId("menu-side-panel");
        side.setAccelerator(KeyCombination.keyCombination("F9"));
        side.selectedProperty().bindBidirectional(sidePanel);
        Menu format = new Menu("Coordinate format");
        format.setId("menu-coordinate-format");
        ToggleGroup formats = new ToggleGroup();
        for (CoordinateFormat f : CoordinateFormat.values()) {
            RadioMenuItem choice = new RadioMenuItem(f.label());
            choice.setId("menu-format-" + f.name().toLowerCase(java.util.Locale.ROOT));
            choice.setToggleGroup(formats);
            choice.setSelected(f == coordinateFormat.get());
            choice.setOnAction(e -> coordinateFormat.set(f));
            format.getItems().add(choice);
        }
        coordinateFormat.addListener(
                (obs, old, now) -> formats.getToggles().get(now.ordinal()).setSelected(true));
        Menu view = new Menu("View", null, whole, new SeparatorMenuItem(), grid, format, side);

        Menu help = new Menu("Help", null, item("About BorderWatch", "menu-about", null, actions.about()));
        getMenus().addAll(file, view, help);
    }

    /** Adds View > Names: how place names are written (Serbian Latin or Cyrillic, Albanian, English, both). */
    void addNamesMenu(ObjectProperty<NameStyle> names) {
        Menu menu = new Menu("Names");
        menu.setId("menu-names");
        ToggleGroup group = new ToggleGroup();
        String[] labels = {"Serbian (Latin)", "Serbian (Cyrillic)", "Albanian", "English", "Albanian and Serbian"};
        for (NameStyle style : NameStyle.values()) {
            RadioMenuItem choice = new RadioMenuItem(labels[style.ordinal()]);
            choice.setId("menu-names-" + style.tag().toLowerCase(java.util.Locale.ROOT));
            choice.setToggleGroup(group);
            choice.setSelected(style == names.get());
            choice.setOnAction(e -> names.set(style));
            menu.getItems().add(choice);
        }
        names.addListener(
                (obs, old, now) -> group.getToggles().get(now.ordinal()).setSelected(true));
        getMenus().get(1).getItems().add(menu);
    }

    /** Adds File > Get detailed data for the region…, above Quit. */
    void addDetailedDataItem(Runnable action) {
        MenuItem item = item("Get detailed data for the region…", "menu-detailed-data", null, action);
        var file = getMenus().get(0).getItems();
        file.add(file.size() - 2, item);
    }

    /** Adds View > Every event's uncertainty: circles also for events inside a cluster. */
    void addUncertaintyItem(BooleanProperty every) {
        CheckMenuItem item = new CheckMenuItem("Every event's uncertainty");
        item.setId("menu-all-uncertainty");
        item.selectedProperty().bindBidirectional(every);
        getMenus().get(1).getItems().add(3, item);
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (accelerator != null) item.setAccelerator(KeyCombination.keyCombination(accelerator));
        // a null action is a feature not wired in this build: shown, so the menu's shape is stable, but off
        if (action == null) item.setDisable(true);
        else item.setOnAction(e -> action.run());
        return item;
    }
}
