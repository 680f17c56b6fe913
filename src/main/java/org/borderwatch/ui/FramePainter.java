package org.borderwatch.ui;

import java.awt.Graphics2D;
import org.borderwatch.render.Frame;

/**
 * Paints one frame into an off-screen image. In the app this is {@code MapPainter::paint}; tests pass
 * simpler painters to check the view's mechanics. Called on the render thread only.
 */
@FunctionalInterface
interface FramePainter {
    void paint(Graphics2D g, Frame frame);
}
