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
 * the frame's scale. On raster targets the copy is also kept resampled to the frame's scale, for the view
 * widened by half its size on each side, with the opacity already applied: scaling a 4096-pixel image with
 * bilinear filtering into every frame took five sixths of a redraw of maps/ (about 50 of 60 ms), while a
 * frame at a scale already resampled only copies pixels. Vector targets and a new scale draw the copy scaled
 * as before. Multiply blending, for a greyscale hillshade, is drawn as black whose alpha is one minus
 * the grey: over any colour that gives exactly colour × grey, and it needs no custom composite, so SVG and PDF
 * exports get the same shading as the screen.
 */
final class GeoImagePainter {

    private static final int OVERSAMPLE = 2;
    private static final int MAX_SIDE_PX = 4096;

    /** How much wider than the view, each side, a resampled copy is made: pans stay inside it for a while. */
    private static final double RESAMPLED_MARGIN = 0.5;

    private record Prepared(BufferedImage image, Envelope area) {}

    /**
     * A prepared image resampled at {@code unitsPerPixel}, premultiplied by {@code alpha}: pixel (0, 0) has its
     * top-left corner at grid cell ({@code gridX}, {@code gridY}), the map point (gridX·upp, gridY·upp).
     */
    private record Resampled(
            double unitsPerPixel, float alpha, long gridX, long gridY, BufferedImage image, Envelope area) {}

    private final Map<GeoImage, Prepared> prepared = new IdentityHashMap<>();
    private final Map<GeoImage, Resampled> resampled = new IdentityHashMap<>();
    private CoordinateReferenceSystem crs;

    /**
     * Draws {@code layer}'s image into the frame.
     *
     * @throws IOException naming the file, if the image cannot be read or reprojected into {@code displayCrs}
     */
    void paint(Graphics2D g, Layer layer, CoordinateReferenceSystem displayCrs, Viewport v) throws IOException {
        paint(g, layer, displayCrs, v, false);
    }

    /**
     * Draws {@code layer}'s image into the frame; on a raster target from a copy resampled at the frame's scale.
     *
     * @throws IOException naming the file, if the image cannot be read or reprojected into {@code displayCrs}
     */
    void paint(Graphics2D g, Layer layer, CoordinateReferenceSystem displayCrs, Viewport v, boolean raster)
            throws IOException {
        float alpha = (float) Math.min(1, layer.info().opacity() * layer.info().fadeAt(v.scaleDenominator()));
        if (alpha <= 0) return;
        Prepared p = prepared(layer, displayCrs);
        if (raster) {
            Resampled r = resampled(layer.image(), p, v, alpha);
            if (r == null) return;
            double upp = v.unitsPerPixel();
            // the copy lies on the grid of whole pixels at this scale; the view may sit between two of them
            double x = r.gridX - v.area().getMinX() / upp;
            double y = v.area().getMaxY() / upp - r.gridY;
            g.drawImage(r.image, (int) Math.round(x), (int) Math.round(y), null);
            return;
        }
        AffineTransform at = new AffineTransform(v.worldToScreen());
        at.translate(p.area.getMinX(), p.area.getMaxY());
        at.scale(p.area.getWidth() / p.image.getWidth(), -p.area.getHeight() / p.image.getHeight());
        Graphics2D ig = (Graphics2D) g.create();
        ig.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        ig.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, Math.min(1, alpha)));
        ig.drawImage(p.image, at, null);
        ig.dispose();
    }

    /**
     * The copy of {@code p} at {@code v}'s scale and {@code alpha} that covers the view, made anew when the kept
     * one is for another scale or opacity or does not cover it; null when the image lies outside the view.
     */
    private Resampled resampled(GeoImage image, Prepared p, Viewport v, float alpha) {
        double upp = v.unitsPerPixel();
        ReferencedEnvelope a = v.area();
        Envelope view = new Envelope(a.getMinX(), a.getMaxX(), a.getMinY(), a.getMaxY());
        Resampled kept = resampled.get(image);
        if (kept != null
                && kept.unitsPerPixel == upp
                && kept.alpha == alpha
                && (kept.area.contains(view) || kept.area.contains(view.intersection(p.area)))) return kept;
        resampled.remove(image);
        Envelope cover = new Envelope(view);
        cover.expandBy(view.getWidth() * RESAMPLED_MARGIN, view.getHeight() * RESAMPLED_MARGIN);
        cover = cover.intersection(p.area);
        if (cover.isNull() || cover.getWidth() <= 0 || cover.getHeight() <= 0) return null;
        long gx0 = (long) Math.floor(cover.getMinX() / upp);
        long gx1 = (long) Math.ceil(cover.getMaxX() / upp);
        long gy0 = (long) Math.floor(cover.getMinY() / upp);
        long gy1 = (long) Math.ceil(cover.getMaxY() / upp);
        int w = (int) (gx1 - gx0), h = (int) (gy1 - gy0);
        BufferedImage out = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC, alpha));
        AffineTransform at = new AffineTransform(1 / upp, 0, 0, -1 / upp, -gx0, gy1);
        at.translate(p.area.getMinX(), p.area.getMaxY());
        at.scale(p.area.getWidth() / p.image.getWidth(), -p.area.getHeight() / p.image.getHeight());
        g.drawImage(p.image, at, null);
        g.dispose();
        Envelope area = new Envelope(gx0 * upp, gx1 * upp, gy0 * upp, gy1 * upp);
        Resampled r = new Resampled(upp, alpha, gx0, gy1, out, area);
        resampled.put(image, r);
        return r;
    }

    private Prepared prepared(Layer layer, CoordinateReferenceSystem displayCrs) throws IOException {
        if (crs != displayCrs) {
            resampled.clear();
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
