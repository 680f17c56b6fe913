package org.borderwatch.ui.search;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.borderwatch.gazetteer.Gazetteer;
import org.borderwatch.gazetteer.GazetteerPlace;
import org.borderwatch.gazetteer.Match;
import org.borderwatch.gazetteer.NameStyle;

/**
 * The "find a place" field: as the user types, the gazetteer's best matches drop down, named in the chosen
 * style; Enter or a click picks one. A search is a few milliseconds even over 200,000 names (see
 * docs/benchmarks.md), so it runs as the key is typed rather than as a background task.
 */
public final class PlaceSearchBox extends TextField {

    private static final int SHOWN = 8;

    private final ObjectProperty<Gazetteer> gazetteer = new SimpleObjectProperty<>(this, "gazetteer");
    private final ObjectProperty<NameStyle> names;
    private final ContextMenu results = new ContextMenu();
    private List<Match> found = List.of();
    /** Starts reading the places; run once, when the box is first used, so start-up does not wait for it. */
    private Runnable load;
    /** Enter was pressed while the places were still loading. */
    private boolean pickWhenLoaded;

    /** @param names the name style results are written in; @param onPick called on the FX thread with the place picked */
    public PlaceSearchBox(ObjectProperty<NameStyle> names, Consumer<GazetteerPlace> onPick) {
        this.names = names;
        setId("place-search");
        setPromptText("Find a place (Ctrl+F)");
        setPrefColumnCount(18);
        results.setId("place-search-results");
        textProperty().addListener((obs, old, now) -> search(now, onPick));
        gazetteer.addListener((obs, old, now) -> {
            setPromptText("Find a place (Ctrl+F)");
            search(getText(), onPick);
            if (pickWhenLoaded && !found.isEmpty()) pick(found.get(0).place(), onPick);
            pickWhenLoaded = false;
        });
        focusedProperty().addListener((obs, was, now) -> {
            if (now) startLoading();
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !found.isEmpty()) {
                pick(found.get(0).place(), onPick);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER
                    && gazetteer.get() == null
                    && !getText().isBlank()) {
                // typed and confirmed before the places finished loading: pick once they are there
                pickWhenLoaded = true;
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                results.hide();
            }
        });
        // A desktop window hands the keys to the open results popup first, which swallows Enter when no result is
        // highlighted: there, Enter alone must pick the best match as it does in the field.
        results.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !found.isEmpty() && noResultHighlighted()) {
                pick(found.get(0).place(), onPick);
                e.consume();
            }
        });
    }

    private boolean noResultHighlighted() {
        return results.getSkin() == null
                || results.getSkin().getNode().lookupAll(".menu-item").stream().noneMatch(Node::isFocused);
    }

    /**
     * Reads the places the first time the box gets the focus or text, not before: {@code load} starts a background
     * task that sets {@link #gazetteerProperty()} when done. Until then the box says it is loading.
     */
    public void loadOnFirstUse(Runnable load) {
        this.load = load;
        if (isFocused() || !getText().isEmpty()) startLoading();
    }

    private void startLoading() {
        Runnable l = load;
        load = null;
        if (l == null || gazetteer.get() != null) return;
        setPromptText("Loading places…");
        l.run();
    }

    /** The places searched; null while they load, when typing finds nothing. */
    public ObjectProperty<Gazetteer> gazetteerProperty() {
        return gazetteer;
    }

    /** The matches shown for the current text, best first. */
    public List<Match> found() {
        return found;
    }

    private void search(String text, Consumer<GazetteerPlace> onPick) {
        if (text != null && !text.isEmpty()) startLoading();
        Gazetteer g = gazetteer.get();
        found = g == null || text == null ? List.of() : g.find(text, SHOWN);
        results.getItems().clear();
        for (int i = 0; i < found.size(); i++) {
            GazetteerPlace p = found.get(i).place();
            Label label = new Label(describe(p));
            label.setId("place-result-" + i);
            CustomMenuItem item = new CustomMenuItem(label, true);
            item.setOnAction(e -> pick(p, onPick));
            results.getItems().add(item);
        }
        if (found.isEmpty()) results.hide();
        else if (getScene() != null
                && getScene().getWindow() != null
                && getScene().getWindow().isShowing()) results.show(this, Side.BOTTOM, 0, 0);
    }

    private String describe(GazetteerPlace p) {
        StringBuilder s =
                new StringBuilder(names.get().label(p)).append("  ·  ").append(p.kind());
        if (p.municipality() != null) s.append(", ").append(p.municipality());
        if (p.country() != null) s.append(" (").append(p.country()).append(')');
        return s.toString();
    }

    private void pick(GazetteerPlace p, Consumer<GazetteerPlace> onPick) {
        results.hide();
        onPick.accept(p);
    }
}
