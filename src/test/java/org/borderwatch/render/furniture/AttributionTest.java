package org.borderwatch.render.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.borderwatch.map.Viewport;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;

class AttributionTest {

    private static final String TEXT = "Boundaries: Natural Earth (public domain). Places: GeoNames (CC BY 4.0).";

    private static BufferedImage map(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        // a varied background, so a band blended wrongly shows
        g.setPaint(new GradientPaint(0, 0, new Color(0xD4E3EC), w, h, new Color(0x6B4E2A)));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    private static Graphics2D hinted(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    @Test
    void aCopiedAttributionLooksLikeOneDrawnAsShapesFrameAfterFrame() {
        Viewport v = new Viewport(new ReferencedEnvelope(0, 10, 0, 6, DefaultGeographicCRS.WGS84), 737, 411, 1.25);
        Attribution attribution = new Attribution();
        BufferedImage drawn = map(737, 411);
        Graphics2D d = hinted(drawn);
        attribution.paintShapes(d, v, TEXT, true);
        d.dispose();
        for (int frame = 0; frame < 2; frame++) {
            BufferedImage copied = map(737, 411);
            Graphics2D c = hinted(copied);
            attribution.paint(c, v, TEXT, true);
            c.dispose();
            int worst = 0;
            long changed = 0;
            BufferedImage bare = map(737, 411);
            for (int y = 0; y < 411; y++)
                for (int x = 0; x < 737; x++) {
                    if (copied.getRGB(x, y) != bare.getRGB(x, y)) changed++;
                    for (int shift = 0; shift < 32; shift += 8)
                        worst = Math.max(
                                worst,
                                Math.abs(((drawn.getRGB(x, y) >>> shift) & 0xFF)
                                        - ((copied.getRGB(x, y) >>> shift) & 0xFF)));
                }
            assertThat(changed).as("pixels the attribution covers").isGreaterThan(3000);
            assertThat(worst)
                    .as("largest channel difference, of 255, in frame %d", frame)
                    .isLessThanOrEqualTo(2);
        }
    }
}
