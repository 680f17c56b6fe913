package org.borderwatch.map;

/**
 * What the layer catalogue says about a layer besides its style.
 *
 * @param group       relief, water, boundaries, transport or places ("other" outside the catalogue)
 * @param minScale    the smallest scale denominator it is drawn at (inclusive)
 * @param maxScale    the scale denominator from which on it is not drawn; infinite when always drawn
 * @param opacity     0 to 1, the alpha the layer is composed with
 * @param attribution the credit printed while it is drawn; empty when it needs none
 * @param licence     the licence of its data; empty when unknown
 * @param multiply    true when the layer darkens what is under it (a greyscale hillshade), false to paint over it
 * @param fadeBelow   for an image, the scale denominator towards which it fades out, from twice it; 0 for never
 */
public record LayerInfo(
        String group,
        double minScale,
        double maxScale,
        double opacity,
        String attribution,
        String licence,
        boolean multiply,
        double fadeBelow) {

    /** Outside the catalogue: any scale, opaque, no credit. */
    public static final LayerInfo PLAIN = new LayerInfo("other", 0, Double.POSITIVE_INFINITY, 1, "", "", false, 0);

    public LayerInfo {
        if (!(minScale >= 0) || !(maxScale > minScale))
            throw new IllegalArgumentException(
                    "scale range must have 0 <= min < max, got " + minScale + " to " + maxScale);
        if (!(opacity >= 0 && opacity <= 1))
            throw new IllegalArgumentException("opacity must be within 0 to 1, got " + opacity);
        group = group == null ? "other" : group;
        attribution = attribution == null ? "" : attribution;
        licence = licence == null ? "" : licence;
    }

    /** SLD's rule: drawn when min ≤ scale < max. */
    public boolean covers(double scaleDenominator) {
        return minScale <= scaleDenominator && scaleDenominator < maxScale;
    }

    public LayerInfo withOpacity(double changed) {
        return new LayerInfo(group, minScale, maxScale, changed, attribution, licence, multiply, fadeBelow);
    }

    /**
     * How much of the layer shows at 1:{@code scaleDenominator}: 1 from twice {@code fadeBelow} up, falling
     * linearly in log scale to 0 at {@code fadeBelow}, so a coarse image fades out before its pixels turn blocky.
     */
    public double fadeAt(double scaleDenominator) {
        if (fadeBelow <= 0) return 1;
        double f = Math.log(scaleDenominator / fadeBelow) / Math.log(2);
        return Math.max(0, Math.min(1, f));
    }
}
