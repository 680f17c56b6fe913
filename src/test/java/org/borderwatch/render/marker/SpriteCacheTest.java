package org.borderwatch.render.marker;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SpriteCacheTest {

    private static final RenderingHints HINTS =
            new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);

    @Test
    void drawsEachLookOnceCentredOnTheSpritesMiddle() {
        SpriteCache<String> cache = new SpriteCache<>(10_000);
        AtomicInteger drawn = new AtomicInteger();
        BufferedImage first = cache.get("dot", 5, HINTS, g -> {
            drawn.incrementAndGet();
            g.setColor(Color.RED);
            g.fillRect(-1, -1, 2, 2);
        });
        BufferedImage second = cache.get("dot", 5, HINTS, g -> drawn.incrementAndGet());
        assertThat(second).isSameAs(first);
        assertThat(drawn).hasValue(1);
        assertThat(first.getWidth()).isEqualTo(10);
        assertThat(first.getRGB(4, 4)).isEqualTo(Color.RED.getRGB());
        assertThat(first.getRGB(5, 5)).isEqualTo(Color.RED.getRGB());
        assertThat(first.getRGB(6, 6) >>> 24).isZero();
    }

    @Test
    void dropsTheLeastRecentlyUsedSpritesBeyondItsPixelBudget() {
        // each sprite is 10 x 10 = 100 px; the budget holds three
        SpriteCache<Integer> cache = new SpriteCache<>(300);
        for (int key = 0; key < 3; key++) cache.get(key, 5, HINTS, g -> {});
        cache.get(0, 5, HINTS, g -> {});
        cache.get(3, 5, HINTS, g -> {});
        assertThat(cache.size()).isEqualTo(3);
        AtomicInteger redrawn = new AtomicInteger();
        cache.get(0, 5, HINTS, g -> redrawn.incrementAndGet());
        assertThat(redrawn).as("recently used, kept").hasValue(0);
        cache.get(1, 5, HINTS, g -> redrawn.incrementAndGet());
        assertThat(redrawn).as("least recently used, dropped").hasValue(1);
    }
}
