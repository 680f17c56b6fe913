package org.borderwatch.ui.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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
 * Lists the map's layers with a checkbox each to show or hide it (its tooltip names its group: water,
 * transport, places, boundaries, relief) and a slider for its opacity, and reorders them by drag and drop or with the up/down
 * buttons. The list shows the top layer first, as GIS tools do; the model keeps drawing order (bottom
 * first). Every change replaces the model, which repaints the map; the main window saves visibility,
 * opacity and order in the settings.
 */
public final class LayersPanel extends VBox {
    private static final double ROW_HEIGHT = 26;

    private final ObjectProperty<MapModel> model;
    private final ObservableList<Layer> rows = FXCollections.observableArrayList();
    private final ListView<Layer> list = new ListView<>(rows);

    public LayersPanel(ObjectProperty<MapModel> model) {
        this.model = model;
        setId("layers-panel");
        setSpacing(4);
        setPadding(new Insets(4));
        list.setId("layers-list");
        list.setCellFactory(view -> new LayerCell());
        // as tall as its rows, so the legend below gets the rest of the panel
        list.setFixedCellSize(ROW_HEIGHT);
        list.prefHeightProperty()
                .bind(Bindings.max(2, Bindings.size(rows)).multiply(ROW_HEIGHT).add(4));
        Button up = new Button("▲");
        up.setId("layer-up");
        up.setTooltip(new Tooltip("Draw the selected layer higher"));
        up.setOnAction(e -> moveSelected(-1));
        Button down = new Button("▼");
        down.setId("layer-down");
        down.setTooltip(new Tooltip("Draw the selected layer lower"));
        down.setOnAction(e -> moveSelected(1));
        up.disableProperty()
                .bind(list.getSelectionModel().selectedIndexProperty().lessThanOrEqualTo(0));
        down.disableProperty()
                .bind(list.getSelectionModel()
                        .selectedIndexProperty()
                        .lessThan(0)
                        .or(list.getSelectionModel()
                                .selectedIndexProperty()
                                .greaterThanOrEqualTo(Bindings.size(rows).subtract(1))));
        getChildren().addAll(list, new HBox(4, up, down));
        model.addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Layer selected = list.getSelectionModel().getSelectedItem();
        List<Layer> topFirst =
                new ArrayList<>(model.get() == null ? List.of() : model.get().layers());
        Collections.reverse(topFirst);
        rows.setAll(topFirst);
        if (selected != null)
            for (int i = 0; i < rows.size(); i++)
                if (rows.get(i).name().equals(selected.name()))
                    list.getSelectionModel().select(i);
    }

    private void showLayer(Layer layer, boolean visible) {
        if (layer.visible() != visible) model.set(model.get().withVisible(layer.name(), visible));
    }

    private void changeOpacity(Layer layer, double opacity) {
        if (layer.info().opacity() != opacity) model.set(model.get().withOpacity(layer.name(), opacity));
    }

    private void moveSelected(int step) {
        int from = list.getSelectionModel().getSelectedIndex();
        if (from >= 0) move(from, from + step);
    }

    /** Moves the row at {@code from} to {@code to} (list positions, top layer first). */
    private void move(int from, int to) {
        if (from == to || to < 0 || to >= rows.size()) return;
        List<String> topFirst = new ArrayList<>();
        for (Layer l : rows) topFirst.add(l.name());
        String moved = topFirst.remove(from);
        topFirst.add(to, moved);
        Collections.reverse(topFirst);
        model.set(model.get().withOrder(topFirst));
        list.getSelectionModel().select(to);
    }

    /**
     * A row: the checkbox with the layer's title, its group, and its opacity slider; drag it onto another row
     * to move it there.
     */
    private final class LayerCell extends ListCell<Layer> {
        private final CheckBox box = new CheckBox();
        private final Slider opacity = new Slider(0, 1, 1);
        private final HBox row = new HBox(6);

        LayerCell() {
            box.setOnAction(e -> {
                if (getItem() != null) showLayer(getItem(), box.isSelected());
            });
            opacity.setPrefWidth(48);
            opacity.setMaxWidth(48);
            opacity.setTooltip(new Tooltip("Opacity"));
            // one repaint when the drag ends, not one per step of it
            opacity.valueChangingProperty().addListener((obs, was, changing) -> {
                if (!changing && getItem() != null) changeOpacity(getItem(), opacity.getValue());
            });
            opacity.valueProperty().addListener((obs, old, now) -> {
                if (!opacity.isValueChanging() && getItem() != null) changeOpacity(getItem(), now.doubleValue());
            });
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getChildren().addAll(box, gap, opacity);
            setOnDragDetected(e -> {
                if (getItem() == null) return;
                Dragboard board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(Integer.toString(getIndex()));
                board.setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof LayerCell
                        && e.getDragboard().hasString()) e.acceptTransferModes(TransferMode.MOVE);
                e.consume();
            });
            setOnDragDropped(this::dropped);
        }

        private void dropped(DragEvent e) {
            boolean done = false;
            if (e.getDragboard().hasString() && e.getGestureSource() instanceof LayerCell) {
                int from = Integer.parseInt(e.getDragboard().getString());
                int to = getItem() == null ? rows.size() - 1 : getIndex();
                move(from, to);
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        }

        @Override
        protected void updateItem(Layer layer, boolean empty) {
            super.updateItem(layer, empty);
            if (empty || layer == null) {
                setGraphic(null);
                setText(null);
            } else {
                box.setText(layer.title());
                box.setSelected(layer.visible());
                box.setId("layer-" + layer.name());
                box.setTooltip(new Tooltip(layer.title() + " (" + layer.info().group() + ")"));
                opacity.setId("opacity-" + layer.name());
                opacity.setValue(layer.info().opacity());
                setGraphic(row);
            }
        }
    }
}
