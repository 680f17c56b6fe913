package org.borderwatch.ui.edit;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.LonLat;

/**
 * Asks for an annotation's text (and a circle's radius) and hands back the changed annotation. Shown
 * without blocking, so the map keeps drawing; OK is disabled while the input is not valid.
 */
final class AnnotationEditDialog extends Dialog<Annotation> {
    private final TextField text = new TextField();
    private final TextField radius = new TextField();

    /** @param current the annotation edited, or null for a new label with {@code newId} at {@code newAt} */
    private AnnotationEditDialog(Window owner, String title, Annotation current, String newId, LonLat newAt) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(title);
        getDialogPane().setId("annotation-edit");
        text.setId("annotation-text");
        text.setPrefColumnCount(28);
        text.setText(current == null ? "" : current.text());
        radius.setId("annotation-radius");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label(current instanceof Annotation.Distance ? "Text before the length" : "Text"), text);
        if (current instanceof Annotation.Circle c) {
            radius.setText(String.format(Locale.ROOT, "%.3f", c.radiusKm()));
            grid.addRow(1, new Label("Radius (km)"), radius);
        }
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> edited(current, newId, newAt) == null, text.textProperty(), radius.textProperty()));
        setResultConverter(button -> button == ButtonType.OK ? edited(current, newId, newAt) : null);
        setOnShown(e -> text.requestFocus());
    }

    /**
     * Opens the dialog on {@code current}; {@code onOk} gets the edited annotation when the user
     * confirms a change.
     */
    static AnnotationEditDialog open(Window owner, String title, Annotation current, Consumer<Annotation> onOk) {
        return show(new AnnotationEditDialog(owner, title, current, null, null), current, onOk);
    }

    /** Asks for the text of a new label at {@code at}; {@code onOk} gets the label when the user confirms. */
    static AnnotationEditDialog newLabel(Window owner, String id, LonLat at, Consumer<Annotation> onOk) {
        return show(new AnnotationEditDialog(owner, "New text label", null, id, at), null, onOk);
    }

    private static AnnotationEditDialog show(AnnotationEditDialog d, Annotation current, Consumer<Annotation> onOk) {
        d.setOnHidden(e -> {
            Annotation result = d.getResult();
            if (result != null && !result.equals(current)) onOk.accept(result);
        });
        d.show();
        return d;
    }

    /** The annotation with the typed values, or null when they are not valid (a label needs text). */
    private Annotation edited(Annotation a, String newId, LonLat newAt) {
        String t = text.getText() == null ? "" : text.getText().strip();
        try {
            if (a == null) return new Annotation.Label(newId, newAt, t);
            if (a instanceof Annotation.Label l) return new Annotation.Label(l.id(), l.at(), t);
            if (a instanceof Annotation.Arrow ar) return new Annotation.Arrow(ar.id(), ar.from(), ar.to(), t);
            if (a instanceof Annotation.Distance d) return new Annotation.Distance(d.id(), d.from(), d.to(), t);
            if (a instanceof Annotation.Circle c)
                return new Annotation.Circle(
                        c.id(), c.center(), Double.parseDouble(radius.getText().strip()), t);
            Annotation.Area area = (Annotation.Area) a;
            return new Annotation.Area(area.id(), area.ring(), t);
        } catch (IllegalArgumentException e) {
            // NumberFormatException too: OK stays disabled until the input is valid
            return null;
        }
    }
}
