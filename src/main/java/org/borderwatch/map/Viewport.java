package org.borderwatch.map;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;

/**
 * The part of the map on screen: an area in the display CRS and the pixels it fills.
 * {@code pixelScale} is device pixels per logical pixel (2 on a hi-DPI screen, 300/96 for a print
 * page), so line widths and text keep their physical size whatever the output. The helpers keep the
 * area's aspect equal to the pixels' so x and y scales agree.
 */
public record Viewport(ReferencedEnvelope area, int widthPx, int heightPx, double pixelScale) {

    /** The OGC standard rendering pixel, 0.28 mm, which scale denominators in styles assume. */
    public static final double OGC_PIXEL_METRES = 0.00028;

    private static final double METRES_PER_DEGREE = 6378137 * Math.PI / 180;

    public Viewport {
        if (area == null || area.isEmpty())
            throw new IllegalArgumentException("viewport area must be a non-empty envelope, got " + area);
        if (widthPx <= 0 || heightPx <= 0)
            throw new IllegalArgumentException("viewport must be at least 1x1 px, got " + widthPx + "x" + heightPx);
        if (!(pixelScale > 0) || Double.isInfinite(pixelScale))
            throw new IllegalArgumentException("pixel scale must be a positive number, got " + pixelScale);
    }

    /**
     * A viewport of the given pixels showing all of {@code wanted}, centred, widened along one axis
     * so the map is not stretched.
     */
    public static Viewport fit(ReferencedEnvelope wanted, int widthPx, int heightPx, double pixelScale) {
        if (widthPx <= 0 || heightPx <= 0)
            throw new IllegalArgumentException("viewport must be at least 1x1 px, got " + widthPx + "x" + heightPx);
        return centredAt(
                wanted.getCenterX(),
                wanted.getCenterY(),
                unitsToFit(wanted, widthPx, heightPx),
                widthPx,
                heightPx,
                pixelScale,
                wanted.getCoordinateReferenceSystem());
    }

    /**
     * The map units per pixel at which all of {@code area} fits into {@code widthPx} by {@code heightPx}
     * pixels: the larger of what its width and its height need, so the map is not stretched. The screen's
     * camera, the export page and every fitted viewport fit an area by this one rule.
     */
    public static double unitsToFit(ReferencedEnvelope area, double widthPx, double heightPx) {
        return Math.max(area.getWidth() / widthPx, area.getHeight() / heightPx);
    }

    private static Viewport centredAt(
            double cx,
            double cy,
            double unitsPerPixel,
            int w,
            int h,
            double pixelScale,
            CoordinateReferenceSystem crs) {
        double halfW = unitsPerPixel * w / 2;
        double halfH = unitsPerPixel * h / 2;
        return new Viewport(
                new ReferencedEnvelope(cx - halfW, cx + halfW, cy - halfH, cy + halfH, crs), w, h, pixelScale);
    }

    /** Map units per device pixel along x (the area is fitted so x and y agree). */
    public double unitsPerPixel() {
        return area.getWidth() / widthPx;
    }

    /** The same centre and scale on a window of another size (the window was resized). */
    public Viewport resized(int newWidthPx, int newHeightPx) {
        return centredAt(
                area.getCenterX(), area.getCenterY(), unitsPerPixel(), newWidthPx, newHeightPx, pixelScale, crs());
    }

    /**
     * Zooms by {@code factor} (2 shows half the width) keeping the world point under pixel (px, py)
     * under that pixel, as a wheel zoom around the cursor does.
     */
    public Viewport zoomAbout(double factor, double px, double py) {
        if (!(factor > 0) || Double.isInfinite(factor))
            throw new IllegalArgumentException("zoom factor must be a positive number, got " + factor);
        Point2D anchor = toWorld(px, py);
        double units = unitsPerPixel() / factor;
        double minX = anchor.getX() - px * units;
        double maxY = anchor.getY() + py * units;
        return new Viewport(
                new ReferencedEnvelope(minX, minX + units * widthPx, maxY - units * heightPx, maxY, crs()),
                widthPx,
                heightPx,
                pixelScale);
    }

    /** Moves the map content by (dx, dy) device pixels, as a drag does: dragging right shows what lay to the west. */
    public Viewport panByPixels(double dx, double dy) {
        double u = unitsPerPixel();
        ReferencedEnvelope moved = new ReferencedEnvelope(area);
        moved.translate(-dx * u, dy * u);
        return new Viewport(moved, widthPx, heightPx, pixelScale);
    }

    /** The transform from display-CRS coordinates to device pixels (y down). */
    public AffineTransform worldToScreen() {
        double sx = widthPx / area.getWidth();
        double sy = heightPx / area.getHeight();
        AffineTransform t = new AffineTransform();
        t.translate(0, heightPx);
        t.scale(sx, -sy);
        t.translate(-area.getMinX(), -area.getMinY());
        return t;
    }

    /** The transform from device pixels to display-CRS coordinates. */
    public AffineTransform screenToWorld() {
        try {
            return worldToScreen().createInverse();
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("viewport " + this + " has a degenerate transform", e);
        }
    }

    /** The display-CRS point at device pixel (px, py). */
    public Point2D toWorld(double px, double py) {
        return screenToWorld().transform(new Point2D.Double(px, py), null);
    }

    /** The device pixel of display-CRS point (x, y). */
    public Point2D toScreen(double x, double y) {
        return worldToScreen().transform(new Point2D.Double(x, y), null);
    }

    /**
     * Longitude (x) and latitude (y) in WGS 84 degrees of device pixel (px, py), through the display CRS.
     *
     * @throws TransformException if the pixel lies outside the projection's valid area
     */
    public Point2D toLonLat(double px, double py) throws TransformException {
        Point2D world = toWorld(px, py);
        double[] pt = {world.getX(), world.getY()};
        toWgs84().transform(pt, 0, pt, 0, 1);
        return new Point2D.Double(pt[0], pt[1]);
    }

    /** The transform from the display CRS to WGS 84 longitude/latitude. */
    public MathTransform toWgs84() {
        try {
            return CRS.findMathTransform(crs(), DefaultGeographicCRS.WGS84, true);
        } catch (FactoryException e) {
            throw new IllegalStateException("no transform from " + crs().getName() + " to WGS 84", e);
        }
    }

    /**
     * The scale denominator (the N of 1:N) at the given output resolution in dots per inch, where a
     * device pixel is 1/dpi inch. Geographic display CRSs are measured along the equator.
     */
    public double scaleDenominator(double dpi) {
        if (!(dpi > 0)) throw new IllegalArgumentException("dpi must be positive, got " + dpi);
        return metresPerPixel() * dpi / 0.0254;
    }

    /**
     * The scale denominator by the OGC convention that style rules use: one logical pixel is 0.28 mm,
     * so a hi-DPI frame of the same area has the same scale and shows the same rules.
     */
    public double scaleDenominator() {
        return metresPerPixel() * pixelScale / OGC_PIXEL_METRES;
    }

    private double metresPerPixel() {
        return crs() instanceof GeographicCRS ? unitsPerPixel() * METRES_PER_DEGREE : unitsPerPixel();
    }

    private CoordinateReferenceSystem crs() {
        return area.getCoordinateReferenceSystem();
    }
}
