package org.borderwatch.ui.edit;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Precision;
import org.borderwatch.ui.edit.EventDraft.Field;

/**
 * The dialog for adding or editing an event: every field of the store format, checked when Save is
 * pressed, with each message shown under its field and the dialog kept open until all are right.
 * Lists are one entry per line, parts of an entry separated by {@code |}. Tab moves between fields
 * (also out of the text areas); Esc cancels. Each control has an id {@code form-NAME} for tests.
 */
public final class EventForm extends Dialog<Event> {
    private final Event base;
    private final Predicate<String> taken;
    private final LocalDate today;
    private final Map<Field, Label> errors = new EnumMap<>(Field.class);
    private final TextField id = field("form-id");
    private final ComboBox<EventKind> kind = new ComboBox<>(FXCollections.observableArrayList(EventKind.values()));
    private final ComboBox<String> category = new ComboBox<>();
    private final TextField title = field("form-title");
    private final TextArea summary = area("form-summary", 3);
    private final TextField date = field("form-date");
    private final TextField end = field("form-end");
    private final TextField place = field("form-place");
    private final TextField municipality = field("form-municipality");
    private final TextField country = field("form-country");
    private final TextField lon = field("form-lon");
    private final TextField lat = field("form-lat");
    private final ComboBox<Precision.Level> level =
            new ComboBox<>(FXCollections.observableArrayList(Precision.Level.values()));
    private final TextField radius = field("form-radius");
    private final TextArea actors = area("form-actors", 2);
    private final TextField killed = field("form-killed");
    private final TextField injured = field("form-injured");
    private final TextField arrested = field("form-arrested");
    private final TextArea bySide = lineArea("form-by-side", 2);
    private final TextArea equipment = lineArea("form-equipment", 2);
    private final TextArea sources = lineArea("form-sources", 5);
    private final ComboBox<Confidence> confidence =
            new ComboBox<>(FXCollections.observableArrayList(Confidence.values()));
    private final TextField tags = field("form-tags");
    private final Label saveError = new Label();
    private Event built;
    /** True while a save asked for by {@link #openSaving} runs: the form stays open until it is stored. */
    private boolean saving;

    private Saver saver;

    /** Stores an event the form built and says how it went; {@link EventForm#openSaving} keeps the form open meanwhile. */
    @FunctionalInterface
    public interface Saver {
        /** Stores {@code event}, then calls {@code saved}, or {@code failed} with the reason nothing was stored. */
        void save(Event event, Runnable saved, Consumer<String> failed);
    }

    /**
     * @param base     the event to edit, or null for a new one
     * @param draft    what the fields show first
     * @param taken    true for ids already in the store, which a new event may not reuse
     */
    public EventForm(Window owner, Event base, EventDraft draft, Predicate<String> taken, LocalDate today) {
        this.base = base;
        this.taken = taken;
        this.today = today;
        initOwner(owner);
        setTitle(base == null ? "New event" : "Edit event");
        setHeaderText(base == null ? "New event" : "Edit “" + base.title() + "”");
        setResizable(true);
        getDialogPane().setId("event-form");
        getDialogPane()
                .getButtonTypes()
                .setAll(new ButtonType("Save", ButtonBar.ButtonData.OK_DONE), ButtonType.CANCEL);
        getDialogPane().setContent(layout());
        Button save = (Button)
                getDialogPane().lookupButton(getDialogPane().getButtonTypes().get(0));
        save.setId("form-save");
        save.addEventFilter(ActionEvent.ACTION, e -> {
            if (saving || !check()) {
                e.consume();
                return;
            }
            if (saver != null) {
                // the form closes once the store has the event, never before: a refused save stays here
                e.consume();
                store(save);
            }
        });
        setResultConverter(button -> button.getButtonData() == ButtonBar.ButtonData.OK_DONE ? built : null);
        fill(draft);
        setOnShown(e -> title.requestFocus());
    }

    /** Shows the form without blocking; {@code onSaved} gets the event when the user saves a valid one. */
    public void open(Consumer<Event> onSaved) {
        setOnHidden(e -> {
            if (getResult() != null) onSaved.accept(getResult());
        });
        show();
    }

    /**
     * Shows the form without blocking; Save hands the event to {@code saver} and the form stays open, saying
     * "Saving…", until it is stored. A save refused (the database offline, a write not allowed) leaves the edit
     * pending in the form with the reason above the buttons, to try again or cancel; nothing says it was saved.
     */
    public void openSaving(Saver saver) {
        this.saver = saver;
        show();
    }

    private void store(Button save) {
        saving = true;
        save.setDisable(true);
        showSaveError("Saving…", false);
        Event event = built;
        saver.save(
                event,
                () -> {
                    saving = false;
                    setResult(event);
                    close();
                },
                message -> {
                    saving = false;
                    save.setDisable(false);
                    showSaveError("Not saved: " + message, true);
                });
    }

    private void showSaveError(String text, boolean error) {
        saveError.setText(text);
        saveError.setStyle(error ? "-fx-text-fill: #b00020; -fx-font-weight: bold;" : "");
        saveError.setVisible(true);
        saveError.setManaged(true);
        if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null)
            getDialogPane().getScene().getWindow().sizeToScene();
    }

    /** What the form says about its save: "Saving…", "Not saved: reason", or empty. */
    public String saveMessage() {
        return saveError.getText();
    }

    /** The draft the fields hold now. */
    EventDraft draft() {
        return new EventDraft(
                id.getText(),
                kind.getValue(),
                category.getValue(),
                title.getText(),
                summary.getText(),
                date.getText(),
                end.getText(),
                place.getText(),
                municipality.getText(),
                country.getText(),
                lon.getText(),
                lat.getText(),
                level.getValue(),
                radius.getText(),
                actors.getText(),
                killed.getText(),
                injured.getText(),
                arrested.getText(),
                bySide.getText(),
                equipment.getText(),
                sources.getText(),
                confidence.getValue(),
                tags.getText());
    }

    /** Builds the event from the fields; false (and messages under the wrong fields) if any is wrong. */
    boolean check() {
        EventDraft.Outcome outcome = draft().build(base, taken, today);
        errors.forEach((field, label) -> {
            String message = outcome.errors().get(field);
            label.setText(message == null ? "" : message);
            label.setVisible(message != null);
            label.setManaged(message != null);
        });
        built = outcome.event();
        if (built == null) focusFirstError(outcome.errors());
        return built != null;
    }

    private void fill(EventDraft d) {
        id.setText(d.id());
        kind.setValue(d.kind());
        category.setItems(FXCollections.observableArrayList(d.kind().categories()));
        category.setValue(d.category());
        title.setText(d.title());
        summary.setText(d.summary());
        date.setText(d.date());
        end.setText(d.end());
        place.setText(d.place());
        municipality.setText(d.municipality());
        country.setText(d.country());
        lon.setText(d.lon());
        lat.setText(d.lat());
        level.setValue(d.level());
        radius.setText(d.radiusKm());
        actors.setText(d.actors());
        killed.setText(d.killed());
        injured.setText(d.injured());
        arrested.setText(d.arrested());
        bySide.setText(d.bySide());
        equipment.setText(d.equipment());
        sources.setText(d.sources());
        confidence.setValue(d.confidence());
        tags.setText(d.tags());
    }

    private Node layout() {
        kind.setId("form-kind");
        category.setId("form-category");
        level.setId("form-precision");
        confidence.setId("form-confidence");
        kind.setConverter(names(EventKind::jsonName));
        level.setConverter(names(Precision.Level::jsonName));
        confidence.setConverter(names(Confidence::jsonName));
        kind.valueProperty().addListener((obs, old, now) -> {
            if (now == null || now == old) return;
            String kept = category.getValue();
            category.setItems(FXCollections.observableArrayList(now.categories()));
            category.setValue(
                    kept != null && now.categories().contains(kept)
                            ? kept
                            : now.categories().get(0));
        });
        radius.disableProperty().bind(level.valueProperty().isEqualTo(Precision.Level.EXACT));
        if (base != null) {
            id.setEditable(false);
            id.setFocusTraversable(false);
        } else {
            id.setPromptText("made from the date and title when left empty");
        }
        if (base != null && !base.isPoint()) {
            lon.setDisable(true);
            lat.setDisable(true);
            lon.setPromptText(base.geometry().getGeometryType() + " kept");
            lat.setPromptText("edit the shape in a GIS");
        }
        actors.setPromptText("one per line");
        bySide.setPromptText("side | killed | injured | arrested — one side per line");
        equipment.setPromptText("type | model | count — e.g. main battle tank | M-84 | 12");
        sources.setPromptText("publisher | title | url | date — one source per line");
        tags.setPromptText("comma separated, e.g. banjska, september-2023");
        date.setPromptText("2023-09-24");
        end.setPromptText("optional, not before the date");

        GridPane left = grid();
        int r = 0;
        r = row(left, r, "Id", id, Field.ID);
        r = row(left, r, "Kind", kind, Field.KIND);
        r = row(left, r, "Category", category, Field.CATEGORY);
        r = row(left, r, "Title", title, Field.TITLE);
        r = row(left, r, "Summary", summary, null);
        r = row(left, r, "Date", date, Field.DATE);
        r = row(left, r, "End", end, Field.END);
        r = row(left, r, "Place", place, null);
        r = row(left, r, "Municipality", municipality, null);
        r = row(left, r, "Country", country, null);
        r = row(left, r, "Longitude", lon, Field.LON);
        r = row(left, r, "Latitude", lat, Field.LAT);
        r = row(left, r, "Precision", level, Field.PRECISION);
        row(left, r, "Radius (km)", radius, Field.RADIUS);

        GridPane right = grid();
        r = 0;
        r = row(right, r, "Actors", actors, null);
        HBox counts = new HBox(
                6, new Label("killed"), killed, new Label("injured"), injured, new Label("arrested"), arrested);
        for (TextField t : new TextField[] {killed, injured, arrested}) t.setPrefColumnCount(4);
        counts.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        r = row(right, r, "Casualties", counts, Field.KILLED);
        errors.put(Field.INJURED, errorLabel(right, r++, Field.INJURED));
        errors.put(Field.ARRESTED, errorLabel(right, r++, Field.ARRESTED));
        r = row(right, r, "By side", bySide, Field.BY_SIDE);
        r = row(right, r, "Equipment", equipment, Field.EQUIPMENT);
        r = row(right, r, "Sources", sources, Field.SOURCES);
        r = row(right, r, "Confidence", confidence, Field.CONFIDENCE);
        row(right, r, "Tags", tags, null);

        HBox both = new HBox(24, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        both.setPadding(new Insets(4));
        both.setPrefWidth(980);
        saveError.setId("form-save-error");
        saveError.setWrapText(true);
        // the whole reason, on as many lines as it needs, even though the dialog was sized without it
        saveError.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        saveError.setMaxWidth(980);
        saveError.setVisible(false);
        saveError.setManaged(false);
        return new javafx.scene.layout.VBox(6, both, saveError);
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        g.getColumnConstraints().setAll(labels, controls);
        return g;
    }

    /** Adds a labelled control and, when {@code field} is given, the hidden message line under it. */
    private int row(GridPane grid, int r, String text, Node control, Field field) {
        Label label = new Label(text);
        label.setLabelFor(control);
        label.setMnemonicParsing(false);
        if (control instanceof ComboBox<?> box) box.setMaxWidth(Double.MAX_VALUE);
        grid.add(label, 0, r);
        grid.add(control, 1, r);
        if (field == null) return r + 1;
        errors.put(field, errorLabel(grid, r + 1, field));
        return r + 2;
    }

    private static Label errorLabel(GridPane grid, int r, Field field) {
        Label error = new Label();
        error.setId(
                "form-error-" + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        error.setStyle("-fx-text-fill: #b00020; -fx-font-size: 0.92em;");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        grid.add(error, 1, r);
        return error;
    }

    private void focusFirstError(Map<Field, String> wrong) {
        Map<Field, Node> controls = Map.ofEntries(
                Map.entry(Field.ID, id),
                Map.entry(Field.KIND, kind),
                Map.entry(Field.CATEGORY, category),
                Map.entry(Field.TITLE, title),
                Map.entry(Field.DATE, date),
                Map.entry(Field.END, end),
                Map.entry(Field.LON, lon),
                Map.entry(Field.LAT, lat),
                Map.entry(Field.PRECISION, level),
                Map.entry(Field.RADIUS, radius),
                Map.entry(Field.KILLED, killed),
                Map.entry(Field.INJURED, injured),
                Map.entry(Field.ARRESTED, arrested),
                Map.entry(Field.BY_SIDE, bySide),
                Map.entry(Field.EQUIPMENT, equipment),
                Map.entry(Field.SOURCES, sources),
                Map.entry(Field.CONFIDENCE, confidence));
        wrong.keySet().stream().findFirst().map(controls::get).ifPresent(Node::requestFocus);
    }

    private static TextField field(String nodeId) {
        TextField t = new TextField();
        t.setId(nodeId);
        return t;
    }

    private static TextArea area(String nodeId, int rows) {
        TextArea t = new TextArea();
        t.setId(nodeId);
        t.setPrefRowCount(rows);
        t.setWrapText(true);
        tabLeaves(t);
        return t;
    }

    /** A text area of one entry per line: lines are not wrapped, so each entry reads as one line. */
    private static TextArea lineArea(String nodeId, int rows) {
        TextArea t = area(nodeId, rows);
        t.setWrapText(false);
        return t;
    }

    /** In a text area Tab would insert a tab character; here it moves on, like in every other field. */
    private static void tabLeaves(TextInputControl t) {
        t.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || e.isControlDown()) return;
            e.consume();
            // Ctrl+Tab is the text area's own "move focus" key
            t.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
        });
    }

    private static <T> StringConverter<T> names(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("the choice lists are not editable");
            }
        };
    }
}
