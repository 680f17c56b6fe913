package org.borderwatch.render.raster;

/**
 * A colour composed over an opaque pixel at an 8-bit coverage, rounded exactly:
 * (colour · a + pixel · (255 − a) + 127) / 255 per channel, by shifts rather than divisions, with
 * red and blue side by side in one int. The pixel's top byte is kept.
 */
final class SourceOver {

    private SourceOver() {}

    /** {@code argb}'s colour (its alpha ignored) over pixel {@code dst} at coverage {@code a}, 0–255. */
    static int compose(int dst, int argb, int a) {
        int keep = 255 - a;
        // each product sum is below 2^16, so red never spills into blue's half
        int rb = divide255Pair((argb & 0xFF00FF) * a + (dst & 0xFF00FF) * keep);
        int g = divide255(((argb >> 8) & 0xFF) * a + ((dst >> 8) & 0xFF) * keep);
        return (dst & 0xFF000000) | rb | g << 8;
    }

    /** (x + 127) / 255 for 0 ≤ x ≤ 255·255, by shifts: exact over that range. */
    private static int divide255(int x) {
        int t = x + 128;
        return (t + (t >> 8)) >> 8;
    }

    /** {@link #divide255} of the two 16-bit halves of {@code x}, each back in its low byte. */
    private static int divide255Pair(int x) {
        int t = x + 0x00800080;
        return ((t + ((t >>> 8) & 0x00FF00FF)) >>> 8) & 0x00FF00FF;
    }
}
