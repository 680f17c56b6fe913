package org.borderwatch.map;

import java.util.Objects;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.style.Style;

/**
 * One layer of the map: a GeoTools feature source drawn with a GeoTools style.
 *
 * @param name   stable identifier (the shapefile's base name), used in settings and on the command line
 * @param title  what the layers panel and the legend call it
 */
public record Layer(String name, String title, SimpleFeatureSource source, Style style, boolean visible) {

    public Layer {
        Objects.requireNonNull(name, "layer name");
        Objects.requireNonNull(title, "layer title of " + name);
        Objects.requireNonNull(source, "feature source of layer " + name);
        Objects.requireNonNull(style, "style of layer " + name);
    }

    public Layer withVisible(boolean shown) {
        return new Layer(name, title, source, style, shown);
    }
}
