package org.borderwatch.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ThinLineRasterizerTest {

    private static final int SIZE = 200;

    @Test
    void horizontalLineCoversEachRowByTheShareOfItInsideTheStroke() {
        BufferedImage img = white(40, 20);
        Path2D.Double line = new Path2D.Double();
        line.moveTo(5, 10.25);
        line.lineTo(35, 10.25);
        ThinLineRasterizer lines = new ThinLineRasterizer(img);
        lines.draw(line, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER), Color.BLACK);
        lines.flush();
        // the stroke spans y 9.75–10.75: a quarter of row 9, three quarters of row 10
        assertThat(img.getRGB(20, 9) & 0xFF).isCloseTo(191, org.assertj.core.data.Offset.offset(2));
        assertThat(img.getRGB(20, 10) & 0xFF).isCloseTo(64, org.assertj.core.data.Offset.offset(2));
        assertThat(img.getRGB(20, 8) & 0xFF).isEqualTo(255);
        assertThat(img.getRGB(20, 11) & 0xFF).isEqualTo(255);
        // butt caps: nothing before x = 5 or after x = 35
        assertThat(img.getRGB(4, 10) & 0xFF).isEqualTo(255);
        assertThat(img.getRGB(35, 10) & 0xFF).isEqualTo(255);
    }

    @Test
    void solidOutlinesMatchJava2DWithinGoldenImageTolerance() {
        BasicStroke stroke = new BasicStroke(1.89f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 2f);
        assertMatchesJava2D(stroke, new Color(40, 40, 40));
    }

    @Test
    void dashedOutlinesMatchJava2DWithinGoldenImageTolerance() {
        BasicStroke stroke = new BasicStroke(0.94f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 2f, new float[] {3.78f, 1.89f}, 0f);
        assertMatchesJava2D(stroke, new Color(90, 90, 90));
    }

    @Test
    void strokesSplitIntoBandsOnTwoThreadsKeepTheirOrderAcrossBandEdges() {
        int w = 640;
        int h = 480;
        // thousands of segments, so the bands are shared with the helper thread
        Path2D.Double grid = new Path2D.Double();
        for (int i = 0; i < 40; i++) {
            grid.moveTo(3 + i * 16, 2);
            for (int k = 1; k <= 60; k++) grid.lineTo(3 + i * 16 + 4 * Math.sin(k * 0.9), 2 + k * 8);
        }
        Path2D.Double across = new Path2D.Double();
        for (int j = 0; j < 30; j++) {
            across.moveTo(1, 5 + j * 16);
            for (int k = 1; k <= 80; k++) across.lineTo(1 + k * 8, 5 + j * 16 + 3 * Math.cos(k * 1.3));
        }
        BasicStroke dashed = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 2f, new float[] {5f, 2f}, 0f);
        BasicStroke solid = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 2f);
        BufferedImage expected = white(w, h);
        Graphics2D g = java2D(expected);
        g.setColor(Color.RED);
        g.setStroke(dashed);
        g.draw(grid);
        g.setColor(new Color(0, 0, 255, 160));
        g.setStroke(solid);
        g.draw(across);
        g.dispose();
        BufferedImage actual = white(w, h);
        ThinLineRasterizer lines = new ThinLineRasterizer(actual);
        lines.draw(grid, dashed, Color.RED);
        lines.draw(across, solid, new Color(0, 0, 255, 160));
        lines.flush();
        assertWithinGoldenTolerance(expected, actual);
    }

    @Test
    void translucentStrokeComposesOnceWhereItsOwnSegmentsOverlap() {
        BufferedImage img = white(SIZE, SIZE);
        // a zigzag with sharp turns: its segments overlap near every vertex
        Path2D.Double zigzag = new Path2D.Double();
        zigzag.moveTo(10, 100);
        for (int i = 1; i < 20; i++) zigzag.lineTo(10 + i * 9, i % 2 == 0 ? 100 : 60);
        ThinLineRasterizer lines = new ThinLineRasterizer(img);
        lines.draw(zigzag, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 2f), new Color(0, 0, 0, 128));
        lines.flush();
        int darkest = 255;
        for (int y = 0; y < SIZE; y++)
            for (int x = 0; x < SIZE; x++) darkest = Math.min(darkest, img.getRGB(x, y) & 0xFF);
        // one layer of half-transparent black over white is 127; two would be 63
        assertThat(darkest).isBetween(126, 128);
    }

    @Test
    void drawsOnlyThinButtCappedMitreJoinedStrokes() {
        assertThat(ThinLineRasterizer.draws(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER))).isTrue();
        assertThat(ThinLineRasterizer.draws(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER))).isFalse();
        assertThat(ThinLineRasterizer.draws(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_MITER))).isFalse();
        assertThat(ThinLineRasterizer.draws(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND))).isFalse();
        assertThat(ThinLineRasterizer.draws(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 2f,
                new float[] {4, 2}, 1f))).isFalse();
        assertThatThrownBy(() -> new ThinLineRasterizer(white(4, 4)).draw(new Path2D.Double(), new BasicStroke(4f), Color.BLACK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesImagesThatAreNotOpaqueIntRgb() {
        assertThatThrownBy(() -> new ThinLineRasterizer(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TYPE_INT_RGB");
    }

    /**
     * Rings and open lines in every direction, partly outside the image, drawn by Java2D and by the
     * rasteriser: at most 0.5% of pixels may differ by more than 24 of 255 (the golden images' rule).
     */
    private static void assertMatchesJava2D(BasicStroke stroke, Color color) {
        Path2D.Double shapes = new Path2D.Double();
        for (int k = 0; k < 6; k++) {
            double cx = 30 + (k % 3) * 70;
            double cy = 40 + (k / 3) * 110;
            for (int i = 0; i <= 23; i++) {
                double a = i * Math.PI / 11.5 + k;
                double r = (i % 2 == 0 ? 45 : 28) + k * 3;
                if (i == 0) shapes.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
                else shapes.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            }
            shapes.closePath();
        }
        shapes.moveTo(-20, 190);
        for (int i = 1; i < 40; i++) shapes.lineTo(-20 + i * 6.3, 190 - 30 * Math.sin(i * 0.7));
        BufferedImage expected = white(SIZE, SIZE);
        Graphics2D g = java2D(expected);
        g.setColor(color);
        g.setStroke(stroke);
        g.draw(shapes);
        g.dispose();
        BufferedImage actual = white(SIZE, SIZE);
        ThinLineRasterizer lines = new ThinLineRasterizer(actual);
        lines.draw(shapes, stroke, color);
        lines.flush();
        assertWithinGoldenTolerance(expected, actual);
    }

    private static void assertWithinGoldenTolerance(BufferedImage expected, BufferedImage actual) {
        int w = expected.getWidth();
        int h = expected.getHeight();
        int inked = 0;
        int different = 0;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                int e = expected.getRGB(x, y) & 0xFFFFFF;
                int a = actual.getRGB(x, y) & 0xFFFFFF;
                if (e != 0xFFFFFF || a != 0xFFFFFF) inked++;
                int most = 0;
                for (int shift = 0; shift < 24; shift += 8) most = Math.max(most, Math.abs((e >> shift & 0xFF) - (a >> shift & 0xFF)));
                if (most > 24) different++;
            }
        assertThat(inked).as("pixels either painter inked").isGreaterThan(w * h / 20);
        assertThat(100.0 * different / (w * h)).as("% of pixels differing by more than 24").isLessThanOrEqualTo(0.5);
    }

    private static Graphics2D java2D(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    private static BufferedImage white(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }
}
