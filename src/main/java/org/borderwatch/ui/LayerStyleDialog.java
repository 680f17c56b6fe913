package org.borderwatch.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import org.borderwatch.map.user.UserStyle;

/**
 * The small dialog that restyles an added layer: fill and stroke colour, stroke width in pixels and the layer's
 * opacity. OK gives the new style; Cancel, nothing.
 */
final class LayerStyleDialog extends Dialog<UserStyle> {
    private final ColorPicker fill;
    private final ColorPicker stroke;
    private final Spinner<Double> width;
    private final Slider opacity;

    LayerStyleDialog(String layerTitle, UserStyle current) {
        setTitle("Layer style");
        setHeaderText(layerTitle);
        fill = new ColorPicker(fx(current.fill()));
        fill.setId("style-fill");
        stroke = new ColorPicker(fx(current.stroke()));
        stroke.setId("style-stroke");
        width = new Spinner<>(0.0, 20.0, current.strokeWidthPx(), 0.5);
        width.setId("style-width");
        width.setEditable(true);
        opacity = new Slider(0, 1, current.opacity());
        opacity.setId("style-opacity");
        opacity.setShowTickLabels(true);
        opacity.setMajorTickUnit(0.25);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Fill"), fill);
        grid.addRow(1, new Label("Stroke"), stroke);
        grid.addRow(2, new Label("Stroke width (px)"), width);
        grid.addRow(3, new Label("Opacity"), opacity);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK ? chosen() : null);
    }

    /** The style the controls show now. */
    UserStyle chosen() {
        return new UserStyle(
                awt(fill.getValue()),
                awt(stroke.getValue()),
                Math.max(0, Math.min(20, width.getValue())),
                Math.max(0, Math.min(1, opacity.getValue())));
    }

    static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }

    static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue());
    }
}
