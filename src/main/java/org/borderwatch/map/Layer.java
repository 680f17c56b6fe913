package org.borderwatch.map;

import java.util.Objects;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.style.Style;

/**
 * One layer of the map: a GeoTools feature source drawn with a GeoTools style, or a georeferenced image.
 *
 * @param name   stable identifier (the file's base name), used in settings and on the command line
 * @param title  what the layers panel and the legend call it
 * @param source the features; null for an image layer
 * @param info   its group, scale range, opacity, blending and credit, from the layer catalogue
 * @param image  the georeferenced image of a raster layer; null for a vector layer
 */
public record Layer(
        String name,
        String title,
        SimpleFeatureSource source,
        Style style,
        boolean visible,
        LayerInfo info,
        GeoImage image) {

    public Layer {
        Objects.requireNonNull(name, "layer name");
        Objects.requireNonNull(title, "layer title of " + name);
        if ((source == null) == (image == null))
            throw new IllegalArgumentException("layer " + name + " needs either features or an image, not "
                    + (source == null ? "neither" : "both"));
        Objects.requireNonNull(style, "style of layer " + name);
        Objects.requireNonNull(info, "catalogue information of layer " + name);
    }

    /** A vector layer described by the catalogue. */
    public Layer(String name, String title, SimpleFeatureSource source, Style style, boolean visible, LayerInfo info) {
        this(name, title, source, style, visible, info, null);
    }

    /** A layer outside the catalogue: drawn at every scale, fully opaque, crediting no one. */
    public Layer(String name, String title, SimpleFeatureSource source, Style style, boolean visible) {
        this(name, title, source, style, visible, LayerInfo.PLAIN, null);
    }

    public boolean isRaster() {
        return image != null;
    }

    public Layer withVisible(boolean shown) {
        return new Layer(name, title, source, style, shown, info, image);
    }

    public Layer withOpacity(double opacity) {
        return new Layer(name, title, source, style, visible, info.withOpacity(opacity), image);
    }

    /** True when the layer is switched on and its scale range holds 1:{@code scaleDenominator}. */
    public boolean drawnAt(double scaleDenominator) {
        return visible && info.covers(scaleDenominator);
    }
}
