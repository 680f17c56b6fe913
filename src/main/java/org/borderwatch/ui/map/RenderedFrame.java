package org.borderwatch.ui.map;

import java.awt.image.BufferedImage;
import java.util.Objects;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.Frame;

/**
 * A finished off-screen picture and the frame it shows.
 *
 * @param frame       what was painted: viewport, events, options
 * @param image       TYPE_INT_ARGB_PRE, {@code viewport.widthPx() x viewport.heightPx()} device pixels
 * @param renderNanos    how long painting took on the render thread, wall clock
 * @param renderCpuNanos CPU time the render thread spent painting, which other busy processes
 *                       on the machine do not inflate; -1 when the JVM cannot measure it
 */
record RenderedFrame(Frame frame, BufferedImage image, long renderNanos, long renderCpuNanos) {

    RenderedFrame {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(image, "image");
        Viewport viewport = frame.viewport();
        if (image.getWidth() != viewport.widthPx() || image.getHeight() != viewport.heightPx())
            throw new IllegalArgumentException("image is " + image.getWidth() + "x" + image.getHeight()
                    + " px but the viewport is " + viewport.widthPx() + "x" + viewport.heightPx());
    }

    Viewport viewport() {
        return frame.viewport();
    }

    double renderMillis() {
        return renderNanos / 1e6;
    }

    double renderCpuMillis() {
        return renderCpuNanos / 1e6;
    }
}
