package org.borderwatch.render.marker;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.events.SyntheticEvents;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.junit.jupiter.api.Test;

class MarkerSpritesTest {

    private static final int SIZE = 160;

    private static BufferedImage blank() {
        BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xe8, 0xe4, 0xd8));
        g.fillRect(0, 0, SIZE, SIZE);
        g.dispose();
        return img;
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    /** The largest difference of any channel of any pixel. */
    private static int maxDifference(BufferedImage a, BufferedImage b) {
        int max = 0;
        for (int y = 0; y < SIZE; y++)
            for (int x = 0; x < SIZE; x++)
                for (int shift = 0; shift < 24; shift += 8)
                    max = Math.max(
                            max, Math.abs(((a.getRGB(x, y) >> shift) & 0xFF) - ((b.getRGB(x, y) >> shift) & 0xFF)));
        return max;
    }

    private interface Painting {
        void paint(Graphics2D g, MarkerSprites sprites);
    }

    /** The same symbol painted as vector shapes and from sprites, on a blank frame each. */
    private static int spriteVersusVector(double scale, Painting vector, Painting sprite) {
        BufferedImage expected = blank();
        BufferedImage actual = blank();
        Graphics2D gv = graphics(expected);
        vector.paint(gv, null);
        gv.dispose();
        Graphics2D gs = graphics(actual);
        MarkerSprites sprites = new MarkerSprites();
        sprites.begin(gs, scale);
        // twice: the second is blitted from the cache and must not change the picture
        sprite.paint(gs, sprites);
        Graphics2D again = graphics(blank());
        sprites.begin(again, scale);
        sprite.paint(again, sprites);
        again.dispose();
        gs.dispose();
        return maxDifference(expected, actual);
    }

    @Test
    void clusterFromSpritesMatchesTheVectorClusterCentredOnAPixelCorner() {
        int[][] kindCounts = {{3, 2, 1}, {10, 0, 0}, {0, 4, 1}, {500, 300, 200}};
        for (double scale : new double[] {1, 2})
            for (int[] kinds : kindCounts) {
                int count = kinds[0] + kinds[1] + kinds[2];
                int diff = spriteVersusVector(
                        scale,
                        (g, s) -> ClusterSymbol.paint(g, count, kinds, 80, 80, scale),
                        (g, s) -> s.paintCluster(g, count, kinds, 80, 80));
                assertThat(diff).as("cluster of %d at scale %s", count, scale).isLessThanOrEqualTo(3);
            }
    }

    @Test
    void eventFromSpriteMatchesTheVectorSymbolCentredOnAPixelCorner() {
        Set<EventKind> kinds = EnumSet.noneOf(EventKind.class);
        Set<Confidence> confidences = EnumSet.noneOf(Confidence.class);
        List<Event> sample = new ArrayList<>();
        for (Event e : new SyntheticEvents(400, 11))
            if (kinds.add(e.kind()) | confidences.add(e.confidence())) sample.add(e);
        assertThat(kinds).hasSize(EventKind.values().length);
        for (Event e : sample) {
            int diff = spriteVersusVector(
                    2, (g, s) -> EventSymbol.paint(g, e, 80, 80, 2), (g, s) -> s.paintEvent(g, e, 80, 80));
            assertThat(diff)
                    .as("%s %s %s", e.kind(), e.category(), e.confidence())
                    .isLessThanOrEqualTo(3);
        }
    }

    @Test
    void spriteIsCentredOnTheNearestPixelCorner() {
        int[] kinds = {2, 1, 1};
        int diff = spriteVersusVector(
                1,
                (g, s) -> ClusterSymbol.paint(g, 4, kinds, 80, 81, 1),
                (g, s) -> s.paintCluster(g, 4, kinds, 80.4, 80.6));
        assertThat(diff).isLessThanOrEqualTo(3);
    }

    @Test
    void spriteLandsOnTheSamePixelsUnderAWholePixelTranslation() {
        int[] kinds = {5, 2, 0};
        int diff = spriteVersusVector(2, (g, s) -> ClusterSymbol.paint(g, 7, kinds, 80, 80, 2), (g, s) -> {
            g.translate(30, -20);
            s.paintCluster(g, 7, kinds, 50.2, 99.9);
        });
        assertThat(diff).isLessThanOrEqualTo(3);
    }

    @Test
    void spritesStandInOnlyOnAntialiasedRasterWithWholePixelTranslation() {
        Graphics2D g = graphics(blank());
        assertThat(MarkerSprites.fit(g, true)).isTrue();
        assertThat(MarkerSprites.fit(g, false)).as("vector output").isFalse();
        g.translate(12, 7);
        assertThat(MarkerSprites.fit(g, true)).isTrue();
        g.translate(0.5, 0);
        assertThat(MarkerSprites.fit(g, true)).as("half-pixel translation").isFalse();
        Graphics2D scaled = graphics(blank());
        scaled.scale(2, 2);
        assertThat(MarkerSprites.fit(scaled, true)).as("scaled").isFalse();
        Graphics2D aliased = graphics(blank());
        aliased.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        assertThat(MarkerSprites.fit(aliased, true)).as("no antialiasing").isFalse();
    }
}
