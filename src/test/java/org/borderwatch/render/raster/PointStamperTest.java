package org.borderwatch.render.raster;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PointStamperTest {

    @Test
    void composedCopiesLookLikeOneBlitPerPoint() {
        BufferedImage stamp = new BufferedImage(5, 5, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D s = stamp.createGraphics();
        s.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        s.setColor(new Color(30, 100, 220, 120));
        s.fill(new Ellipse2D.Double(1.2, 1.2, 2.6, 2.6));
        s.dispose();

        BufferedImage blitted = background();
        BufferedImage composed = background();
        Graphics2D gb = blitted.createGraphics();
        PointStamper stamper = new PointStamper(200, 150, stamp);
        Random r = new Random(7);
        for (int i = 0; i < 30_000; i++) {
            // clustered so many copies land on the same pixels, and some half off the frame
            double x = 100 + r.nextGaussian() * 40;
            double y = 75 + r.nextGaussian() * 30;
            gb.drawImage(stamp, (int) Math.round(x - 2.5), (int) Math.round(y - 2.5), null);
            stamper.add(x, y);
        }
        gb.dispose();
        Graphics2D gc = composed.createGraphics();
        stamper.paint(gc);
        gc.dispose();

        int worst = 0;
        for (int y = 0; y < 150; y++)
            for (int x = 0; x < 200; x++) {
                int a = blitted.getRGB(x, y);
                int b = composed.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8)
                    worst = Math.max(worst, Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)));
            }
        // 8-bit blits round at every copy; the composed product rounds once
        assertThat(worst).isLessThanOrEqualTo(6);
    }

    private static BufferedImage background() {
        BufferedImage img = new BufferedImage(200, 150, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(235, 232, 222));
        g.fillRect(0, 0, 200, 150);
        g.dispose();
        return img;
    }
}
