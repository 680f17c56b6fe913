package org.borderwatch.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.Consumer;
import org.borderwatch.events.postgis.ViewCell;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.marker.ClusterSymbol;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;

/**
 * Paints a frame's per-cell counts (a database's view holding too many events to fetch) as the same cluster discs
 * the markers use, at each cell's mean position, so a counted view reads like a clustered one.
 */
final class CountPainter {

    private CoordinateReferenceSystem crs;
    private MathTransform toDisplay;

    /**
     * Paints the counts onto {@code g}, whose user space is the viewport's device pixels, and hands each disc's area
     * to {@code footprints}.
     *
     * @throws FactoryException if GeoTools knows no transform from WGS 84 to the display CRS
     */
    void paint(Graphics2D g, Frame frame, Consumer<Rectangle2D> footprints) throws FactoryException {
        List<ViewCell> counts = frame.counts();
        if (counts.isEmpty()) return;
        CoordinateReferenceSystem display = frame.model().displayCrs();
        if (display != crs) {
            toDisplay = CRS.findMathTransform(DefaultGeographicCRS.WGS84, display, true);
            crs = display;
        }
        Viewport vp = frame.viewport();
        AffineTransform toScreen = vp.worldToScreen();
        double scale = vp.pixelScale();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.clip(new Rectangle2D.Double(0, 0, vp.widthPx(), vp.heightPx()));
            double[] at = new double[2];
            for (ViewCell c : counts) {
                at[0] = c.lon();
                at[1] = c.lat();
                try {
                    toDisplay.transform(at, 0, at, 0, 1);
                } catch (TransformException e) {
                    // a cell outside the display CRS's domain cannot be placed on this map
                    continue;
                }
                Point2D p = toScreen.transform(new Point2D.Double(at[0], at[1]), null);
                int[] kinds = {c.incidents(), c.deployments(), c.diplomatic()};
                ClusterSymbol.paint(g2, c.count(), kinds, p.getX(), p.getY(), scale);
                footprints.accept(ClusterSymbol.footprint(c.count(), p.getX(), p.getY(), scale));
            }
        } finally {
            g2.dispose();
        }
    }
}
