package org.borderwatch.render.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class BufferRasterizerTest {

    private static final int SIZE = 200;

    @Test
    void horizontalLineCoversEachRowByTheShareOfItInsideTheStroke() {
        BufferedImage img = white(40, 20);
        Path2D.Double line = new Path2D.Double();
        line.moveTo(5, 10.25);
        line.lineTo(35, 10.25);
        BufferRasterizer lines = new BufferRasterizer(img);
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
        BasicStroke stroke = new BasicStroke(
                0.94f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 2f, new float[] {3.78f, 1.89f}, 0f);
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
        BasicStroke dashed =
                new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 2f, new float[] {5f, 2f}, 0f);
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
        BufferRasterizer lines = new BufferRasterizer(actual);
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
        BufferRasterizer lines = new BufferRasterizer(img);
        lines.draw(
                zigzag,
                new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 2f),
                new Color(0, 0, 0, 128));
        lines.flush();
        int darkest = 255;
        for (int y = 0; y < SIZE; y++)
            for (int x = 0; x < SIZE; x++) darkest = Math.min(darkest, img.getRGB(x, y) & 0xFF);
        // one layer of half-transparent black over white is 127; two would be 63
        assertThat(darkest).isBetween(126, 128);
    }

    @Test
    void drawsOnlyThinButtCappedMitreJoinedStrokes() {
        assertThat(BufferRasterizer.draws(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER)))
                .isTrue();
        assertThat(BufferRasterizer.draws(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER)))
                .isFalse();
        assertThat(BufferRasterizer.draws(new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_MITER)))
                .isFalse();
        assertThat(BufferRasterizer.draws(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND)))
                .isFalse();
        assertThat(BufferRasterizer.draws(
                        new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 2f, new float[] {4, 2}, 1f)))
                .isFalse();
        assertThatThrownBy(() ->
                        new BufferRasterizer(white(4, 4)).draw(new Path2D.Double(), new BasicStroke(4f), Color.BLACK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesImagesThatAreNotOpaqueIntRgb() {
        assertThatThrownBy(() -> new BufferRasterizer(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TYPE_INT_RGB");
    }

    @Test
    void opaqueFillsGiveJava2DsAliasedPixelsExceptWherePixelCentresTouchAnEdge() {
        int w = SIZE + 100;
        int h = SIZE;
        Path2D.Double shapes = stars(Path2D.WIND_EVEN_ODD, 7);
        // an open subpath is closed by the fill, on pixel centres and edges exactly
        shapes.moveTo(10.5, 150);
        shapes.lineTo(60, 150.5);
        shapes.lineTo(40, 190);
        BufferedImage expected = white(w, h);
        Graphics2D g = java2D(expected);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(new Color(200, 120, 40));
        g.fill(shapes);
        g.dispose();
        BufferedImage actual = white(w, h);
        BufferRasterizer direct = new BufferRasterizer(actual);
        direct.fill(shapes, new Color(200, 120, 40));
        direct.flush();
        // Java2D walks edges in fixed point (1/1024 px steps), so centres a hair from an edge may fall either way
        java.util.List<java.awt.geom.Line2D> edges = edges(shapes);
        int different = 0;
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                if (expected.getRGB(x, y) == actual.getRGB(x, y)) continue;
                different++;
                double nearest = Double.MAX_VALUE;
                for (java.awt.geom.Line2D e : edges) nearest = Math.min(nearest, e.ptSegDist(x + 0.5, y + 0.5));
                assertThat(nearest)
                        .as("distance of differing pixel (%d, %d) from an edge", x, y)
                        .isLessThan(0.05);
            }
        assertThat(different).isLessThan(w * h / 1000);
    }

    /** The straight edges of a closed-up polygon path. */
    private static java.util.List<java.awt.geom.Line2D> edges(Path2D path) {
        java.util.List<java.awt.geom.Line2D> edges = new java.util.ArrayList<>();
        double[] c = new double[6];
        double sx = 0;
        double sy = 0;
        double x = 0;
        double y = 0;
        for (java.awt.geom.PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == java.awt.geom.PathIterator.SEG_MOVETO) {
                edges.add(new java.awt.geom.Line2D.Double(x, y, sx, sy));
                sx = x = c[0];
                sy = y = c[1];
            } else if (type == java.awt.geom.PathIterator.SEG_LINETO) {
                edges.add(new java.awt.geom.Line2D.Double(x, y, c[0], c[1]));
                x = c[0];
                y = c[1];
            } else {
                edges.add(new java.awt.geom.Line2D.Double(x, y, sx, sy));
                x = sx;
                y = sy;
            }
        }
        edges.add(new java.awt.geom.Line2D.Double(x, y, sx, sy));
        return edges;
    }

    @Test
    void antialiasedFillsMatchJava2DWithinGoldenImageTolerance() {
        for (int rule : new int[] {Path2D.WIND_EVEN_ODD, Path2D.WIND_NON_ZERO})
            for (Color color : new Color[] {new Color(60, 120, 40), new Color(30, 60, 200, 140)}) {
                Path2D.Double shapes = stars(rule, 11);
                BufferedImage expected = white(SIZE + 100, SIZE);
                Graphics2D g = java2D(expected);
                g.setColor(color);
                g.fill(shapes);
                g.dispose();
                BufferedImage actual = white(SIZE + 100, SIZE);
                BufferRasterizer direct = new BufferRasterizer(actual);
                direct.fillAntialiased(shapes, color);
                direct.flush();
                assertWithinGoldenTolerance(expected, actual);
                assertThat(differingPixels(expected, actual))
                        .as("pixels differing at all")
                        .isLessThan(actual.getWidth() * actual.getHeight() / 10);
            }
    }

    /** Stars with a hole of the same winding (so the rules differ there), some cut by the image's edges. */
    private static Path2D.Double stars(int rule, long seed) {
        Path2D.Double shapes = new Path2D.Double(rule);
        java.util.Random random = new java.util.Random(seed);
        for (int k = 0; k < 10; k++) {
            double cx = -40 + random.nextDouble() * (SIZE + 180);
            double cy = -40 + random.nextDouble() * (SIZE + 80);
            for (double r : new double[] {25 + random.nextDouble() * 50, 10}) {
                int points = 5 + random.nextInt(20);
                for (int i = 0; i < 2 * points; i++) {
                    double a = i * Math.PI / points;
                    double rr = i % 2 == 0 ? r : r * 0.55;
                    if (i == 0) shapes.moveTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
                    else shapes.lineTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
                }
                shapes.closePath();
            }
        }
        // a long sliver reaching far left and right of the image
        shapes.moveTo(-5000, 150.3);
        shapes.lineTo(5000, 160.8);
        shapes.lineTo(5000, 163.1);
        return shapes;
    }

    @Test
    void drawingAheadWhileQueueingGivesTheSamePixelsAsOneFlush() {
        BasicStroke dashed = new BasicStroke(
                0.94f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 2f, new float[] {3.78f, 1.89f}, 0f);
        BufferedImage once = new BufferedImage(400, 700, BufferedImage.TYPE_INT_RGB);
        BufferedImage ahead = new BufferedImage(400, 700, BufferedImage.TYPE_INT_RGB);
        BufferRasterizer direct = new BufferRasterizer(once, 100);
        BufferRasterizer drawingAhead = new BufferRasterizer(ahead, 100);
        for (BufferRasterizer r : new BufferRasterizer[] {direct, drawingAhead}) {
            r.clear(Color.WHITE);
            for (int layer = 0; layer < 4; layer++) {
                Path2D.Double shapes = stars(Path2D.WIND_EVEN_ODD, layer);
                r.fillAntialiased(shapes, new Color(40 * layer, 120, 90, 200));
                r.draw(shapes, dashed, Color.DARK_GRAY);
                if (r == drawingAhead) r.drawAhead();
            }
            r.flush();
        }
        assertThat(differingPixels(once, ahead)).isZero();
    }

    @Test
    void wideStrokesFilledAsTheirStrokedShapeMatchJava2DsDraw() {
        Path2D.Double line = new Path2D.Double();
        line.moveTo(-30, 40);
        for (int k = 1; k <= 30; k++) line.lineTo(-30 + k * 12, 40 + 60 * Math.abs(Math.sin(k * 0.45)) + (k % 3) * 7);
        for (BasicStroke stroke : new BasicStroke[] {
            new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
            new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {10, 6}, 0f)
        })
            for (Color color : new Color[] {new Color(59, 47, 58), new Color(255, 255, 255, 150)}) {
                BufferedImage expected = white(SIZE + 100, SIZE);
                Graphics2D g = java2D(expected);
                g.setColor(new Color(120, 160, 200));
                g.fillRect(0, 0, SIZE + 100, SIZE);
                g.setColor(color);
                g.setStroke(stroke);
                g.draw(line);
                g.dispose();
                BufferedImage actual = white(SIZE + 100, SIZE);
                BufferRasterizer direct = new BufferRasterizer(actual);
                direct.clear(new Color(120, 160, 200));
                direct.fillAntialiased(stroke.createStrokedShape(line), color);
                direct.flush();
                assertWithinGoldenTolerance(expected, actual);
            }
    }

    @Test
    void rowsLeftForLaterGetWhatWasQueuedBeforeAndAfterInOrder() {
        BasicStroke outline = new BasicStroke(1.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 2f);
        Path2D.Double first = stars(Path2D.WIND_EVEN_ODD, 3);
        Path2D.Double second = stars(Path2D.WIND_NON_ZERO, 4);
        BufferedImage atOnce = new BufferedImage(SIZE + 100, SIZE, BufferedImage.TYPE_INT_RGB);
        BufferedImage inTwo = new BufferedImage(SIZE + 100, SIZE, BufferedImage.TYPE_INT_RGB);
        BufferRasterizer once = new BufferRasterizer(atOnce, 40);
        BufferRasterizer twice = new BufferRasterizer(inTwo, 40);
        for (BufferRasterizer r : new BufferRasterizer[] {once, twice}) {
            r.clear(Color.WHITE);
            r.fill(first, new Color(230, 220, 200));
            r.draw(first, outline, Color.DARK_GRAY);
            // the frame's rows now, the margin's later, with what is queued meanwhile
            if (r == twice) r.flushRows(40, SIZE - 40);
            r.fillAntialiased(second, new Color(20, 90, 160, 120));
            r.flush();
        }
        assertThat(differingPixels(atOnce, inTwo)).isZero();
    }

    @Test
    void marksComposeAsDrawImageDoes() {
        BufferedImage mark = new BufferedImage(9, 9, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D m = java2D(mark);
        m.setColor(new Color(30, 100, 220, 170));
        m.fill(new java.awt.geom.Ellipse2D.Double(0.5, 0.5, 8, 8));
        m.setColor(new Color(200, 30, 30));
        m.fill(new java.awt.geom.Ellipse2D.Double(3, 3, 3, 3));
        m.dispose();
        BufferedImage expected = white(120, 90);
        BufferedImage actual = white(120, 90);
        Graphics2D g = expected.createGraphics();
        g.setColor(new Color(90, 140, 60));
        g.fillRect(0, 40, 120, 50);
        BufferRasterizer direct = new BufferRasterizer(actual);
        direct.clear(Color.WHITE);
        Path2D.Double lower = new Path2D.Double();
        lower.append(new java.awt.Rectangle(0, 40, 120, 50), false);
        direct.fill(lower, new Color(90, 140, 60));
        // overlapping copies, and copies cut by every edge of the image
        int[][] at = {{10, 10}, {14, 12}, {-4, 30}, {115, 50}, {60, -5}, {60, 85}, {50, 38}, {53, 41}};
        for (int[] p : at) {
            g.drawImage(mark, p[0], p[1], null);
            direct.stamp(mark, p[0], p[1]);
        }
        g.dispose();
        direct.flush();
        assertThat(differingPixels(expected, actual)).isZero();
    }

    @Test
    void queuedFillsOutlinesAndMarksKeepTheirOrderInEveryBand() {
        int w = 400;
        int h = 600;
        BufferedImage mark = new BufferedImage(7, 7, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D m = java2D(mark);
        m.setColor(new Color(200, 30, 30));
        m.fill(new java.awt.geom.Ellipse2D.Double(0.5, 0.5, 6, 6));
        m.dispose();
        BasicStroke outline = new BasicStroke(1.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 2f);
        BufferedImage expected = white(w, h);
        Graphics2D g = java2D(expected);
        g.setColor(new Color(212, 227, 236));
        g.fillRect(0, 0, w, h);
        BufferedImage actual = white(w, h);
        BufferRasterizer direct = new BufferRasterizer(actual);
        direct.clear(new Color(212, 227, 236));
        // overlapping polygons, each filled then outlined, the next one covering part of the last outline
        for (int k = 0; k < 30; k++) {
            Path2D.Double poly = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            double cx = 40 + (k % 5) * 80;
            double cy = 30 + (k / 5) * 100;
            for (int i = 0; i < 60; i++) {
                double a = i * Math.PI / 30;
                double r = 55 + 8 * Math.sin(i * 1.7 + k);
                if (i == 0) poly.moveTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
                else poly.lineTo(cx + r * Math.cos(a), cy + r * Math.sin(a));
            }
            poly.closePath();
            Color fill = new Color(235 - k * 3, 232, 222);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setColor(fill);
            g.fill(poly);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(40, 40, 40));
            g.setStroke(outline);
            g.draw(poly);
            direct.fill(poly, fill);
            direct.draw(poly, outline, new Color(40, 40, 40));
        }
        for (int k = 0; k < 400; k++) {
            int x = (k * 37) % w;
            int y = (k * 53) % h;
            g.drawImage(mark, x, y, null);
            direct.stamp(mark, x, y);
        }
        g.dispose();
        direct.flush();
        assertWithinGoldenTolerance(expected, actual);
    }

    @Test
    void refusesTranslucentFillsAndMarksOfOtherTypes() {
        BufferRasterizer direct = new BufferRasterizer(white(10, 10));
        assertThatThrownBy(() -> direct.fill(new Path2D.Double(), new Color(0, 0, 0, 100)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("opaque");
        assertThatThrownBy(() -> direct.stamp(new BufferedImage(3, 3, BufferedImage.TYPE_INT_ARGB), 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TYPE_INT_ARGB_PRE");
    }

    private static int differingPixels(BufferedImage expected, BufferedImage actual) {
        int different = 0;
        for (int y = 0; y < expected.getHeight(); y++)
            for (int x = 0; x < expected.getWidth(); x++)
                if ((expected.getRGB(x, y) & 0xFFFFFF) != (actual.getRGB(x, y) & 0xFFFFFF)) different++;
        return different;
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
        BufferRasterizer lines = new BufferRasterizer(actual);
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
                for (int shift = 0; shift < 24; shift += 8)
                    most = Math.max(most, Math.abs((e >> shift & 0xFF) - (a >> shift & 0xFF)));
                if (most > 24) different++;
            }
        assertThat(inked).as("pixels either painter inked").isGreaterThan(w * h / 20);
        assertThat(100.0 * different / (w * h))
                .as("% of pixels differing by more than 24")
                .isLessThanOrEqualTo(0.5);
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
