package org.borderwatch.render;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.borderwatch.map.GeoImage;
import org.borderwatch.map.Layer;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.raster.GridReprojection;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws image layers: each image is reprojected into the display CRS once (at twice its own resolution,
 * bilinear) and kept; a frame draws that copy scaled into place, at the layer's opacity times its fade at
 * the frame's scale. Multiply blending, for a greyscale hillshade, is drawn as black whose alpha is one minus
 * the grey: over any colour that gives exactly colour × grey, and it needs no custom composite, so SVG and PDF
 * exports get the same shading as the screen.
 */
final class GeoImagePainter {

    private static final int OVERSAMPLE = 2;
    private static final int MAX_SIDE_PX = 4096;

    private record Prepared(BufferedImage image, Envelope area) {}

    private final Map<GeoImage, Prepared> prepared = new IdentityHashMap<>();
    private CoordinateReferenceSystem crs;

    /**
     * Draws {@code layer}'s image into the frame.
     *
     * @throws IOException naming the file, if the image cannot be read or reprojected into {@code displayCrs}
     */
    void paint(Graphics2D g, Layer layer, CoordinateReferenceSystem displayCrs, Viewport v) throws IOException {
        float alpha = (float) (layer.info().opacity() * layer.info().fadeAt(v.scaleDenominator()));
        if (alpha <= 0) return;
        Prepared p = prepared(layer, displayCrs);
        AffineTransform at = new AffineTransform(v.worldToScreen());
        at.translate(p.area.getMinX(), p.area.getMaxY());
        at.scale(p.area.getWidth() / p.image.getWidth(), -p.area.getHeight() / p.image.getHeight());
        Graphics2D ig = (Graphics2D) g.create();
        ig.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        ig.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, Math.min(1, alpha)));
        ig.drawImage(p.image, at, null);
        ig.dispose();
    }

    private Prepared prepared(Layer layer, CoordinateReferenceSystem displayCrs) throws IOException {
        if (crs != displayCrs) {
            prepared.clear();
            crs = displayCrs;
        }
        Prepared p = prepared.get(layer.image());
        if (p == null) {
            p = prepare(layer, displayCrs);
            prepared.put(layer.image(), p);
        }
        return p;
    }

    private static Prepared prepare(Layer layer, CoordinateReferenceSystem displayCrs) throws IOException {
        GeoImage img = layer.image();
        try {
            Envelope lonLat = img.bounds();
            ReferencedEnvelope area =
                    new ReferencedEnvelope(lonLat, DefaultGeographicCRS.WGS84).transform(displayCrs, true, 20);
            MathTransform toLonLat = CRS.findMathTransform(displayCrs, DefaultGeographicCRS.WGS84, true);
            double aspect = area.getWidth() / area.getHeight();
            int h = Math.min(MAX_SIDE_PX, img.heightPx() * OVERSAMPLE);
            int w = (int) Math.min(MAX_SIDE_PX, Math.max(1, Math.round(h * aspect)));
            BufferedImage grid =
                    GridReprojection.reproject(img.read(), img.pixelToLonLat(), toLonLat, area, w, h, true);
            if (layer.info().multiply()) toShade(grid);
            return new Prepared(grid, area);
        } catch (FactoryException | TransformException e) {
            throw new IOException(
                    img.file() + ": cannot be reprojected into " + displayCrs.getName() + ": " + e.getMessage(), e);
        }
    }

    /** Turns grey into black of alpha 1 − grey, in place, so drawing it over a colour multiplies by the grey. */
    private static void toShade(BufferedImage grid) {
        int w = grid.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < grid.getHeight(); y++) {
            grid.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int c = row[x];
                int a = c >>> 24;
                int lum = (int) Math.round(0.299 * ((c >> 16) & 0xFF) + 0.587 * ((c >> 8) & 0xFF) + 0.114 * (c & 0xFF));
                row[x] = ((255 - lum) * a / 255) << 24;
            }
            grid.setRGB(0, y, w, 1, row, 0, w);
        }
    }
}
