package org.borderwatch.render.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelSpritesTest {

    private static final LabelPlacer.TextStyle STYLE = new LabelPlacer.TextStyle(
            new Font(Font.SANS_SERIF, Font.BOLD, 13), new Color(30, 30, 40), new Color(255, 255, 255, 200), 1.5f, 4);

    private static Graphics2D canvas(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xF4, 0xE6, 0xC8));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    @Test
    void aCopiedSpriteCoversThePixelsThatFillingHaloAndTextWould() {
        LabelGlyphs glyphs = new LabelGlyphs();
        LabelSprites sprites = new LabelSprites(glyphs);
        BufferedImage filled = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D f = canvas(filled);
        double[][] origins = {{20.37, 30.81}, {150.5, 30.0}, {20.0, 80.25}, {150.93, 80.06}};
        for (double[] o : origins) {
            f.translate(o[0], o[1]);
            f.setColor(STYLE.halo());
            f.fill(glyphs.halo("Mitrovicë", STYLE.font(), STYLE.haloRadiusPx()));
            f.setColor(STYLE.fill());
            f.fill(glyphs.of("Mitrovicë", STYLE.font()).outline());
            f.translate(-o[0], -o[1]);
        }
        f.dispose();
        // the second picture copies the sprites kept from the first: exactly the same pixels, so an export
        // painted again by the same painter is the same file
        BufferedImage[] copied = new BufferedImage[2];
        for (int picture = 0; picture < 2; picture++) {
            copied[picture] = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D c = canvas(copied[picture]);
            for (double[] o : origins)
                sprites.paint(
                        c, List.of(new LabelPlacer.Placed("Mitrovicë", new Rectangle2D.Double(), o[0], o[1], STYLE)));
            c.dispose();
            assertThat(largestDifference(filled, copied[picture]))
                    .as("largest channel difference, of 255")
                    .isLessThanOrEqualTo(2);
        }
        assertThat(largestDifference(copied[0], copied[1]))
                .as("new against kept sprites")
                .isZero();
    }

    @Test
    void aSpriteMatchesTheShapesWhereverTheLabelFallsWithinItsPixel() {
        // glyph outlines sit on a 1/64 px grid: a sprite drawn even 1/2048 px off flips whole sample rows
        LabelPlacer.TextStyle style = new LabelPlacer.TextStyle(
                new Font(Font.SANS_SERIF, Font.PLAIN, 11), new Color(0x262626), new Color(255, 255, 255, 220), 1.6f, 4);
        LabelGlyphs glyphs = new LabelGlyphs();
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 400; i++) {
            double x = 20 + r.nextDouble();
            double y = 30 + r.nextDouble();
            BufferedImage filled = new BufferedImage(120, 50, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D f = canvas(filled);
            f.translate(x, y);
            f.setColor(style.halo());
            f.fill(glyphs.halo("Rožaje", style.font(), style.haloRadiusPx()));
            f.setColor(style.fill());
            f.fill(glyphs.of("Rožaje", style.font()).outline());
            f.dispose();
            BufferedImage copied = new BufferedImage(120, 50, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D c = canvas(copied);
            new LabelSprites(glyphs)
                    .paint(c, List.of(new LabelPlacer.Placed("Rožaje", new Rectangle2D.Double(), x, y, style)));
            c.dispose();
            assertThat(largestDifference(filled, copied))
                    .as("at %.5f, %.5f", x, y)
                    .isLessThanOrEqualTo(2);
        }
    }

    @Test
    void aFrameOfManyNewSpritesSharedWithTheHelperGivesThePixelsOfDrawingThemOneByOne() {
        LabelGlyphs glyphs = new LabelGlyphs();
        java.util.Random r = new java.util.Random(11);
        String[] names = {"Mitrovicë", "Rožaje", "Novi Pazar", "Podujeva", "Vushtrri", "Zvečan", "Leposavić", "Pejë"};
        List<LabelPlacer.Placed> labels = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++)
            labels.add(new LabelPlacer.Placed(
                    names[i % names.length],
                    new Rectangle2D.Double(),
                    10 + (i % 5) * 80 + r.nextDouble(),
                    20 + (i / 5) * 30 + r.nextDouble(),
                    STYLE));
        BufferedImage together = new BufferedImage(420, 260, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D t = canvas(together);
        new LabelSprites(glyphs).paint(t, labels);
        t.dispose();
        BufferedImage oneByOne = new BufferedImage(420, 260, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D o = canvas(oneByOne);
        LabelSprites single = new LabelSprites(glyphs);
        for (LabelPlacer.Placed p : labels) single.paint(o, List.of(p));
        o.dispose();
        assertThat(largestDifference(oneByOne, together)).isZero();
    }

    private static int largestDifference(BufferedImage filled, BufferedImage copied) {
        int worst = 0;
        long inked = 0;
        for (int y = 0; y < filled.getHeight(); y++)
            for (int x = 0; x < filled.getWidth(); x++) {
                int a = filled.getRGB(x, y);
                int b = copied.getRGB(x, y);
                if (b != 0xFFF4E6C8) inked++;
                for (int shift = 0; shift < 32; shift += 8)
                    worst = Math.max(worst, Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)));
            }
        assertThat(inked).as("pixels the labels cover").isGreaterThan(300);
        return worst;
    }

    @Test
    void spritesAreUsedOnlyWhereUserSpaceFallsOnWholeDevicePixels() {
        Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        assertThat(LabelSprites.fits(g)).isTrue();
        g.translate(3, -2);
        assertThat(LabelSprites.fits(g)).isTrue();
        g.translate(0.5, 0);
        assertThat(LabelSprites.fits(g)).isFalse();
        g.translate(-0.5, 0);
        g.scale(2, 2);
        assertThat(LabelSprites.fits(g)).isFalse();
        g.dispose();
    }
}
