package org.borderwatch.ui.table;

import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.borderwatch.analysis.DistanceRange;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.Place;
import org.borderwatch.gazetteer.PlaceNames;
import org.borderwatch.ui.details.EventText;
import org.borderwatch.ui.explore.ExploreState;

/**
 * The table of the events passing the filter, sortable by any column, with a search box that edits
 * the filter's free text. Selecting a row selects the event everywhere (and the window centres the map
 * on it); Enter or a double click opens it (focus moves to its details); Esc clears the selection.
 */
public final class EventTable extends VBox {
    private final ExploreState state;
    private final TableView<Event> table = new TableView<>();
    private final TextField search = new TextField();
    private final Label counts = new Label();
    private Consumer<Event> onOpen = e -> {};
    private Consumer<Event> onChosen = e -> {};
    /** Set while the table follows the state, so its own selection listener does not echo back. */
    private boolean following;

    private final javafx.beans.property.ObjectProperty<Function<Event, String>> gsz =
            new javafx.beans.property.SimpleObjectProperty<>(this, "gsz");

    private final javafx.beans.property.ObjectProperty<PlaceNames> names =
            new javafx.beans.property.SimpleObjectProperty<>(this, "names");
    private final javafx.beans.property.ObjectProperty<Function<Event, DistanceRange>> boundary =
            new javafx.beans.property.SimpleObjectProperty<>(this, "boundary");

    /** How the Place column writes names; null shows each record's own words. */
    public javafx.beans.property.ObjectProperty<PlaceNames> namesProperty() {
        return names;
    }

    /** Each event's distance range from the Kosovo–Serbia line; null while the line is not read. */
    public javafx.beans.property.ObjectProperty<Function<Event, DistanceRange>> boundaryProperty() {
        return boundary;
    }

    /** Whether an event lies in the Ground Safety Zone (in, possibly, out); null while the zone is not built. */
    public javafx.beans.property.ObjectProperty<Function<Event, String>> gszProperty() {
        return gsz;
    }

    public EventTable(ExploreState state) {
        this.state = state;
        setId("event-table");
        search.setId("event-search");
        search.setPromptText("Search title, summary, place, actors");
        search.setTooltip(new Tooltip("Every word must occur; case and accents are ignored"));
        search.setText(state.filterProperty().get().text());
        search.textProperty().addListener((obs, old, text) -> {
            if (!text.strip().equals(state.filterProperty().get().text()))
                state.filterProperty().set(state.filterProperty().get().withText(text));
        });
        state.filterProperty().addListener((obs, old, f) -> {
            if (!f.text().equals(search.getText().strip())) search.setText(f.text());
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        counts.setId("event-table-counts");
        counts.textProperty().bind(state.countsProperty());
        HBox top = new HBox(8, search, counts);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(4, 6, 4, 6));
        HBox.setHgrow(search, Priority.ALWAYS);

        table.setId("event-table-view");
        // a little smaller than the app's text, so nine columns fit beside the map without scrolling
        table.setStyle("-fx-font-size: 0.92em;");
        table.setPlaceholder(new Label("No events pass the filter"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns()
                .setAll(columns(e ->
                        names.get() == null ? place(e.location()) : names.get().of(e)));
        TableColumn<Event, String> inZone = text(
                "GSZ", "column-gsz", e -> gsz.get() == null ? null : gsz.get().apply(e), 70, 60);
        table.getColumns().add(inZone);
        gsz.addListener((obs, old, now) -> table.refresh());
        table.getColumns().add(table.getColumns().indexOf(inZone), fromLine());
        names.addListener((obs, old, now) -> table.refresh());
        boundary.addListener((obs, old, now) -> table.refresh());
        SortedList<Event> sorted = new SortedList<>(state.shownList());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(t -> {
            TableRow<Event> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty())
                    onOpen.accept(row.getItem());
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, event) -> {
            if (following || event == null) return;
            state.select(event.id());
            onChosen.accept(event);
        });
        state.selectedIdProperty().addListener((obs, old, id) -> follow(id));
        // the filtered list is replaced wholesale, which drops the table's selection: restore it
        state.shownList().addListener((javafx.collections.ListChangeListener<Event>)
                c -> follow(state.selectedIdProperty().get()));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(top, table);
    }

    /** Called with the event on Enter or a double click. */
    public void setOnOpen(Consumer<Event> action) {
        onOpen = action;
    }

    /** Called with the event when the user selects its row (not when the table follows a selection made elsewhere). */
    public void setOnChosen(Consumer<Event> action) {
        onChosen = action;
    }

    public TableView<Event> tableView() {
        return table;
    }

    TextField searchField() {
        return search;
    }

    private void keyPressed(KeyEvent e) {
        Event current = table.getSelectionModel().getSelectedItem();
        if (e.getCode() == KeyCode.ENTER && current != null) {
            onOpen.accept(current);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            state.clearSelection();
            e.consume();
        }
    }

    private void follow(String id) {
        following = true;
        try {
            Event current = table.getSelectionModel().getSelectedItem();
            if (id == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            if (current != null && current.id().equals(id)) return;
            int row = -1;
            for (int i = 0; i < table.getItems().size(); i++)
                if (table.getItems().get(i).id().equals(id)) {
                    row = i;
                    break;
                }
            if (row < 0) {
                table.getSelectionModel().clearSelection();
                return;
            }
            table.getSelectionModel().clearAndSelect(row);
            table.scrollTo(Math.max(0, row - 3));
        } finally {
            following = false;
        }
    }

    /**
     * How far from the Kosovo–Serbia line the event may be, over its uncertainty: "8.1–9.6 km", "8.5 km", or "on
     * the line" when its area crosses it; sorted by the nearest distance.
     */
    private TableColumn<Event, DistanceRange> fromLine() {
        TableColumn<Event, DistanceRange> column = new TableColumn<>("From line");
        column.setId("column-from-line");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                boundary.get() == null ? null : boundary.get().apply(c.getValue())));
        column.setComparator(Comparator.nullsLast(Comparator.comparingDouble(DistanceRange::minKm)));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(DistanceRange r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : rangeText(r));
                setTooltip(empty || r == null ? null : new Tooltip(r.describe() + " (geodesic)"));
            }
        });
        column.setPrefWidth(96);
        column.setMinWidth(80);
        return column;
    }

    /** The table's short form of a distance range: "8.1–9.6 km", "8.5 km", "on the line". */
    static String rangeText(DistanceRange r) {
        if (r.onTheLine()) return "on the line";
        if (r.maxKm() - r.minKm() < 0.05) return String.format(java.util.Locale.ROOT, "%.1f km", r.minKm());
        return String.format(java.util.Locale.ROOT, "%.1f–%.1f km", r.minKm(), r.maxKm());
    }

    private static java.util.List<TableColumn<Event, ?>> columns(Function<Event, String> place) {
        TableColumn<Event, Event> date = new TableColumn<>("Date");
        date.setId("column-date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        date.setComparator(Comparator.comparing((Event e) -> e.date().day()).thenComparing(Event::lastDay));
        date.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : EventText.dates(e));
            }
        });
        date.setPrefWidth(150);
        date.setMinWidth(108);
        date.setSortType(TableColumn.SortType.ASCENDING);
        return java.util.List.of(
                date,
                text("Kind", "column-kind", e -> EventText.kind(e.kind()), 86, 84),
                text("Category", "column-category", e -> EventText.category(e.category()), 110, 70),
                text("Title", "column-title", Event::title, 360, 112),
                text("Place", "column-place", place, 130, 50),
                text("Confidence", "column-confidence", e -> e.confidence().jsonName(), 84, 80),
                count("Killed", "column-killed", Casualties::killed),
                count("Injured", "column-injured", Casualties::injured),
                count("Arrested", "column-arrested", Casualties::arrested));
    }

    private static TableColumn<Event, String> text(
            String title, String id, Function<Event, String> value, double width, double minWidth) {
        TableColumn<Event, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        return column;
    }

    /** A casualty count; unknown (null) sorts below every number and shows blank, unlike a reported 0. */
    private static TableColumn<Event, Integer> count(String title, String id, Function<Casualties, Integer> value) {
        TableColumn<Event, Integer> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(
                c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().casualties())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        column.setPrefWidth(66);
        column.setMinWidth(66);
        return column;
    }

    private static String place(Place p) {
        if (p == null) return null;
        return p.place() != null ? p.place() : p.municipality() != null ? p.municipality() : p.country();
    }
}
