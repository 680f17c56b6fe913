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
 */
public record LayerInfo(String group, double minScale, double maxScale, double opacity, String attribution, String licence) {

    /** Outside the catalogue: any scale, opaque, no credit. */
    public static final LayerInfo PLAIN = new LayerInfo("other", 0, Double.POSITIVE_INFINITY, 1, "", "");

    public LayerInfo {
        if (!(minScale >= 0) || !(maxScale > minScale))
            throw new IllegalArgumentException("scale range must have 0 <= min < max, got " + minScale + " to " + maxScale);
        if (!(opacity >= 0 && opacity <= 1)) throw new IllegalArgumentException("opacity must be within 0 to 1, got " + opacity);
        group = group == null ? "other" : group;
        attribution = attribution == null ? "" : attribution;
        licence = licence == null ? "" : licence;
    }

    /** SLD's rule: drawn when min ≤ scale < max. */
    public boolean covers(double scaleDenominator) {
        return minScale <= scaleDenominator && scaleDenominator < maxScale;
    }

    public LayerInfo withOpacity(double changed) {
        return new LayerInfo(group, minScale, maxScale, changed, attribution, licence);
    }
}
