package org.borderwatch.ui.map;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;

/**
 * Lists the map's layers under their groups (see {@link LayerGroups}: the catalogue's places, transport, boundaries,
 * water and relief, and "Added" for any other layer), each group with a checkbox that shows or hides all its layers,
 * each layer with a checkbox, an opacity slider, and its place in the drawing order, changed by drag and drop onto
 * another layer of its group or with the up/down buttons. Top layers are listed first, as GIS tools do; the model
 * keeps drawing order (bottom first). Every change replaces the model, which repaints the map and every export made
 * from it; the main window saves visibility, opacity and order in the settings.
 */
public final class LayersPanel extends VBox {
    private static final double ROW_HEIGHT = 26;

    private final ObjectProperty<MapModel> model;
    private final ObservableList<LayerGroups.Row> rows = FXCollections.observableArrayList();
    private final ListView<LayerGroups.Row> list = new ListView<>(rows);

    public LayersPanel(ObjectProperty<MapModel> model) {
        this.model = model;
        setId("layers-panel");
        setSpacing(4);
        setPadding(new Insets(4));
        list.setId("layers-list");
        list.setCellFactory(view -> new RowCell());
        // as tall as its rows, so the legend below gets the rest of the panel
        list.setFixedCellSize(ROW_HEIGHT);
        list.prefHeightProperty()
                .bind(Bindings.max(2, Bindings.size(rows)).multiply(ROW_HEIGHT).add(4));
        Button up = new Button("▲");
        up.setId("layer-up");
        up.setTooltip(new Tooltip("Draw the selected layer higher within its group"));
        up.setOnAction(e -> moveSelected(1));
        Button down = new Button("▼");
        down.setId("layer-down");
        down.setTooltip(new Tooltip("Draw the selected layer lower within its group"));
        down.setOnAction(e -> moveSelected(-1));
        var layerSelected = Bindings.createBooleanBinding(
                () -> list.getSelectionModel().getSelectedItem() instanceof LayerGroups.LayerRow,
                list.getSelectionModel().selectedItemProperty());
        up.disableProperty().bind(layerSelected.not());
        down.disableProperty().bind(layerSelected.not());
        getChildren().addAll(list, new HBox(4, up, down));
        model.addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** The layer selected in the list, or null; what others act on (restyle, remove an added layer). */
    public javafx.beans.value.ObservableValue<Layer> selectedLayerProperty() {
        return list.getSelectionModel()
                .selectedItemProperty()
                .map(row -> row instanceof LayerGroups.LayerRow r ? r.layer() : null);
    }

    private void refresh() {
        LayerGroups.Row selected = list.getSelectionModel().getSelectedItem();
        rows.setAll(LayerGroups.rows(model.get()));
        if (selected instanceof LayerGroups.LayerRow s)
            for (int i = 0; i < rows.size(); i++)
                if (rows.get(i) instanceof LayerGroups.LayerRow r
                        && r.layer().name().equals(s.layer().name()))
                    list.getSelectionModel().select(i);
    }

    private void showLayer(Layer layer, boolean visible) {
        if (layer.visible() != visible) model.set(model.get().withVisible(layer.name(), visible));
    }

    private void changeOpacity(Layer layer, double opacity) {
        if (layer.info().opacity() != opacity) model.set(model.get().withOpacity(layer.name(), opacity));
    }

    /** Moves the selected layer {@code step} places up (+) or down (−) the drawing order within its group. */
    private void moveSelected(int step) {
        if (list.getSelectionModel().getSelectedItem() instanceof LayerGroups.LayerRow r)
            model.set(LayerGroups.moved(model.get(), r.layer().name(), step));
    }

    /** Moves layer {@code name} to where layer {@code onto} is, when both are of one group. */
    private void moveOnto(String name, Layer onto) {
        MapModel m = model.get();
        Layer moved = m.layers().stream()
                .filter(l -> l.name().equals(name))
                .findFirst()
                .orElse(null);
        if (moved == null || !LayerGroups.groupOf(moved).equals(LayerGroups.groupOf(onto))) return;
        int from = m.layers().indexOf(moved);
        int to = m.layers().indexOf(onto);
        int step = 0;
        for (int i = Math.min(from, to) + 1; i <= Math.max(from, to); i++)
            if (LayerGroups.groupOf(m.layers().get(i)).equals(LayerGroups.groupOf(moved))) step++;
        model.set(LayerGroups.moved(m, name, to > from ? step : -step));
    }

    /**
     * A row: for a group, its checkbox (all, some or none of its layers shown); for a layer, the checkbox with its
     * title and its opacity slider. Drag a layer onto another layer of its group to move it there.
     */
    private final class RowCell extends ListCell<LayerGroups.Row> {
        private final CheckBox box = new CheckBox();
        // the title beside the box, not the box's own text: a click on it selects the row without toggling the layer
        private final Label title = new Label();
        private final Slider opacity = new Slider(0, 1, 1);
        private final Region indent = new Region();
        private final HBox row = new HBox(6);

        RowCell() {
            box.setOnAction(e -> {
                if (getItem() instanceof LayerGroups.LayerRow r) showLayer(r.layer(), box.isSelected());
                else if (getItem() instanceof LayerGroups.GroupRow g)
                    // an indeterminate box turns checked on click: show the whole group
                    model.set(LayerGroups.withGroupVisible(model.get(), g.key(), box.isSelected()));
            });
            opacity.setPrefWidth(48);
            opacity.setMaxWidth(48);
            opacity.setTooltip(new Tooltip("Opacity"));
            // one repaint when the drag ends, not one per step of it
            opacity.valueChangingProperty().addListener((obs, was, changing) -> {
                if (!changing && getItem() instanceof LayerGroups.LayerRow r)
                    changeOpacity(r.layer(), opacity.getValue());
            });
            opacity.valueProperty().addListener((obs, old, now) -> {
                if (!opacity.isValueChanging() && getItem() instanceof LayerGroups.LayerRow r)
                    changeOpacity(r.layer(), now.doubleValue());
            });
            indent.setMinWidth(14);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getChildren().addAll(indent, box, title, gap, opacity);
            setOnDragDetected(e -> {
                if (!(getItem() instanceof LayerGroups.LayerRow r)) return;
                Dragboard board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(r.layer().name());
                board.setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof RowCell
                        && getItem() instanceof LayerGroups.LayerRow
                        && e.getDragboard().hasString()) e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            });
            setOnDragDropped(this::dropped);
        }

        private void dropped(DragEvent e) {
            boolean done = false;
            if (e.getDragboard().hasString()
                    && e.getGestureSource() instanceof RowCell
                    && getItem() instanceof LayerGroups.LayerRow onto) {
                moveOnto(e.getDragboard().getString(), onto.layer());
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        }

        @Override
        protected void updateItem(LayerGroups.Row item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
            } else if (item instanceof LayerGroups.GroupRow g) {
                LayerGroups.Shown shown = LayerGroups.shown(model.get(), g.key());
                title.setText(g.title());
                title.setStyle("-fx-font-weight: bold");
                box.setAllowIndeterminate(false);
                box.setIndeterminate(shown == LayerGroups.Shown.SOME);
                box.setSelected(shown == LayerGroups.Shown.ALL);
                box.setId("group-" + g.key());
                box.setTooltip(new Tooltip("Show or hide every layer of " + g.title()));
                indent.setVisible(false);
                indent.setManaged(false);
                opacity.setVisible(false);
                opacity.setId(null);
                setGraphic(row);
            } else if (item instanceof LayerGroups.LayerRow r) {
                Layer layer = r.layer();
                title.setText(layer.title());
                title.setStyle(null);
                box.setIndeterminate(false);
                box.setSelected(layer.visible());
                box.setId("layer-" + layer.name());
                box.setTooltip(new Tooltip(layer.title() + " (" + LayerGroups.title(LayerGroups.groupOf(layer)) + ")"));
                indent.setVisible(true);
                indent.setManaged(true);
                opacity.setVisible(true);
                opacity.setId("opacity-" + layer.name());
                opacity.setValue(layer.info().opacity());
                setGraphic(row);
            }
        }
    }
}
