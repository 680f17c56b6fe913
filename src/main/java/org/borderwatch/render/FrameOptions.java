package org.borderwatch.render;

import java.util.Objects;
import org.borderwatch.gazetteer.PlaceNames;

/**
 * Which map furniture a frame shows, and how it is painted: antialiased or not, into pixels or into
 * shapes. The screen shows scale bar, north arrow and attribution; an export may add a graticule and a
 * legend, and an SVG or PDF export is a {@link RenderTarget#VECTOR} target.
 *
 * @param allUncertainty draw every approximate event's uncertainty circle, also inside a cluster; off, a circle
 *                       shows only for a marker drawn on its own or fanned out
 * @param names          how place labels are written (map labels, the sites events sit at); null keeps the names
 *                       the base data's label fields hold
 */
public record FrameOptions(
        boolean scaleBar,
        boolean northArrow,
        boolean attribution,
        boolean graticule,
        boolean legend,
        boolean antialiasing,
        RenderTarget target,
        boolean allUncertainty,
        PlaceNames names) {

    /** Scale bar, north arrow and attribution, antialiased, into pixels; no graticule, no legend. */
    public static final FrameOptions STANDARD =
            new FrameOptions(true, true, true, false, false, true, RenderTarget.RASTER, false, null);
    /** The features alone, antialiased, into pixels. */
    public static final FrameOptions FEATURES_ONLY =
            new FrameOptions(false, false, false, false, false, true, RenderTarget.RASTER, false, null);

    public FrameOptions {
        Objects.requireNonNull(target, "render target");
    }

    public FrameOptions withGraticule(boolean shown) {
        return new FrameOptions(
                scaleBar, northArrow, attribution, shown, legend, antialiasing, target, allUncertainty, names);
    }

    public FrameOptions withLegend(boolean shown) {
        return new FrameOptions(
                scaleBar, northArrow, attribution, graticule, shown, antialiasing, target, allUncertainty, names);
    }

    /** Without antialiasing every pixel is in or out, as a mask compared with another rasteriser needs. */
    public FrameOptions withAntialiasing(boolean on) {
        return new FrameOptions(
                scaleBar, northArrow, attribution, graticule, legend, on, target, allUncertainty, names);
    }

    /** The same, drawing every event's uncertainty circle, clustered or not, when {@code every}. */
    public FrameOptions withAllUncertainty(boolean every) {
        return new FrameOptions(
                scaleBar, northArrow, attribution, graticule, legend, antialiasing, target, every, names);
    }

    /** The same furniture with place names written as {@code chosen} says (null: as the base data has them). */
    public FrameOptions withNames(PlaceNames chosen) {
        return new FrameOptions(
                scaleBar, northArrow, attribution, graticule, legend, antialiasing, target, allUncertainty, chosen);
    }

    /** The same furniture painted into {@code changed}: an SVG or PDF page is {@link RenderTarget#VECTOR}. */
    public FrameOptions withTarget(RenderTarget changed) {
        return new FrameOptions(
                scaleBar, northArrow, attribution, graticule, legend, antialiasing, changed, allUncertainty, names);
    }
}
