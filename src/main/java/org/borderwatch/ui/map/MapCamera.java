package org.borderwatch.ui.map;

import java.util.Objects;
import org.borderwatch.map.Viewport;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;

/**
 * Where the map view looks: a centre in the display CRS and the map units one logical (CSS) pixel
 * covers. Kept apart from the window size so resizing the window keeps the centre and the scale,
 * and so the last view can be saved and restored whatever the next window's size.
 */
public record MapCamera(CoordinateReferenceSystem crs, double centreX, double centreY, double unitsPerPixel) {

    public MapCamera {
        Objects.requireNonNull(crs, "display CRS");
        if (!Double.isFinite(centreX) || !Double.isFinite(centreY))
            throw new IllegalArgumentException("camera centre must be finite, got " + centreX + ", " + centreY);
        if (!(unitsPerPixel > 0) || Double.isInfinite(unitsPerPixel))
            throw new IllegalArgumentException("units per pixel must be a positive number, got " + unitsPerPixel);
    }

    /** The camera that shows all of {@code area} in a view of the given logical size, centred. */
    public static MapCamera fit(ReferencedEnvelope area, double widthPx, double heightPx) {
        return new MapCamera(
                area.getCoordinateReferenceSystem(),
                area.getMedian(0),
                area.getMedian(1),
                Viewport.unitsToFit(area, widthPx, heightPx));
    }

    /**
     * The viewport for a view of the given logical size on a screen with {@code pixelScale} device
     * pixels per logical pixel; the image has the device size so hi-DPI screens get sharp frames.
     */
    Viewport viewport(double widthPx, double heightPx, double pixelScale) {
        int deviceWidth = Math.max(1, (int) Math.round(widthPx * pixelScale));
        int deviceHeight = Math.max(1, (int) Math.round(heightPx * pixelScale));
        // the area follows the rounded device size exactly, so x and y scales agree
        double halfW = deviceWidth / pixelScale * unitsPerPixel / 2;
        double halfH = deviceHeight / pixelScale * unitsPerPixel / 2;
        ReferencedEnvelope area =
                new ReferencedEnvelope(centreX - halfW, centreX + halfW, centreY - halfH, centreY + halfH, crs);
        return new Viewport(area, deviceWidth, deviceHeight, pixelScale);
    }

    /** The camera after the map was dragged by (dx, dy) logical pixels (y down). */
    MapCamera panBy(double dxPx, double dyPx) {
        return new MapCamera(crs, centreX - dxPx * unitsPerPixel, centreY + dyPx * unitsPerPixel, unitsPerPixel);
    }

    /**
     * The camera after zooming by {@code factor} (2 = twice as close) about the view point (x, y), so
     * the map point under that pixel stays under it.
     */
    MapCamera zoomAbout(double factor, double xPx, double yPx, double widthPx, double heightPx) {
        if (!(factor > 0) || Double.isInfinite(factor))
            throw new IllegalArgumentException("zoom factor must be a positive number, got " + factor);
        double worldX = worldX(xPx, widthPx);
        double worldY = worldY(yPx, heightPx);
        double units = unitsPerPixel / factor;
        return new MapCamera(crs, worldX - (xPx - widthPx / 2) * units, worldY + (yPx - heightPx / 2) * units, units);
    }

    /** The display-CRS x of the view's logical pixel column {@code xPx}. */
    public double worldX(double xPx, double widthPx) {
        return centreX + (xPx - widthPx / 2) * unitsPerPixel;
    }

    /** The display-CRS y of the view's logical pixel row {@code yPx} (rows grow downwards). */
    public double worldY(double yPx, double heightPx) {
        return centreY - (yPx - heightPx / 2) * unitsPerPixel;
    }

    /** The logical pixel column of display-CRS x. */
    public double pixelX(double worldX, double widthPx) {
        return widthPx / 2 + (worldX - centreX) / unitsPerPixel;
    }

    /** The logical pixel row of display-CRS y. */
    public double pixelY(double worldY, double heightPx) {
        return heightPx / 2 - (worldY - centreY) / unitsPerPixel;
    }
}
