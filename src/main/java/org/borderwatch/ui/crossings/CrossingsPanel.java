package org.borderwatch.ui.crossings;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.borderwatch.crossings.Crossing;
import org.borderwatch.crossings.StatusOnDay;
import org.borderwatch.render.MapTime;
import org.borderwatch.render.Regime;

/**
 * The crossings beside the events: a table of each crossing's status on the map's day (the timeline's end, or
 * playback's current day), which follows the timeline, placed in a tab beside the events table; "Show day" moves the
 * timeline's end to a day. Double-clicking a row, or clicking a crossing on the map, opens its history. Its
 * {@link #switches()}, for the crossings and the Ground Safety Zone on the map, go with the layers in the side panel.
 */
public final class CrossingsPanel extends VBox {

    private final ObjectProperty<Regime> regime;
    private final ObjectProperty<MapTime> time;
    private final ObservableList<StatusOnDay> rows = FXCollections.observableArrayList();
    private final TableView<StatusOnDay> table = new TableView<>(rows);
    private final Label day = new Label();
    private final CheckBox crossingsShown = new CheckBox("Crossings");
    private final CheckBox zoneShown = new CheckBox("Ground Safety Zone (5 km)");
    private final FlowPane switches = new FlowPane(10, 4, crossingsShown, zoneShown);

    /**
     * @param regime  the map's border regime; the switches change what it shows
     * @param time    the map's time; the table shows the status on its last day
     * @param history opens a crossing's history
     * @param showDay  moves the timeline's end to a day, so the map shows that day
     */
    public CrossingsPanel(
            ObjectProperty<Regime> regime,
            ObjectProperty<MapTime> time,
            Consumer<Crossing> history,
            Consumer<LocalDate> showDay) {
        this.regime = regime;
        this.time = time;
        setId("crossings-panel");
        setSpacing(6);
        setPadding(new Insets(6));
        crossingsShown.setId("crossings-shown");
        zoneShown.setId("gsz-shown");
        crossingsShown.setSelected(true);
        zoneShown.setSelected(true);
        crossingsShown.selectedProperty().addListener((o, a, b) -> applySwitches());
        zoneShown.selectedProperty().addListener((o, a, b) -> applySwitches());

        TableColumn<StatusOnDay, String> name = new TableColumn<>("Crossing");
        name.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().crossing().names().serbianLatin() + " / "
                        + c.getValue().crossing().names().albanian()));
        name.setPrefWidth(170);
        TableColumn<StatusOnDay, String> status = new TableColumn<>("Status");
        status.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(c.getValue().status().label()));
        status.setPrefWidth(170);
        TableColumn<StatusOnDay, String> since = new TableColumn<>("Since");
        since.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().interval() == null
                        ? ""
                        : c.getValue().interval().from().toString()));
        TableColumn<StatusOnDay, String> position = new TableColumn<>("Position");
        position.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                c.getValue().crossing().position().level().jsonName() + ", "
                        + c.getValue().crossing().position().radiusKm() + " km"));
        table.getColumns().setAll(List.of(name, status, since, position));
        table.setId("crossings-table");
        table.setPlaceholder(new Label("No crossings loaded"));
        table.setPrefHeight(160);
        table.setRowFactory(tv -> {
            var row = new javafx.scene.control.TableRow<StatusOnDay>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty())
                    history.accept(row.getItem().crossing());
            });
            return row;
        });
        table.setMinHeight(80);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        DatePicker jump = new DatePicker();
        jump.setId("crossings-day");
        jump.setPromptText("yyyy-mm-dd");
        jump.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, null));
        jump.setOnAction(e -> {
            if (jump.getValue() != null) showDay.accept(jump.getValue());
        });
        HBox dayRow = new HBox(6, new Label("Show day"), jump, day);
        HBox.setMargin(day, new Insets(0, 0, 0, 12));
        dayRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        switches.setId("crossings-switches");
        switches.setPadding(new Insets(6));
        getChildren().setAll(dayRow, table);
        regime.addListener((o, a, b) -> refresh());
        time.addListener((o, a, b) -> refresh());
        refresh();
    }

    /** The switches of the crossings and the zone on the map, for the side panel beside the layers. */
    public Node switches() {
        return switches;
    }

    /** The rows shown: each crossing's status on the map's day. */
    public List<StatusOnDay> rows() {
        return List.copyOf(rows);
    }

    private void applySwitches() {
        Regime r = regime.get();
        regime.set(r.withShown(crossingsShown.isSelected(), zoneShown.isSelected()));
    }

    private void refresh() {
        LocalDate d = time.get().day();
        day.setText(d == null ? "No events, so no day: choose one to see each crossing's status." : "Status on " + d);
        List<Crossing> crossings = regime.get().crossings();
        rows.setAll(crossings.stream()
                .map(c -> d == null ? new StatusOnDay(c, null, null) : c.statusOn(d))
                .toList());
    }
}
