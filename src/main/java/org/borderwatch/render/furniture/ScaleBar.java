package org.borderwatch.render.furniture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import net.sf.geographiclib.Geodesic;
import org.borderwatch.map.Viewport;
import org.geotools.api.referencing.operation.TransformException;

/**
 * A scale bar showing a true ground distance at the map's centre: the ground length of a horizontal
 * pixel span there is measured on the WGS 84 ellipsoid (GeographicLib), so the bar is right in any
 * display CRS, including Web Mercator where map metres are not ground metres. The length is the
 * largest 1, 2 or 5 × 10ⁿ metres that fits the maximum width.
 */
public final class ScaleBar {

    /** A bar: its ground length, its length in device pixels, and its label. */
    public record Bar(double metres, double lengthPx, String label) {}

    private static final double MAX_LOGICAL_PX = 140;
    private static final double MARGIN_LOGICAL_PX = 12;
    private static final double BAR_LOGICAL_PX = 5;

    /**
     * The bar for {@code viewport} no longer than {@code maxLengthPx} device pixels.
     *
     * @throws TransformException if the map centre lies outside the display CRS's valid area
     */
    public static Bar measure(Viewport viewport, double maxLengthPx) throws TransformException {
        double cx = viewport.widthPx() / 2.0;
        double cy = viewport.heightPx() / 2.0;
        double half = Math.max(1, Math.min(maxLengthPx, viewport.widthPx()) / 2);
        Point2D a = viewport.toLonLat(cx - half, cy);
        Point2D b = viewport.toLonLat(cx + half, cy);
        double metresPerPx = Geodesic.WGS84.Inverse(a.getY(), a.getX(), b.getY(), b.getX()).s12 / (2 * half);
        double metres = niceBelow(maxLengthPx * metresPerPx);
        return new Bar(metres, metres / metresPerPx, label(metres));
    }

    /** The largest 1, 2 or 5 × 10ⁿ not above {@code value}. */
    static double niceBelow(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {5, 2, 1}) if (step * power <= value) return step * power;
        return power;
    }

    static String label(double metres) {
        if (metres >= 1000) return String.format(Locale.ROOT, "%s km", trim(metres / 1000));
        return String.format(Locale.ROOT, "%s m", trim(metres));
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /**
     * The area the bar covers at the bottom left, which labels must avoid.
     *
     * @throws TransformException if the map centre lies outside the display CRS's valid area
     */
    public Rectangle2D area(Viewport viewport) throws TransformException {
        double s = viewport.pixelScale();
        return area(viewport, measure(viewport, MAX_LOGICAL_PX * s));
    }

    private static Rectangle2D area(Viewport viewport, Bar bar) {
        double s = viewport.pixelScale();
        double x = MARGIN_LOGICAL_PX * s;
        double y = viewport.heightPx() - MARGIN_LOGICAL_PX * s;
        Rectangle2D text = FurnitureText.bounds(bar.label(), font(s));
        return new Rectangle2D.Double(
                x - 4 * s,
                y - BAR_LOGICAL_PX * s - text.getHeight() - 8 * s,
                Math.max(bar.lengthPx(), text.getWidth()) + 8 * s,
                BAR_LOGICAL_PX * s + text.getHeight() + 12 * s);
    }

    private static Font font(double s) {
        return FurnitureText.font(10.5 * s, false);
    }

    /**
     * Draws the bar at the bottom left.
     *
     * @throws TransformException if the map centre lies outside the display CRS's valid area
     */
    public void paint(Graphics2D g, Viewport viewport, boolean raster) throws TransformException {
        double s = viewport.pixelScale();
        Bar bar = measure(viewport, MAX_LOGICAL_PX * s);
        double x = MARGIN_LOGICAL_PX * s;
        double y = viewport.heightPx() - MARGIN_LOGICAL_PX * s;
        double h = BAR_LOGICAL_PX * s;
        g.setColor(new Color(255, 255, 255, 190));
        g.fill(area(viewport, bar));
        double half = bar.lengthPx() / 2;
        g.setColor(FurnitureText.INK);
        g.fill(new Rectangle2D.Double(x, y - h, half, h));
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(x + half, y - h, half, h));
        g.setColor(FurnitureText.INK);
        g.setStroke(new BasicStroke((float) (0.8 * s)));
        g.draw(new Rectangle2D.Double(x, y - h, bar.lengthPx(), h));
        FurnitureText.draw(g, bar.label(), font(s), x, y - h - 4 * s, 0, raster);
    }
}
