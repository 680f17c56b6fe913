package org.borderwatch.render.raster;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * Draws many copies of one single-colour mark on a raster output in two passes instead of one
 * image blit per point: first it counts the copies per position, then it composes each pixel's
 * copies at once. Copies of one colour C with coverages a₁…aₙ composed over a pixel give
 * C·(1 − Π(1 − aᵢ)) + dst·Π(1 − aᵢ) in any order, so the result equals blitting every copy; the
 * overlay built from the products is drawn over the frame once.
 */
public final class PointStamper {

    private final int width;
    private final int height;
    private final BufferedImage stamp;
    private final int sw;
    private final int sh;
    /** Copies per stamp top-left corner, on a grid one stamp larger than the frame on each side. */
    private final int[] counts;

    private final int gridW;

    public PointStamper(int width, int height, BufferedImage stamp) {
        this.width = width;
        this.height = height;
        this.stamp = stamp;
        this.sw = stamp.getWidth();
        this.sh = stamp.getHeight();
        this.gridW = width + sw;
        this.counts = new int[gridW * (height + sh)];
    }

    /** Records one copy centred on device pixel (px, py), placed as a blit of the stamp would be. */
    public void add(double px, double py) {
        int x = (int) Math.round(px - sw / 2.0) + sw;
        int y = (int) Math.round(py - sh / 2.0) + sh;
        if (x < 0 || y < 0 || x >= gridW || y >= height + sh) return;
        counts[y * gridW + x]++;
    }

    /** Composes the recorded copies and draws them over {@code g}. */
    public void paint(Graphics2D g) {
        double[] coverage = new double[sw * sh];
        int colour = 0;
        int best = -1;
        for (int y = 0; y < sh; y++)
            for (int x = 0; x < sw; x++) {
                int argb = stamp.getRGB(x, y);
                int a = argb >>> 24;
                coverage[y * sw + x] = a / 255.0;
                if (a > best) {
                    best = a;
                    colour = argb;
                }
            }
        float[] transmit = new float[width * height];
        Arrays.fill(transmit, 1f);
        for (int p = 0; p < counts.length; p++) {
            int c = counts[p];
            if (c == 0) continue;
            int left = p % gridW - sw;
            int top = p / gridW - sh;
            for (int sy = 0; sy < sh; sy++) {
                int ty = top + sy;
                if (ty < 0 || ty >= height) continue;
                for (int sx = 0; sx < sw; sx++) {
                    double a = coverage[sy * sw + sx];
                    int tx = left + sx;
                    if (a == 0 || tx < 0 || tx >= width) continue;
                    transmit[ty * width + tx] *= (float) (c == 1 ? 1 - a : Math.pow(1 - a, c));
                }
            }
        }
        BufferedImage overlay = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        int[] px = ((DataBufferInt) overlay.getRaster().getDataBuffer()).getData();
        int r = (colour >> 16) & 0xFF;
        int gr = (colour >> 8) & 0xFF;
        int b = colour & 0xFF;
        for (int i = 0; i < px.length; i++) {
            float t = transmit[i];
            if (t >= 1f) continue;
            double alpha = 1 - t;
            px[i] = (int) Math.round(alpha * 255) << 24
                    | (int) Math.round(r * alpha) << 16
                    | (int) Math.round(gr * alpha) << 8
                    | (int) Math.round(b * alpha);
        }
        g.drawImage(overlay, 0, 0, null);
    }
}
