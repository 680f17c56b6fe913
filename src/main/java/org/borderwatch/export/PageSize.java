package org.borderwatch.export;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of an export in device pixels and its resolution. Print presets (A4, A3) are 300 DPI;
 * screen presets and custom sizes are 96 DPI times a pixel scale that grows with the picture, so a
 * 4K figure has text of the same proportion as a full-HD one.
 *
 * @param name the preset name or "WxH", kept so metadata records what the user asked for
 */
public record PageSize(String name, int widthPx, int heightPx, double dpi) {
    private static final double MM_PER_INCH = 25.4;
    private static final Pattern CUSTOM = Pattern.compile("(\\d{2,5})x(\\d{2,5})");
    /** Smallest side that still fits a title, a map and a legend without collisions. */
    public static final int MIN_SIDE_PX = 400;

    public static final int MAX_SIDE_PX = 20_000;

    public PageSize {
        if (widthPx < MIN_SIDE_PX || heightPx < MIN_SIDE_PX || widthPx > MAX_SIDE_PX || heightPx > MAX_SIDE_PX)
            throw new IllegalArgumentException("size " + widthPx + "x" + heightPx + " px is outside " + MIN_SIDE_PX
                    + ".." + MAX_SIDE_PX + " px per side");
        if (!(dpi >= 36 && dpi <= 2400))
            throw new IllegalArgumentException("resolution must be 36..2400 DPI, got " + dpi);
    }

    public static PageSize fullHd() {
        return parse("1920x1080");
    }

    /**
     * Parses a preset ({@code a4}, {@code a3}, {@code a4-portrait}, {@code a3-portrait}, at 300 DPI;
     * landscape unless asked) or a custom size {@code WIDTHxHEIGHT} in pixels such as {@code 3840x2160}.
     *
     * @throws IllegalArgumentException naming the text and the accepted forms
     */
    public static PageSize parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "a4":
                return paper(t, 297, 210);
            case "a4-portrait":
                return paper(t, 210, 297);
            case "a3":
                return paper(t, 420, 297);
            case "a3-portrait":
                return paper(t, 297, 420);
            default:
                Matcher m = CUSTOM.matcher(t);
                if (!m.matches())
                    throw new IllegalArgumentException(
                            "size \"" + text
                                    + "\" is not WIDTHxHEIGHT in pixels (e.g. 1920x1080, 3840x2160) nor a4, a3, a4-portrait, a3-portrait");
                int w = Integer.parseInt(m.group(1));
                int h = Integer.parseInt(m.group(2));
                return new PageSize(t, w, h, 96 * screenScale(w, h));
        }
    }

    /** Device pixels per CSS pixel: line widths and fonts are multiplied by it. */
    public double pixelScale() {
        return dpi / 96;
    }

    /** The page width in PDF points (1/72 inch). */
    public float widthPt() {
        return (float) (widthPx * 72 / dpi);
    }

    /** The page height in PDF points (1/72 inch). */
    public float heightPt() {
        return (float) (heightPx * 72 / dpi);
    }

    private static PageSize paper(String name, double widthMm, double heightMm) {
        double dpi = 300;
        return new PageSize(
                name,
                (int) Math.round(widthMm / MM_PER_INCH * dpi),
                (int) Math.round(heightMm / MM_PER_INCH * dpi),
                dpi);
    }

    /** 1 up to 1080 px on the short side, then in proportion (2 for 3840x2160). */
    private static double screenScale(int w, int h) {
        return Math.max(1, Math.min(w, h) / 1080.0);
    }
}
