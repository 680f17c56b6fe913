package org.borderwatch.render.marker;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Pre-drawn images of symbols, each square and centred on a pixel corner, kept least recently used
 * first within a budget of pixels so a view of many distinct symbols cannot hold unbounded memory.
 * Blitting a sprite is a fraction of rasterising its antialiased curves again. Not thread-safe.
 *
 * @param <K> what makes two symbols draw the same pixels, apart from the pixel scale
 */
final class SpriteCache<K> {

    private final long pixelBudget;
    private final LinkedHashMap<K, BufferedImage> sprites = new LinkedHashMap<>(64, 0.75f, true);
    private long pixels;

    SpriteCache(long pixelBudget) {
        this.pixelBudget = pixelBudget;
    }

    /**
     * The sprite of {@code key}, {@code 2 * half} pixels square, to be drawn with its middle on a
     * pixel corner; on a miss {@code painter} draws the symbol centred on the origin of a graphics
     * with {@code hints}.
     */
    BufferedImage get(K key, int half, RenderingHints hints, Consumer<Graphics2D> painter) {
        BufferedImage sprite = sprites.get(key);
        if (sprite != null) return sprite;
        int size = 2 * half;
        sprite = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = sprite.createGraphics();
        g.setRenderingHints(hints);
        g.translate(half, half);
        painter.accept(g);
        g.dispose();
        sprites.put(key, sprite);
        pixels += (long) size * size;
        evictOverBudget();
        return sprite;
    }

    void clear() {
        sprites.clear();
        pixels = 0;
    }

    int size() {
        return sprites.size();
    }

    private void evictOverBudget() {
        Iterator<Map.Entry<K, BufferedImage>> eldest = sprites.entrySet().iterator();
        while (pixels > pixelBudget && sprites.size() > 1) {
            BufferedImage gone = eldest.next().getValue();
            eldest.remove();
            pixels -= (long) gone.getWidth() * gone.getHeight();
        }
    }
}
