package org.borderwatch.ui.export;

import java.util.Locale;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.borderwatch.export.PageSize;

/**
 * The size of an export: 1920×1080, 3840×2160, A4 or A3 at 300 DPI, or a custom width, height and
 * resolution. {@link #size()} says what is wrong with a custom entry.
 */
final class PageSizeChoice extends HBox {
    /** The presets, by the name {@link PageSize#parse} takes; "custom" reads the fields. */
    enum Preset {
        FULL_HD("1920 × 1080 px", "1920x1080"),
        UHD("3840 × 2160 px (4K)", "3840x2160"),
        A4("A4 landscape, 300 DPI", "a4"),
        A4_PORTRAIT("A4 portrait, 300 DPI", "a4-portrait"),
        A3("A3 landscape, 300 DPI", "a3"),
        A3_PORTRAIT("A3 portrait, 300 DPI", "a3-portrait"),
        CUSTOM("Custom…", null);

        private final String label;
        private final String spec;

        Preset(String label, String spec) {
            this.label = label;
            this.spec = spec;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ChoiceBox<Preset> preset = new ChoiceBox<>();
    private final TextField width = new TextField("2400");
    private final TextField height = new TextField("1600");
    private final TextField dpi = new TextField("150");

    PageSizeChoice(String idPrefix) {
        super(6);
        preset.setId(idPrefix + "-size");
        preset.getItems().setAll(Preset.values());
        preset.setValue(Preset.FULL_HD);
        width.setId(idPrefix + "-width");
        height.setId(idPrefix + "-height");
        dpi.setId(idPrefix + "-dpi");
        for (TextField f : new TextField[] {width, height, dpi}) {
            f.setPrefColumnCount(5);
            f.disableProperty().bind(preset.valueProperty().isNotEqualTo(Preset.CUSTOM));
        }
        getChildren().addAll(preset, width, new Label("×"), height, new Label("px at"), dpi, new Label("DPI"));
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    ChoiceBox<Preset> presetBox() {
        return preset;
    }

    /** Chooses a custom size. */
    void setCustom(int widthPx, int heightPx, double dpiValue) {
        preset.setValue(Preset.CUSTOM);
        width.setText(Integer.toString(widthPx));
        height.setText(Integer.toString(heightPx));
        dpi.setText(String.format(Locale.ROOT, "%.0f", dpiValue));
    }

    /** @throws IllegalArgumentException naming the field when a custom entry is not a valid size */
    PageSize size() {
        Preset p = preset.getValue();
        if (p != Preset.CUSTOM) return PageSize.parse(p.spec);
        int w = integer(width, "width");
        int h = integer(height, "height");
        double d;
        try {
            d = Double.parseDouble(dpi.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("resolution \"" + dpi.getText() + "\" is not a number of DPI", e);
        }
        return new PageSize(w + "x" + h, w, h, d);
    }

    private static int integer(TextField f, String what) {
        try {
            return Integer.parseInt(f.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " \"" + f.getText() + "\" is not a whole number of pixels", e);
        }
    }
}
