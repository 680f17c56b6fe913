package org.borderwatch.map;

import java.util.Objects;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.style.Style;

/**
 * One layer of the map: a GeoTools feature source drawn with a GeoTools style.
 *
 * @param name   stable identifier (the shapefile's base name), used in settings and on the command line
 * @param title  what the layers panel and the legend call it
 * @param info   its group, scale range, opacity and credit, from the layer catalogue
 */
public record Layer(String name, String title, SimpleFeatureSource source, Style style, boolean visible, LayerInfo info) {

    public Layer {
        Objects.requireNonNull(name, "layer name");
        Objects.requireNonNull(title, "layer title of " + name);
        Objects.requireNonNull(source, "feature source of layer " + name);
        Objects.requireNonNull(style, "style of layer " + name);
        Objects.requireNonNull(info, "catalogue information of layer " + name);
    }

    /** A layer outside the catalogue: drawn at every scale, fully opaque, crediting no one. */
    public Layer(String name, String title, SimpleFeatureSource source, Style style, boolean visible) {
        this(name, title, source, style, visible, LayerInfo.PLAIN);
    }

    public Layer withVisible(boolean shown) {
        return new Layer(name, title, source, style, shown, info);
    }

    public Layer withOpacity(double opacity) {
        return new Layer(name, title, source, style, visible, info.withOpacity(opacity));
    }

    /** True when the layer is switched on and its scale range holds 1:{@code scaleDenominator}. */
    public boolean drawnAt(double scaleDenominator) {
        return visible && info.covers(scaleDenominator);
    }
}
