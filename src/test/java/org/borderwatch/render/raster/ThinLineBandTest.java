package org.borderwatch.render.raster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ThinLineBandTest {

    private static final int WIDTH = 64;
    private static final int HEIGHT = 64;
    private static final int BACKGROUND = 0xFF10A0F0;

    @Test
    void composeIsIntegerSourceOverOfEachPixelsCoverageForOpaqueAndTranslucentColours() {
        for (int argb : new int[] {0xFF5A5A5A, 0x80C81E1E, 0x25FFFFFF, 0x01000000}) {
            int[] pixels = background();
            // varied pixels under the stroke, so every channel blends from many values
            for (int i = 0; i < pixels.length; i++) pixels[i] = 0xFF000000 | (i * 40503) & 0xFFFFFF;
            int[] before = pixels.clone();
            byte[] coverage = new byte[WIDTH * HEIGHT];
            ThinLineBand band = band(pixels, coverage, 0, HEIGHT);
            band.stroke(1.2, ThinLineBand.strips(1.2));
            for (int k = 0; k < 12; k++) band.segment(3, 2 + 5 * k, 60, 4 + 5 * k + k * 0.37, 0, 0);
            byte[] recorded = coverage.clone();
            band.compose(argb);
            int alpha = argb >>> 24;
            int covered = 0;
            for (int i = 0; i < pixels.length; i++) {
                int c = recorded[i] & 0xFF;
                if (c > 0) covered++;
                int a = (alpha * c + 127) / 255;
                int expected = before[i] & 0xFF000000;
                for (int shift = 0; shift <= 16; shift += 8) {
                    int src = (argb >> shift) & 0xFF;
                    int dst = (before[i] >> shift) & 0xFF;
                    expected |= ((src * a + dst * (255 - a) + 127) / 255) << shift;
                }
                assertThat(pixels[i])
                        .as("pixel %d, coverage %d, colour %08x", i, c, argb)
                        .isEqualTo(expected);
            }
            assertThat(covered).isGreaterThan(1000);
            assertThat(coverage).as("coverage cleared after compose").containsOnly(0);
        }
    }

    @Test
    void segmentsOfEveryDirectionAndWidthTouchOnlyTheirBandsRows() {
        for (double hw : new double[] {0.05, 0.4724, 0.945, 1.49}) {
            float[] strips = ThinLineBand.strips(hw);
            for (int degrees = 0; degrees < 360; degrees += 7) {
                double angle = Math.toRadians(degrees + 0.3 * (degrees % 3));
                int[] pixels = background();
                byte[] coverage = new byte[WIDTH * HEIGHT];
                ThinLineBand band = band(pixels, coverage, 20, 40);
                band.stroke(hw, strips);
                // from the band's middle out past the image's edges, and a short dash crossing the band's top
                band.segment(31.3, 30.7, 31.3 + 60 * Math.cos(angle), 30.7 + 60 * Math.sin(angle), hw, hw);
                band.segment(10.2, 19.6, 10.2 + 3.78 * Math.cos(angle), 19.6 + 3.78 * Math.sin(angle), 0, 0.6);
                band.compose(0xFF000000);
                int touched = 0;
                for (int y = 0; y < HEIGHT; y++)
                    for (int x = 0; x < WIDTH; x++) {
                        boolean changed = pixels[y * WIDTH + x] != BACKGROUND;
                        if (changed) touched++;
                        if (y < 20 || y >= 40)
                            assertThat(changed)
                                    .as("pixel (%d, %d), hw %s, %d°", x, y, hw, degrees)
                                    .isFalse();
                    }
                assertThat(touched).as("hw %s, %d°", hw, degrees).isPositive();
            }
        }
    }

    @Test
    void pixelsGetTheirShareOfTheStripTimesTheirShareBetweenTheButtEnds() {
        int[] pixels = background();
        byte[] coverage = new byte[WIDTH * HEIGHT];
        ThinLineBand band = band(pixels, coverage, 0, HEIGHT);
        band.stroke(0.6, ThinLineBand.strips(0.6));
        // the strokes span 0.6 px either side of y = 30.75 and 10.75: 85 % of the row above, 35 % of the row below
        band.segment(8, 30.75, 56, 30.75, 0, 0);
        band.segment(8.5, 10.75, 56, 10.75, 0, 0);
        assertThat(level(coverage, 30, 32)).isEqualTo(level(0.85));
        assertThat(level(coverage, 31, 32)).isEqualTo(level(0.35));
        assertThat(level(coverage, 29, 32)).isZero();
        assertThat(level(coverage, 32, 32)).isZero();
        // ends on whole x: the columns inside are whole, those outside empty
        assertThat(level(coverage, 30, 8)).isEqualTo(level(0.85));
        assertThat(level(coverage, 30, 55)).isEqualTo(level(0.85));
        assertThat(level(coverage, 30, 7)).isZero();
        assertThat(level(coverage, 30, 56)).isZero();
        // an end through a column's middle leaves half of it
        assertThat(level(coverage, 10, 8)).isEqualTo(level(0.85 * 0.5));
        assertThat(level(coverage, 11, 8)).isEqualTo(level(0.35 * 0.5));
        assertThat(level(coverage, 10, 7)).isZero();
    }

    private static int level(byte[] coverage, int y, int x) {
        return coverage[y * WIDTH + x] & 0xFF;
    }

    private static int level(double share) {
        return (int) (share * 255 + 0.5);
    }

    private static int[] background() {
        int[] pixels = new int[WIDTH * HEIGHT];
        Arrays.fill(pixels, BACKGROUND);
        return pixels;
    }

    private static ThinLineBand band(int[] pixels, byte[] coverage, int top, int bottom) {
        return new ThinLineBand(pixels, coverage, WIDTH, top, bottom);
    }
}
