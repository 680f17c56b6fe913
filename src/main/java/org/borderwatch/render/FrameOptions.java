package org.borderwatch.render;

/**
 * Which map furniture a frame shows. The screen shows scale bar, north arrow and attribution;
 * an export may add a graticule and a legend.
 */
public record FrameOptions(boolean scaleBar, boolean northArrow, boolean attribution, boolean graticule,
        boolean legend, boolean antialiasing) {

    /** Scale bar, north arrow and attribution, antialiased; no graticule, no legend. */
    public static final FrameOptions STANDARD = new FrameOptions(true, true, true, false, false, true);
    /** The features alone, antialiased. */
    public static final FrameOptions FEATURES_ONLY = new FrameOptions(false, false, false, false, false, true);

    public FrameOptions withGraticule(boolean shown) {
        return new FrameOptions(scaleBar, northArrow, attribution, shown, legend, antialiasing);
    }

    public FrameOptions withLegend(boolean shown) {
        return new FrameOptions(scaleBar, northArrow, attribution, graticule, shown, antialiasing);
    }

    /** Without antialiasing every pixel is in or out, as a mask compared with another rasteriser needs. */
    public FrameOptions withAntialiasing(boolean on) {
        return new FrameOptions(scaleBar, northArrow, attribution, graticule, legend, on);
    }
}
