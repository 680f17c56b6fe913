package org.borderwatch.render;

import java.awt.Graphics2D;

/**
 * Paints a map frame onto any Graphics2D: the screen buffer, a PNG, an SVG or a PDF page.
 * Labels are placed after all layers so no feature covers them.
 * Not thread-safe; use one instance per render thread.
 */
public final class MapPainter {

    /** Paints the frame into the rectangle (0, 0, viewport width, viewport height) of {@code g}. */
    public void paint(Graphics2D g, Frame frame) {
        throw new UnsupportedOperationException("renderer not written yet");
    }
}
