package org.borderwatch.render.raster;

import java.util.Arrays;

/**
 * The rows {@code top} (inclusive) to {@code bottom} (exclusive) of a {@link BufferRasterizer}'s
 * image: rasterises segments into coverage there and composes it. Bands of one image share its
 * pixels and coverage arrays but never each other's rows, so they run on different threads.
 * <p>
 * Each pixel gets the area of it the stroke covers, taken as the area of the pixel square inside
 * the infinite strip of the stroke's width times the share of it between the segment's ends: exact
 * for axis-parallel segments, within a few percent of the true area otherwise. Coverages of one
 * stroke combine by maximum (the stroke is one shape); {@link #compose} then puts them over the
 * image with source-over.
 */
final class ThinLineBand {

    /** A pixel's centre lies at most this far (half its diagonal, rounded up) from any point of it. */
    static final double PIXEL_REACH = 0.75;
    /**
     * {@link #exactShare} tabulated, so a pixel near a segment's end costs two lookups instead of two
     * branchy evaluations: a row per direction (the smaller component of the unit direction in steps of
     * 1/{@value #DIRECTIONS}, up to √½), each sampling t from −{@value #SHARE_REACH} to
     * +{@value #SHARE_REACH} px in steps of 1/{@value #SHARE_STEPS} px.
     */
    private static final int DIRECTIONS = 64;

    private static final int SHARE_STEPS = 128;
    private static final double SHARE_REACH = 0.75;
    private static final int SHARE_ROW = (int) (2 * SHARE_REACH * SHARE_STEPS) + 1;
    /** Added to t·{@value #SHARE_STEPS} to give the nearest sample's index in a row of {@link #SHARES}. */
    private static final double SHARE_ORIGIN = SHARE_STEPS * SHARE_REACH + 0.5;

    private static final float[] SHARES = shares();

    private final int[] pixels;
    /** Coverage (0–255) of the stroke being drawn, per pixel; zero outside {@link #touched}. */
    private final byte[] coverage;

    private final int width;
    private final int top;
    private final int bottom;
    private int[] touched = new int[1024];
    private int touchedCount;
    private double halfWidth;
    private float[] strips;
    private int stripLength;
    /** Where the coverage levels start in {@link #strips}. */
    private int levels;

    private double outer;
    private int shareRow;
    private int stripRow;
    private int levelRow;
    /** The image's pixels under {@link #touched}, gathered by {@link #compose}. */
    private int[] under = new int[0];

    ThinLineBand(int[] pixels, byte[] coverage, int width, int top, int bottom) {
        this.pixels = pixels;
        this.coverage = coverage;
        this.width = width;
        this.top = top;
        this.bottom = bottom;
    }

    /**
     * The share of a pixel inside a strip of half width {@code hw}, by direction and by the distance
     * of the pixel's centre from the strip's centre line: rows as in {@link #SHARES}, distances from
     * 0 in steps of 1/{@value #SHARE_STEPS} px up to where the share is 0. One lookup per pixel
     * instead of two of {@link #SHARES}, each entry the exact difference of two shares. The table
     * holds these shares, then the same again as coverage levels (0–255, stored as floats): a pixel
     * away from the segment's ends takes its level straight from there.
     */
    static float[] strips(double hw) {
        int rows = (int) Math.round(Math.sqrt(0.5) * DIRECTIONS) + 1;
        int length = stripRowLength(hw);
        int size = rows * length;
        float[] table = new float[2 * size];
        for (int d = 0; d < rows; d++) {
            double q = Math.min((double) d / DIRECTIONS, Math.sqrt(0.5));
            double p = Math.sqrt(1 - q * q);
            for (int j = 0; j < length; j++) {
                double a = (double) j / SHARE_STEPS;
                table[d * length + j] = (float) (exactShare(hw - a, p, q) - exactShare(-hw - a, p, q));
            }
        }
        for (int j = 0; j < size; j++) table[size + j] = level(table[j]);
        return table;
    }

    private static int stripRowLength(double hw) {
        // beyond the farthest sample a pixel's centre can lie from the centre line (hw + √½ px)
        return (int) Math.ceil((hw + SHARE_REACH) * SHARE_STEPS) + 2;
    }

    /** A coverage share as a level of 0–255. */
    private static int level(double share) {
        return (int) (share * 255 + 0.5);
    }

    /** Sets the stroke whose segments follow: its half width and its {@link #strips} table. */
    void stroke(double hw, float[] stripTable) {
        halfWidth = hw;
        strips = stripTable;
        stripLength = stripRowLength(hw);
        levels = stripTable.length / 2;
    }

    /** True when a segment with these end rows, drawn at half width {@code hw}, may reach this band. */
    boolean mayReach(double y0, double y1, double hw) {
        // lengthening at joins is at most the half width, and a pixel's reach is under one pixel
        double margin = 2 * hw + 1;
        return Math.max(y0, y1) + margin >= top && Math.min(y0, y1) - margin < bottom;
    }

    /**
     * Adds the coverage of the rectangle of the stroke's width around segment (x0, y0)–(x1, y1),
     * lengthened by {@code before} and {@code after} at its ends. Walks the pixels column by column
     * (or row by row, for steep segments: the "major" axis is the one the segment runs along more),
     * within reach of the centre line only; the ends' share is looked up only in columns near an end.
     */
    void segment(double x0, double y0, double x1, double y1, double before, double after) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double length = Math.sqrt(dx * dx + dy * dy);
        if (length == 0) return;
        double ux = dx / length;
        double uy = dy / length;
        double hw = halfWidth;
        double ax = x0 - ux * before;
        double ay = y0 - uy * before;
        double bx = x1 + ux * after;
        double by = y1 + uy * after;
        double ox = Math.abs(uy) * hw + PIXEL_REACH;
        double oy = Math.abs(ux) * hw + PIXEL_REACH;
        int minX = Math.max(0, (int) Math.floor(Math.min(ax, bx) - ox));
        int maxX = Math.min(width - 1, (int) Math.floor(Math.max(ax, bx) + ox));
        int minY = Math.max(top, (int) Math.floor(Math.min(ay, by) - oy));
        int maxY = Math.min(bottom - 1, (int) Math.floor(Math.max(ay, by) + oy));
        if (minX > maxX || minY > maxY) return;
        boolean xMajor = Math.abs(ux) >= Math.abs(uy);
        double um = xMajor ? ux : uy;
        double un = xMajor ? uy : ux;
        double m0 = xMajor ? x0 : y0;
        double n0 = xMajor ? y0 : x0;
        int minN = xMajor ? minY : minX;
        int maxN = xMajor ? maxY : maxX;
        int stepM = xMajor ? 1 : width;
        int stepN = xMajor ? width : 1;
        profile(Math.abs(um), Math.abs(un));
        double start = -before;
        double end = length + after;
        // a pixel is touched only when its centre lies within this distance of the centre line
        double span = (hw + outer) / Math.abs(um);
        double slope = un / um;
        for (int m = xMajor ? minX : minY, last = xMajor ? maxX : maxY; m <= last; m++) {
            double rm = m + 0.5 - m0;
            double cn = n0 + rm * slope;
            int from = Math.max(minN, (int) Math.floor(cn - span - 0.5) + 1);
            int to = Math.min(maxN, (int) Math.ceil(cn + span - 0.5) - 1);
            if (from > to) continue;
            double rn = from + 0.5 - n0;
            double across = rn * um - rm * un;
            double along = rm * um + rn * un;
            double alongLast = along + (to - from) * un;
            int i = m * stepM + from * stepN;
            if (Math.min(along, alongLast) - start < outer || end - Math.max(along, alongLast) < outer)
                runNearEnd(i, stepN, to - from + 1, across, um, along, un, start, end);
            else run(i, stepN, to - from + 1, across, um);
        }
    }

    /**
     * Sets up {@link #share} and the strip rows for a direction whose components have the absolute
     * values {@code p} ≥ {@code q}.
     */
    private void profile(double p, double q) {
        outer = (p + q) * 0.5;
        int direction = (int) Math.round(q * DIRECTIONS);
        shareRow = direction * SHARE_ROW;
        stripRow = direction * stripLength;
        levelRow = levels + stripRow;
    }

    /**
     * Records the coverage of {@code count} pixels from {@code i} on, {@code step} apart, whose
     * centres lie {@code across}, {@code across + um}, … px from the centre line, all farther than a
     * pixel's reach from the segment's ends: each one's level is a single lookup. The strip's reach
     * bounds |across| by hw + √½, inside the table's rows, so the index needs no clamp.
     */
    private void run(int i, int step, int count, double across, double um) {
        int[] list = reserve(count);
        byte[] cover = coverage;
        float[] table = strips;
        int row = levelRow;
        int k = touchedCount;
        for (int n = 0; n < count; n++, i += step, across += um) {
            int v = (int) table[row + (int) (Math.abs(across) * SHARE_STEPS + 0.5)];
            int old = cover[i] & 0xFF;
            // listed when first covered (old 0, v above 0): the sign bit of (old − 1) & −v, without a branch
            list[k] = i;
            k += ((old - 1) & -v) >>> 31;
            cover[i] = (byte) Math.max(old, v);
        }
        touchedCount = k;
    }

    /**
     * As {@link #run}, for pixels that may lie within reach of an end: each one's strip share is
     * multiplied by its share between the ends, {@code along} being its centre's position along
     * the segment (stepping by {@code un}).
     */
    private void runNearEnd(
            int i, int step, int count, double across, double um, double along, double un, double start, double end) {
        int[] list = reserve(count);
        byte[] cover = coverage;
        float[] table = strips;
        int row = stripRow;
        int shares = shareRow;
        int k = touchedCount;
        for (int n = 0; n < count; n++, i += step, across += um, along += un) {
            double c = table[row + (int) (Math.abs(across) * SHARE_STEPS + 0.5)];
            int v = level(c * (share(shares, end - along) - share(shares, start - along)));
            int old = cover[i] & 0xFF;
            list[k] = i;
            k += ((old - 1) & -v) >>> 31;
            cover[i] = (byte) Math.max(old, v);
        }
        touchedCount = k;
    }

    /** The touched list, with room for {@code count} more pixels. */
    private int[] reserve(int count) {
        if (touchedCount + count > touched.length)
            touched = Arrays.copyOf(touched, Math.max(2 * touched.length, touchedCount + count));
        return touched;
    }

    /**
     * The share of a pixel lying less than {@code t} from its centre along the direction whose row of
     * {@link #SHARES} starts at {@code row}. The index is clamped after the conversion to int, which
     * picks the same sample as clamping t and costs no floating-point compares.
     */
    private static double share(int row, double t) {
        int j = (int) (t * SHARE_STEPS + SHARE_ORIGIN);
        return SHARES[row + Math.min(Math.max(j, 0), SHARE_ROW - 1)];
    }

    /**
     * The share of a unit pixel lying below {@code t} (measured from its centre) along a direction
     * whose components have the absolute values {@code p} ≥ {@code q}: the pixel projects onto that
     * direction as a trapezoid, two box profiles of widths p and q convolved, and this is its integral.
     */
    static double exactShare(double t, double p, double q) {
        double a = Math.abs(t);
        double outer = (p + q) * 0.5;
        double upper;
        if (a >= outer) upper = 1;
        else if (a <= (p - q) * 0.5) upper = 0.5 + a / p;
        else {
            double u = outer - a;
            upper = 1 - u * u / (2 * p * q);
        }
        return t >= 0 ? upper : 1 - upper;
    }

    private static float[] shares() {
        int rows = (int) Math.round(Math.sqrt(0.5) * DIRECTIONS) + 1;
        float[] table = new float[rows * SHARE_ROW];
        for (int d = 0; d < rows; d++) {
            double q = Math.min((double) d / DIRECTIONS, Math.sqrt(0.5));
            double p = Math.sqrt(1 - q * q);
            for (int j = 0; j < SHARE_ROW; j++)
                table[d * SHARE_ROW + j] = (float) exactShare((double) j / SHARE_STEPS - SHARE_REACH, p, q);
        }
        return table;
    }

    /** Composes the recorded coverage in colour {@code argb} over the image (source-over) and clears it. */
    void compose(int argb) {
        int count = touchedCount;
        int[] list = touched;
        int[] image = pixels;
        if (under.length < count) under = new int[list.length];
        int[] below = under;
        // gathered first in a loop of a few instructions a pixel, so many cache misses are under way at once
        for (int k = 0; k < count; k++) below[k] = image[list[k]];
        int alpha = argb >>> 24;
        byte[] cover = coverage;
        for (int k = 0; k < count; k++) {
            int i = list[k];
            int c = cover[i] & 0xFF;
            cover[i] = 0;
            image[i] = SourceOver.compose(below[k], argb, alpha == 255 ? c : (alpha * c + 127) / 255);
        }
        touchedCount = 0;
    }
}
