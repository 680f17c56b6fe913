package org.borderwatch.render;

/**
 * What a frame is painted into. Whoever makes the {@code Graphics2D} says which, so no painter has to
 * guess it from the Graphics2D's class.
 */
public enum RenderTarget {
    /**
     * Pixels: the screen or a PNG. Layers are kept in a buffer, point marks and labels are stamped from
     * pre-drawn sprites, and text is filled as glyph outlines.
     */
    RASTER,
    /**
     * Shapes: an SVG or PDF document. Every mark is a shape (never an embedded bitmap) and every text is
     * real text, searchable and selectable.
     */
    VECTOR;

    public boolean isRaster() {
        return this == RASTER;
    }
}
