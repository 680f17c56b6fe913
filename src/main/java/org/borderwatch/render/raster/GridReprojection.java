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
 * transparent. One row of centres goes through the CRS transform at a time. A tile mosaic, drawn every frame,
 * goes through it approximately instead (see {@link #reprojectMosaic}).
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

    /** The spacing, in target pixels, of the grid on which a mosaic's pixel centres are transformed exactly. */
    static final int GRID_STEP_PX = 16;

    /**
     * Resamples a mosaic of square tiles (bilinear) into {@code out}, a {@code widthPx}×{@code heightPx} ARGB array
     * covering {@code target} in the display CRS. As gdalwarp's approximate transformer does, only the pixel centres
     * on a grid every {@value #GRID_STEP_PX} pixels are transformed exactly and the rest interpolated linearly
     * between them: over one frame, a projection's change of scale and angle is smooth enough that this stays
     * within a hundredth of a pixel, and it makes a full frame affordable.
     *
     * @param tiles          row-major {@code cols}×{@code rows} ARGB arrays of {@code tileSizePx}² pixels; null draws
     *     nothing there
     * @param sourceToPixel  from the tiles' CRS to mosaic pixel corner coordinates (0,0 the upper-left tile's corner)
     * @param displayToSource from the display CRS to the tiles' CRS
     * @throws TransformException if a grid node cannot be taken to the tiles' CRS
     */
    public static void reprojectMosaic(
            int[][] tiles,
            int cols,
            int rows,
            int tileSizePx,
            AffineTransform sourceToPixel,
            MathTransform displayToSource,
            Envelope target,
            int widthPx,
            int heightPx,
            int[] out)
            throws TransformException {
        int nx = widthPx / GRID_STEP_PX + 2;
        int ny = heightPx / GRID_STEP_PX + 2;
        double[] grid = new double[nx * ny * 2];
        double dx = target.getWidth() / widthPx;
        double dy = target.getHeight() / heightPx;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int k = 2 * (j * nx + i);
                grid[k] = target.getMinX() + (i * GRID_STEP_PX + 0.5) * dx;
                grid[k + 1] = target.getMaxY() - (j * GRID_STEP_PX + 0.5) * dy;
            }
        }
        displayToSource.transform(grid, 0, grid, 0, nx * ny);
        sourceToPixel.transform(grid, 0, grid, 0, nx * ny);
        Mosaic m = new Mosaic(tiles, cols, rows, tileSizePx);
        double[] rowNodes = new double[nx * 2];
        for (int y = 0; y < heightPx; y++) {
            int j = y / GRID_STEP_PX;
            double fy = (y - j * GRID_STEP_PX) / (double) GRID_STEP_PX;
            for (int i = 0; i < nx; i++) {
                int a = 2 * (j * nx + i);
                int b = a + 2 * nx;
                rowNodes[2 * i] = grid[a] + (grid[b] - grid[a]) * fy;
                rowNodes[2 * i + 1] = grid[a + 1] + (grid[b + 1] - grid[a + 1]) * fy;
            }
            int base = y * widthPx;
            // along a grid cell, positions step linearly: in 1/256 pixel, relative to the pixel centres
            for (int x0 = 0, i = 0; x0 < widthPx; x0 += GRID_STEP_PX, i++) {
                int fx = (int) Math.round((rowNodes[2 * i] - 0.5) * 256);
                int fy8 = (int) Math.round((rowNodes[2 * i + 1] - 0.5) * 256);
                int dfx = (int) Math.round((rowNodes[2 * i + 2] - rowNodes[2 * i]) * 256 / GRID_STEP_PX);
                int dfy = (int) Math.round((rowNodes[2 * i + 3] - rowNodes[2 * i + 1]) * 256 / GRID_STEP_PX);
                int end = Math.min(widthPx, x0 + GRID_STEP_PX);
                for (int x = x0; x < end; x++, fx += dfx, fy8 += dfy) out[base + x] = m.bilinear(fx, fy8);
            }
        }
    }

    /** Tiles side by side, sampled as one image; pixels of a missing tile are transparent. */
    private static final class Mosaic {
        private final int[][] tiles;
        private final int cols;
        private final int size;
        private final int w;
        private final int h;
        /** Tile sizes are powers of two (256, 512) but for odd files: shifts then, divisions otherwise. */
        private final int shift;

        Mosaic(int[][] tiles, int cols, int rows, int size) {
            this.tiles = tiles;
            this.cols = cols;
            this.size = size;
            this.w = cols * size;
            this.h = rows * size;
            this.shift = Integer.bitCount(size) == 1 ? Integer.numberOfTrailingZeros(size) : -1;
        }

        private int at(int x, int y) {
            int[] t = tiles[(y / size) * cols + x / size];
            return t == null ? 0 : t[(y % size) * size + x % size];
        }

        /**
         * As {@link #bilinear(int[], int, int, double, double)}, across tile edges, for the position ({@code fx},
         * {@code fy}) in 1/256 pixel from the first pixel's centre; two channels at a time in 8-bit fixed point.
         */
        int bilinear(int fx, int fy) {
            if (fx < -128 || fy < -128 || fx >= w * 256 - 128 || fy >= h * 256 - 128) return 0;
            fx = Math.max(0, Math.min((w - 1) << 8, fx));
            fy = Math.max(0, Math.min((h - 1) << 8, fy));
            int x0 = fx >> 8;
            int y0 = fy >> 8;
            int ax = fx & 0xFF;
            int ay = fy & 0xFF;
            int a, b, c, d;
            int mask = size - 1;
            if (shift >= 0 && (x0 & mask) < mask && (y0 & mask) < mask) {
                // the four pixels lie in one tile: the common case, without a lookup each
                int[] t = tiles[(y0 >> shift) * cols + (x0 >> shift)];
                if (t == null) return 0;
                int i = ((y0 & mask) << shift) + (x0 & mask);
                a = t[i];
                b = t[i + 1];
                c = t[i + size];
                d = t[i + size + 1];
            } else {
                int x1 = Math.min(w - 1, x0 + 1);
                int y1 = Math.min(h - 1, y0 + 1);
                a = at(x0, y0);
                b = at(x1, y0);
                c = at(x0, y1);
                d = at(x1, y1);
            }
            if (a == b && a == c && a == d) return a;
            int top = blend(a, b, ax);
            int bottom = blend(c, d, ax);
            return blend(top, bottom, ay);
        }

        /** {@code p} and {@code q} mixed {@code 256 − f} to {@code f}, red with blue and alpha with green at once. */
        private static int blend(int p, int q, int f) {
            int g = 256 - f;
            int rb = (((p & 0xFF00FF) * g + (q & 0xFF00FF) * f) >>> 8) & 0xFF00FF;
            int ag = ((((p >>> 8) & 0xFF00FF) * g + ((q >>> 8) & 0xFF00FF) * f) >>> 8) & 0xFF00FF;
            return (ag << 8) | rb;
        }
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
