package org.borderwatch.ui.settings;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the app keeps between launches: window placement, panel layout, which layers show in what
 * order, the coordinate format and the last view. Missing parts (an older file, a first launch) are
 * null and mean "use the default".
 *
 * @param layerOrder     layer names from bottom to top, as in the map model
 * @param hiddenLayers   names of layers switched off
 * @param layerOpacity   layer name to opacity (0 to 1), for layers the user made other than the catalogue says
 * @param allUncertainty whether the map draws every event's uncertainty circle, clustered or not
 * @param names          how place names are written: sr-Latn, sr-Cyrl, sq, en or dual; null for the default
 */
public record Settings(
        WindowPlacement window,
        double dividerPosition,
        boolean sidePanelShown,
        List<String> layerOrder,
        Set<String> hiddenLayers,
        CoordinateFormat coordinateFormat,
        boolean graticule,
        SavedView lastView,
        Map<String, Double> layerOpacity,
        boolean allUncertainty,
        String names) {

    static final double DEFAULT_DIVIDER = 0.22;

    public Settings {
        layerOrder = layerOrder == null ? List.of() : List.copyOf(layerOrder);
        hiddenLayers = hiddenLayers == null ? Set.of() : Set.copyOf(hiddenLayers);
        layerOpacity = layerOpacity == null ? Map.of() : Map.copyOf(layerOpacity);
        coordinateFormat = coordinateFormat == null ? CoordinateFormat.DECIMAL : coordinateFormat;
        if (!(dividerPosition > 0 && dividerPosition < 1)) dividerPosition = DEFAULT_DIVIDER;
    }

    /** The settings of a first launch. */
    public static Settings defaults() {
        return new Settings(
                null,
                DEFAULT_DIVIDER,
                true,
                List.of(),
                Set.of(),
                CoordinateFormat.DECIMAL,
                false,
                null,
                Map.of(),
                false,
                null);
    }

    /** Where the window was and how big, in screen coordinates. */
    public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {}

    /**
     * The view when the app closed.
     *
     * @param crs           the display CRS as an identifier such as "EPSG:32634"; the view is restored
     *                      only when the map is shown in the same CRS
     * @param unitsPerPixel map units per logical pixel
     */
    public record SavedView(String crs, double centreX, double centreY, double unitsPerPixel) {}
}
