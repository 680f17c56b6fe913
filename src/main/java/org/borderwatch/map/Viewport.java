package org.borderwatch.map;

import java.awt.geom.AffineTransform;
import org.geotools.geometry.jts.ReferencedEnvelope;

/**
 * The part of the map on screen: an area in the display CRS and the pixels it fills.
 * {@code pixelScale} is device pixels per logical pixel (2 on a hi-DPI screen, 300/96 for a print
 * page), so line widths and text keep their physical size whatever the output.
 */
public record Viewport(ReferencedEnvelope area, int widthPx, int heightPx, double pixelScale) {

    public Viewport {
        if (area == null || area.isEmpty())
            throw new IllegalArgumentException("viewport area must be a non-empty envelope, got " + area);
        if (widthPx <= 0 || heightPx <= 0)
            throw new IllegalArgumentException("viewport must be at least 1x1 px, got " + widthPx + "x" + heightPx);
        if (!(pixelScale > 0) || Double.isInfinite(pixelScale))
            throw new IllegalArgumentException("pixel scale must be a positive number, got " + pixelScale);
    }

    /** Map units per device pixel along x (the area is fitted so x and y agree). */
    public double unitsPerPixel() {
        return area.getWidth() / widthPx;
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
}
