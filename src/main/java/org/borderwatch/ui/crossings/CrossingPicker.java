package org.borderwatch.ui.crossings;

import java.util.Optional;
import org.borderwatch.crossings.Crossing;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.Regime;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;

/** Which crossing a click on the map hits: the nearest whose symbol lies within 10 logical pixels. */
public final class CrossingPicker {

    private static final double REACH_PX = 10;

    private CrossingPicker() {}

    /** The crossing drawn nearest to (x, y) in logical pixels of {@code v}, if {@code regime} draws one within reach. */
    public static Optional<Crossing> at(Regime regime, Viewport v, double x, double y) {
        if (!regime.drawsCrossings() || v == null) return Optional.empty();
        try {
            MathTransform toDisplay =
                    CRS.findMathTransform(DefaultGeographicCRS.WGS84, v.area().getCoordinateReferenceSystem(), true);
            Crossing best = null;
            double bestPx = REACH_PX;
            for (Crossing c : regime.crossings()) {
                double[] xy = {c.lon(), c.lat()};
                toDisplay.transform(xy, 0, xy, 0, 1);
                java.awt.geom.Point2D p = v.toScreen(xy[0], xy[1]);
                // the viewport's pixels are device pixels; a click comes in logical ones
                double d = Math.hypot(p.getX() / v.pixelScale() - x, p.getY() / v.pixelScale() - y);
                if (d <= bestPx) {
                    best = c;
                    bestPx = d;
                }
            }
            return Optional.ofNullable(best);
        } catch (FactoryException | TransformException e) {
            return Optional.empty();
        }
    }
}
