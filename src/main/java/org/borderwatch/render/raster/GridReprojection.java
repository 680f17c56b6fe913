package org.borderwatch.render.raster;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.image.BufferedImage;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.locationtech.jts.geom.Envelope;

/**
 * Resamples a lon/lat grid onto a grid of the display CRS by inverse mapping, as gdalwarp does: the centre
 * of each target pixel is taken back to lon/lat and then to the source pixel it falls in, whose value it gets
 * (nearest neighbour) or the blend of the four around it (bilinear). Target pixels outside the source stay
 * transparent. One row of centres goes through the CRS transform at a time.
 */
public final class GridReprojection {

    private GridReprojection() {}

    /**
     * The {@code widthPx}×{@code heightPx} image covering {@code target} (display CRS, north up).
     *
     * @param displayToLonLat the transform from the display CRS to WGS 84 longitude/latitude
     * @throws TransformException if a target pixel centre cannot be taken to lon/lat
     */
    public static BufferedImage reproject(
            BufferedImage source,
            AffineTransform pixelToLonLat,
            MathTransform displayToLonLat,
            Envelope target,
            int widthPx,
            int heightPx,
            boolean bilinear)
            throws TransformException {
        AffineTransform lonLatToPixel;
        try {
            lonLatToPixel = pixelToLonLat.createInverse();
        } catch (NoninvertibleTransformException e) {
            throw new IllegalArgumentException("the image's georeference cannot be inverted: " + pixelToLonLat, e);
        }
        int sw = source.getWidth();
        int sh = source.getHeight();
        int[] src = source.getRGB(0, 0, sw, sh, null, 0, sw);
        BufferedImage out = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_ARGB);
        int[] row = new int[widthPx];
        double[] pts = new double[widthPx * 2];
        double dx = target.getWidth() / widthPx;
        double dy = target.getHeight() / heightPx;
        for (int y = 0; y < heightPx; y++) {
            double wy = target.getMaxY() - (y + 0.5) * dy;
            for (int x = 0; x < widthPx; x++) {
                pts[2 * x] = target.getMinX() + (x + 0.5) * dx;
                pts[2 * x + 1] = wy;
            }
            displayToLonLat.transform(pts, 0, pts, 0, widthPx);
            lonLatToPixel.transform(pts, 0, pts, 0, widthPx);
            for (int x = 0; x < widthPx; x++) {
                double px = pts[2 * x];
                double py = pts[2 * x + 1];
                row[x] = bilinear ? bilinear(src, sw, sh, px, py) : nearest(src, sw, sh, px, py);
            }
            out.setRGB(0, y, widthPx, 1, row, 0, widthPx);
        }
        return out;
    }

    private static int nearest(int[] src, int w, int h, double px, double py) {
        int ix = (int) Math.floor(px);
        int iy = (int) Math.floor(py);
        return ix < 0 || iy < 0 || ix >= w || iy >= h ? 0 : src[iy * w + ix];
    }

    /** Blends the four pixel centres around (px, py); outside the outer centres the edge pixels are held. */
    private static int bilinear(int[] src, int w, int h, double px, double py) {
        if (px < 0 || py < 0 || px >= w || py >= h) return 0;
        double fx = Math.max(0, Math.min(w - 1, px - 0.5));
        double fy = Math.max(0, Math.min(h - 1, py - 0.5));
        int x0 = (int) fx;
        int y0 = (int) fy;
        int x1 = Math.min(w - 1, x0 + 1);
        int y1 = Math.min(h - 1, y0 + 1);
        double ax = fx - x0;
        double ay = fy - y0;
        int a = src[y0 * w + x0], b = src[y0 * w + x1], c = src[y1 * w + x0], d = src[y1 * w + x1];
        int result = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            double top = ((a >>> shift) & 0xFF) * (1 - ax) + ((b >>> shift) & 0xFF) * ax;
            double bottom = ((c >>> shift) & 0xFF) * (1 - ax) + ((d >>> shift) & 0xFF) * ax;
            result |= ((int) Math.round(top * (1 - ay) + bottom * ay) & 0xFF) << shift;
        }
        return result;
    }
}
