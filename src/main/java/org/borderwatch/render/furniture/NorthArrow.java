package org.borderwatch.render.furniture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.borderwatch.map.Viewport;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;

/**
 * A north arrow pointing to true north at the map centre. In a projected CRS grid north and true
 * north differ by the grid convergence (about 2° at the edge of a UTM zone in the Balkans); the
 * arrow is turned by it, computed numerically by stepping north from the centre on the ellipsoid.
 */
public final class NorthArrow {

    private static final double STEP_DEGREES = 0.01;
    private static final double SIZE_LOGICAL_PX = 34;
    private static final double MARGIN_LOGICAL_PX = 12;

    /**
     * The direction of true north at the map centre, in degrees clockwise from straight up on the
     * screen; positive west of a transverse Mercator's central meridian in the northern hemisphere.
     *
     * @throws TransformException if the centre lies outside the display CRS's valid area
     */
    public static double trueNorthDegrees(Viewport viewport) throws TransformException {
        Point2D centre = viewport.toLonLat(viewport.widthPx() / 2.0, viewport.heightPx() / 2.0);
        double lat = centre.getY();
        double step = lat + STEP_DEGREES > 90 ? -STEP_DEGREES : STEP_DEGREES;
        MathTransform toMap = viewport.toWgs84().inverse();
        double[] pts = {centre.getX(), lat, centre.getX(), lat + step};
        toMap.transform(pts, 0, pts, 0, 2);
        double dx = (pts[2] - pts[0]) * Math.signum(step);
        double dy = (pts[3] - pts[1]) * Math.signum(step);
        return Math.toDegrees(Math.atan2(dx, dy));
    }

    /** The area the arrow covers at the top right, which labels must avoid. */
    public Rectangle2D area(Viewport viewport) {
        double s = viewport.pixelScale();
        double size = SIZE_LOGICAL_PX * s;
        double cx = viewport.widthPx() - (MARGIN_LOGICAL_PX * s + size / 2);
        double cy = MARGIN_LOGICAL_PX * s + size * 0.75;
        return new Rectangle2D.Double(cx - size / 2, cy - size * 0.75, size, size * 1.4);
    }

    /**
     * Draws the arrow at the top right.
     *
     * @throws TransformException if the centre lies outside the display CRS's valid area
     */
    public void paint(Graphics2D g, Viewport viewport, boolean raster) throws TransformException {
        double s = viewport.pixelScale();
        double size = SIZE_LOGICAL_PX * s;
        double cx = viewport.widthPx() - (MARGIN_LOGICAL_PX * s + size / 2);
        double cy = MARGIN_LOGICAL_PX * s + size * 0.75;
        Graphics2D a = (Graphics2D) g.create();
        a.translate(cx, cy);
        a.transform(AffineTransform.getRotateInstance(Math.toRadians(trueNorthDegrees(viewport))));
        double h = size / 2;
        double w = size / 5;
        Path2D.Double left = new Path2D.Double();
        left.moveTo(0, -h);
        left.lineTo(-w, h * 0.55);
        left.lineTo(0, h * 0.3);
        left.closePath();
        Path2D.Double right = new Path2D.Double();
        right.moveTo(0, -h);
        right.lineTo(w, h * 0.55);
        right.lineTo(0, h * 0.3);
        right.closePath();
        a.setStroke(new BasicStroke((float) (0.9 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        a.setColor(Color.WHITE);
        a.fill(right);
        a.setColor(FurnitureText.INK);
        a.fill(left);
        a.draw(left);
        a.draw(right);
        Font font = FurnitureText.font(11 * s, true);
        Rectangle2D nb = FurnitureText.bounds("N", font);
        FurnitureText.draw(a, "N", font, -nb.getCenterX(), -h - 3 * s, 1.5 * s, raster);
        a.dispose();
    }
}
