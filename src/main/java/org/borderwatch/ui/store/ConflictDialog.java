package org.borderwatch.ui.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.postgis.EditConflictException;

/**
 * Shows an edit the database refused because someone else changed the event first: both versions side by side,
 * field by field, with the differing fields picked from either side. Keep mine writes the user's version over
 * theirs, keep theirs drops the user's change, merge writes the fields as picked. The result is the event to
 * save, or empty to keep theirs.
 */
public final class ConflictDialog extends Dialog<java.util.Optional<Event>> {

    /** A part of an event that is taken whole from one side; kind and category, dates, position go together. */
    private record Part(String name, Function<Event, Object> shown) {}

    private static final List<Part> PARTS = List.of(
            new Part("Title", Event::title),
            new Part("Kind / category", e -> e.kind().jsonName() + " / " + e.category()),
            new Part("Dates", e -> e.date() + (e.end() == null ? "" : " – " + e.end())),
            new Part("Place", e -> e.location() == null ? "" : e.location().place()),
            new Part(
                    "Position",
                    e -> String.format(
                            java.util.Locale.ROOT,
                            "%.5f, %.5f (%s)",
                            e.lon(),
                            e.lat(),
                            e.precision().level().jsonName())),
            new Part("Summary", Event::summary),
            new Part("Actors", e -> String.join(", ", e.actors())),
            new Part(
                    "Casualties",
                    e -> e.casualties().equals(org.borderwatch.events.model.Casualties.NONE_REPORTED)
                            ? "none reported"
                            : "killed "
                                    + java.util.Objects.toString(e.casualties().killed(), "?") + ", injured "
                                    + java.util.Objects.toString(e.casualties().injured(), "?")),
            new Part("Equipment", e -> e.equipment().size() + " item(s)"),
            new Part("Sources", e -> e.sources().size() + " source(s)"),
            new Part("Confidence", e -> e.confidence().name().toLowerCase(java.util.Locale.ROOT)),
            new Part("Tags", e -> String.join(", ", e.tags())));

    private final Event mine;
    private final Event theirs;
    private final List<ToggleGroup> picks = new ArrayList<>();

    public ConflictDialog(Window owner, EditConflictException conflict) {
        this.mine = conflict.mine();
        this.theirs = conflict.theirs();
        initOwner(owner);
        setTitle("Edit conflict");
        Event named = theirs != null ? theirs : mine;
        setHeaderText("“" + named.title() + "” was " + (theirs == null ? "deleted" : "changed") + " by "
                + conflict.theirAuthor() + " (version " + conflict.theirVersion()
                + ") after you opened it. Nothing was saved yet.");
        getDialogPane().setId("conflict-dialog");
        ButtonType keepMine = new ButtonType(theirs == null ? "Add mine back" : "Keep mine", ButtonBar.ButtonData.LEFT);
        ButtonType keepTheirs =
                new ButtonType(theirs == null ? "Accept the delete" : "Keep theirs", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType merge = new ButtonType("Merge as picked", ButtonBar.ButtonData.OK_DONE);
        if (mine == null || theirs == null) {
            getDialogPane().getButtonTypes().addAll(keepMine, keepTheirs);
        } else {
            getDialogPane().getButtonTypes().addAll(keepMine, keepTheirs, merge);
            getDialogPane().setContent(sideBySide(conflict.theirAuthor()));
        }
        setResultConverter(b -> b == keepMine
                ? java.util.Optional.ofNullable(mine)
                : b == merge ? java.util.Optional.of(merged()) : java.util.Optional.empty());
    }

    private GridPane sideBySide(String theirAuthor) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setId("conflict-fields");
        grid.addRow(0, bold(""), bold("Mine"), bold("Theirs (" + theirAuthor + ")"));
        int row = 1;
        for (Part p : PARTS) {
            String a = String.valueOf(p.shown().apply(mine));
            String b = String.valueOf(p.shown().apply(theirs));
            ToggleGroup group = new ToggleGroup();
            RadioButton useMine = new RadioButton(a);
            RadioButton useTheirs = new RadioButton(b);
            for (RadioButton r : List.of(useMine, useTheirs)) {
                r.setToggleGroup(group);
                r.setWrapText(true);
                r.setMaxWidth(320);
            }
            // where both agree there is nothing to pick; where they differ the user's own value is the start
            group.selectToggle(useMine);
            boolean differs = !Objects.equals(a, b);
            useMine.setDisable(!differs);
            useTheirs.setDisable(!differs);
            if (differs) useTheirs.setStyle("-fx-font-weight: bold;");
            if (differs) useMine.setStyle("-fx-font-weight: bold;");
            Label name = new Label(p.name());
            grid.addRow(row++, name, useMine, useTheirs);
            picks.add(group);
        }
        return grid;
    }

    private Event pick(int part) {
        ToggleGroup g = picks.get(part);
        return g.getToggles().indexOf(g.getSelectedToggle()) == 0 ? mine : theirs;
    }

    /** The event with each part from the side picked; unknown properties stay the user's. */
    Event merged() {
        Event kind = pick(1), dates = pick(2), position = pick(4);
        return new Event(
                mine.id(),
                kind.kind(),
                kind.category(),
                pick(0).title(),
                pick(5).summary(),
                dates.date(),
                dates.end(),
                pick(3).location(),
                position.geometry(),
                position.precision(),
                pick(6).actors(),
                pick(7).casualties(),
                pick(8).equipment(),
                pick(9).sources(),
                pick(10).confidence(),
                pick(11).tags(),
                mine.updated(),
                mine.extra());
    }

    /** Picks theirs for the named part, for tests and keyboard users. */
    void pickTheirs(String partName) {
        for (int i = 0; i < PARTS.size(); i++)
            if (PARTS.get(i).name().equals(partName))
                picks.get(i).selectToggle(picks.get(i).getToggles().get(1));
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }
}
