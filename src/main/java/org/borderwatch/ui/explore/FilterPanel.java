package org.borderwatch.ui.explore;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.ui.details.EventText;

/**
 * Edits the filter: kinds, confidences, the categories and actors present in the store, where events lie
 * against the Ground Safety Zone, and free text. Ticking every item of a list means "no restriction", so categories added to the store later
 * show too; unticking every item hides all events, as the list says.
 */
public final class FilterPanel extends VBox {
    private final ExploreState state;
    private final Map<EventKind, CheckBox> kinds = new EnumMap<>(EventKind.class);
    private final Map<Confidence, ToggleButton> confidences = new EnumMap<>(Confidence.class);
    private final CheckList categories = new CheckList("filter-categories", EventText::category);
    private final CheckList actors = new CheckList("filter-actors", Function.identity());
    private final TextField text = new TextField();
    /** Set while the controls follow the state, so they do not write back what they are shown. */
    private boolean following;

    public FilterPanel(ExploreState state) {
        this.state = state;
        setId("filter-panel");
        setSpacing(6);
        setPadding(new Insets(6));
        getStylesheets()
                .add(FilterPanel.class
                        .getResource("/org/borderwatch/ui/explore.css")
                        .toExternalForm());

        FlowPane kindBoxes = new FlowPane(10, 4);
        for (EventKind k : EventKind.values()) {
            CheckBox box = new CheckBox(EventText.kind(k));
            box.setId("filter-kind-" + k.jsonName());
            box.setSelected(true);
            box.selectedProperty().addListener((obs, old, now) -> edited());
            kinds.put(k, box);
            kindBoxes.getChildren().add(box);
        }
        FlowPane confidenceButtons = new FlowPane(2, 2);
        for (Confidence c : Confidence.values()) {
            ToggleButton button = new ToggleButton(c.jsonName());
            button.setId("filter-confidence-" + c.jsonName());
            button.setSelected(true);
            button.setTooltip(new Tooltip("Show " + c.jsonName() + " events"));
            button.selectedProperty().addListener((obs, old, now) -> edited());
            confidences.put(c, button);
            confidenceButtons.getChildren().add(button);
        }
        text.setId("filter-text");
        text.setPromptText("Words in title, summary, place, actors");
        text.textProperty().addListener((obs, old, now) -> edited());
        Button reset = new Button("Show all events");
        reset.setId("filter-reset");
        reset.setOnAction(e -> {
            state.filterProperty().set(EventFilter.ALL);
            state.inGszProperty().set(null);
        });

        categories.onEdit(this::edited);
        actors.onEdit(this::edited);
        getChildren()
                .setAll(
                        heading("Kinds"),
                        kindBoxes,
                        heading("Confidence"),
                        confidenceButtons,
                        heading("Categories"),
                        categories.view(),
                        categories.buttons(),
                        heading("Actors"),
                        actors.view(),
                        actors.buttons(),
                        heading("In the Ground Safety Zone"),
                        new GszFilter(state),
                        heading("Text"),
                        text,
                        reset);

        state.eventsProperty().addListener((obs, old, now) -> fillLists(now));
        state.filterProperty().addListener((obs, old, now) -> follow(now));
        fillLists(state.eventsProperty().get());
        follow(state.filterProperty().get());
    }

    private void fillLists(List<Event> events) {
        following = true;
        try {
            EventFilter f = state.filterProperty().get();
            categories.setItems(
                    events.stream().map(Event::category).collect(Collectors.toCollection(TreeSet::new)),
                    f.categories());
            actors.setItems(
                    events.stream().flatMap(e -> e.actors().stream()).collect(Collectors.toCollection(TreeSet::new)),
                    f.actors());
        } finally {
            following = false;
        }
    }

    private void follow(EventFilter f) {
        if (f.equals(current())) return;
        following = true;
        try {
            kinds.forEach(
                    (k, box) -> box.setSelected(f.kinds() == null || f.kinds().contains(k)));
            confidences.forEach((c, button) -> button.setSelected(
                    f.confidences() == null || f.confidences().contains(c)));
            categories.tick(f.categories());
            actors.tick(f.actors());
            if (!text.getText().strip().equals(f.text())) text.setText(f.text());
        } finally {
            following = false;
        }
    }

    private void edited() {
        if (following) return;
        EventFilter now = current();
        if (!now.equals(state.filterProperty().get())) state.filterProperty().set(now);
    }

    /** The filter the controls show, keeping the state's date range (the timeline's business). */
    private EventFilter current() {
        EventFilter f = state.filterProperty().get();
        Set<EventKind> k = kinds.entrySet().stream()
                .filter(e -> e.getValue().isSelected())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Set<Confidence> c = confidences.entrySet().stream()
                .filter(e -> e.getValue().isSelected())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return new EventFilter(
                k.size() == kinds.size() ? null : k,
                categories.chosen(),
                actors.chosen(),
                c.size() == confidences.size() ? null : c,
                text.getText(),
                f.from(),
                f.to());
    }

    private static Label heading(String name) {
        Label l = new Label(name);
        l.getStyleClass().add("filter-heading");
        return l;
    }

    /** A list of values with a tick box each, and buttons to tick all or none. */
    private static final class CheckList {
        private final Map<String, BooleanProperty> ticks = new LinkedHashMap<>();
        private final ListView<String> view = new ListView<>();
        private final HBox buttons;
        private Runnable onEdit = () -> {};
        /** Set while many ticks change at once, so the filter changes once, not once per tick. */
        private boolean bulk;

        CheckList(String id, Function<String, String> label) {
            view.setId(id);
            view.setPrefHeight(140);
            view.setCellFactory(CheckBoxListCell.forListView(ticks::get, new javafx.util.StringConverter<>() {
                @Override
                public String toString(String value) {
                    return value == null ? "" : label.apply(value);
                }

                @Override
                public String fromString(String shown) {
                    throw new UnsupportedOperationException("the list is not editable");
                }
            }));
            Button all = new Button("All");
            all.setId(id + "-all");
            all.setOnAction(e -> tickAll(true));
            Button none = new Button("None");
            none.setId(id + "-none");
            none.setOnAction(e -> tickAll(false));
            buttons = new HBox(4, all, none);
        }

        ListView<String> view() {
            return view;
        }

        HBox buttons() {
            return buttons;
        }

        void onEdit(Runnable action) {
            onEdit = action;
        }

        /** Lists {@code values}, ticked when {@code chosen} is null (no restriction) or holds them. */
        void setItems(Set<String> values, Set<String> chosen) {
            ticks.clear();
            for (String v : values) {
                BooleanProperty tick = new SimpleBooleanProperty(chosen == null || chosen.contains(v));
                tick.addListener((obs, old, now) -> {
                    if (!bulk) onEdit.run();
                });
                ticks.put(v, tick);
            }
            view.setItems(FXCollections.observableArrayList(values));
        }

        void tick(Set<String> chosen) {
            ticks.forEach((v, tick) -> tick.set(chosen == null || chosen.contains(v)));
        }

        private void tickAll(boolean on) {
            bulk = true;
            try {
                ticks.values().forEach(t -> t.set(on));
            } finally {
                bulk = false;
            }
            onEdit.run();
        }

        /** Null when every value is ticked (no restriction), else the ticked values. */
        Set<String> chosen() {
            Set<String> ticked = ticks.entrySet().stream()
                    .filter(e -> e.getValue().get())
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            return ticked.size() == ticks.size() ? null : ticked;
        }
    }
}
