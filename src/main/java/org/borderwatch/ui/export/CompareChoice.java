package org.borderwatch.ui.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.converter.LocalDateStringConverter;

/**
 * The export dialog's "two dates side by side": a tick box and the two days, a month before the map's day and the
 * map's day at first. Ticked, the export is the two-panel figure of {@code export --compare}: each panel titled
 * with its day, one legend, and the days in the metadata so {@code --from-metadata} draws it again.
 */
final class CompareChoice extends HBox {
    private final CheckBox on = new CheckBox("Two dates side by side");
    private final DatePicker first = new DatePicker();
    private final DatePicker second = new DatePicker();

    /** @param day the map's day, or null (then today) */
    CompareChoice(LocalDate day) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        LocalDate last = day == null ? LocalDate.now() : day;
        on.setId("export-compare");
        for (DatePicker p : List.of(first, second)) {
            p.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, null));
            p.setPrefWidth(130);
            p.disableProperty().bind(on.selectedProperty().not());
        }
        first.setId("export-compare-first");
        second.setId("export-compare-second");
        first.setValue(last.minusMonths(1));
        second.setValue(last);
        getChildren().setAll(on, first, new Label("and"), second);
    }

    BooleanProperty comparesProperty() {
        return on.selectedProperty();
    }

    /**
     * The two days, or none when not ticked.
     *
     * @throws IllegalArgumentException if a day is missing
     */
    List<LocalDate> days() {
        if (!on.isSelected()) return List.of();
        // a typed date counts once the field loses focus; read the text too, so Export right after typing takes it
        LocalDate a = typed(first), b = typed(second);
        if (a == null || b == null) throw new IllegalArgumentException("give both days to compare (YYYY-MM-DD)");
        return List.of(a, b);
    }

    private static LocalDate typed(DatePicker p) {
        String text = p.getEditor().getText();
        if (text == null || text.isBlank()) return p.getValue();
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a day (YYYY-MM-DD): " + text.strip(), e);
        }
    }
}
