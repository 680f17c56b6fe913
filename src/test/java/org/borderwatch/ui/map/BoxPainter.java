package org.borderwatch.ui.map;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.borderwatch.map.Layer;
import org.borderwatch.render.Frame;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.style.PolygonSymbolizer;
import org.geotools.api.style.Style;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A test painter: fills each visible layer's polygons with its style's fill colour and nothing else,
 * so tests can tell from a pixel's colour which layer covers it. It checks the view's mechanics; the
 * real map is MapPainter's job.
 */
public final class BoxPainter implements FramePainter {
    static final Color BACKGROUND = Color.WHITE;

    @Override
    public void paint(Graphics2D g, Frame frame) {
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, frame.viewport().widthPx(), frame.viewport().heightPx());
        try {
            MathTransform project = CRS.findMathTransform(
                    DefaultGeographicCRS.WGS84, frame.model().displayCrs(), true);
            for (Layer layer : frame.model().layers()) {
                if (!layer.visible()) continue;
                g.setColor(fill(layer.style()));
                try (SimpleFeatureIterator it = layer.source().getFeatures().features()) {
                    while (it.hasNext()) g.fill(outline(it.next(), project, frame));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path2D outline(SimpleFeature feature, MathTransform project, Frame frame) throws Exception {
        Geometry g = JTS.transform((Geometry) feature.getDefaultGeometry(), project);
        Path2D path = new Path2D.Double();
        Coordinate[] ring = g.getCoordinates();
        path.moveTo(ring[0].x, ring[0].y);
        for (int i = 1; i < ring.length; i++) path.lineTo(ring[i].x, ring[i].y);
        path.closePath();
        return (Path2D) frame.viewport().worldToScreen().createTransformedShape(path);
    }

    private static Color fill(Style style) {
        PolygonSymbolizer s = (PolygonSymbolizer)
                style.featureTypeStyles().get(0).rules().get(0).symbolizers().get(0);
        return s.getFill().getColor().evaluate(null, Color.class);
    }
}
