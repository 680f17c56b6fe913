package org.borderwatch.ui.map;

import java.awt.Graphics2D;
import java.io.IOException;
import org.borderwatch.map.MapModel;
import org.borderwatch.render.Frame;

/**
 * Paints one frame into an off-screen image. In the app this is {@code MapPainter::paint}; tests pass
 * simpler painters to check the view's mechanics. Called on the render thread only.
 */
@FunctionalInterface
public interface FramePainter {
    void paint(Graphics2D g, Frame frame);

    /**
     * Does the slow part of painting {@code model} (reading and reprojecting its layers) ahead of the
     * first frame; called on a background thread before the model reaches the view.
     *
     * @throws IOException naming the layer that could not be read
     */
    default void prepare(MapModel model) throws IOException {}
}
