package org.borderwatch.map;

import java.util.Objects;
import org.borderwatch.tiles.TileSource;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.style.Style;
import org.geotools.styling.StyleBuilder;

/**
 * One layer of the map: a GeoTools feature source drawn with a GeoTools style, a georeferenced image, or a Web
 * Mercator tile pyramid (an MBTiles file or a tile server).
 *
 * @param name   stable identifier (the file's base name), used in settings and on the command line
 * @param title  what the layers panel and the legend call it
 * @param source the features; null for an image layer
 * @param info   its group, scale range, opacity, blending and credit, from the layer catalogue
 * @param image  the georeferenced image of a raster layer; null for a vector layer
 * @param tiles  the tiles of a tile layer; null for any other
 */
public record Layer(
        String name,
        String title,
        SimpleFeatureSource source,
        Style style,
        boolean visible,
        LayerInfo info,
        GeoImage image,
        TileSource tiles) {

    public Layer {
        Objects.requireNonNull(name, "layer name");
        Objects.requireNonNull(title, "layer title of " + name);
        int kinds = (source == null ? 0 : 1) + (image == null ? 0 : 1) + (tiles == null ? 0 : 1);
        if (kinds != 1)
            throw new IllegalArgumentException("layer " + name + " needs one of features, an image or tiles, not "
                    + (kinds == 0 ? "none" : kinds));
        Objects.requireNonNull(style, "style of layer " + name);
        Objects.requireNonNull(info, "catalogue information of layer " + name);
    }

    /** A vector or image layer. */
    public Layer(
            String name,
            String title,
            SimpleFeatureSource source,
            Style style,
            boolean visible,
            LayerInfo info,
            GeoImage image) {
        this(name, title, source, style, visible, info, image, null);
    }

    /** A tile layer: drawn under what follows it, at its opacity, credited with its tiles' attribution. */
    public static Layer ofTiles(String name, String title, TileSource tiles, boolean visible, double opacity) {
        return ofTiles(name, title, "tiles", tiles, visible, opacity);
    }

    /** A tile layer listed under {@code group} in the layers panel. */
    public static Layer ofTiles(
            String name, String title, String group, TileSource tiles, boolean visible, double opacity) {
        // the usage terms of a tile service are a policy, not a data licence: TileInfo keeps them
        LayerInfo info = new LayerInfo(
                group, 0, Double.POSITIVE_INFINITY, opacity, tiles.info().attribution(), "", false, 0);
        return new Layer(name, title, null, new StyleBuilder().createStyle(), visible, info, null, tiles);
    }

    /** A vector layer described by the catalogue. */
    public Layer(String name, String title, SimpleFeatureSource source, Style style, boolean visible, LayerInfo info) {
        this(name, title, source, style, visible, info, null);
    }

    /** A layer outside the catalogue: drawn at every scale, fully opaque, crediting no one. */
    public Layer(String name, String title, SimpleFeatureSource source, Style style, boolean visible) {
        this(name, title, source, style, visible, LayerInfo.PLAIN, null);
    }

    /** True for an image or tile layer: pixels, no features. */
    public boolean isRaster() {
        return image != null || tiles != null;
    }

    public Layer withVisible(boolean shown) {
        return new Layer(name, title, source, style, shown, info, image, tiles);
    }

    public Layer withOpacity(double opacity) {
        return new Layer(name, title, source, style, visible, info.withOpacity(opacity), image, tiles);
    }

    public Layer withStyle(Style changed) {
        return new Layer(name, title, source, changed, visible, info, image, tiles);
    }

    /** True when the layer is switched on and its scale range holds 1:{@code scaleDenominator}. */
    public boolean drawnAt(double scaleDenominator) {
        return visible && info.covers(scaleDenominator);
    }
}
