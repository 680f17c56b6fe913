package org.borderwatch.ui.map;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Shows a Java2D picture in JavaFX without copying it and without the javafx-swing module: the
 * image's premultiplied ARGB ints become the pixel buffer of a JavaFX image.
 */
final class ScreenImage {
    private ScreenImage() {}

    /**
     * A JavaFX image sharing {@code image}'s pixels; the caller must not draw into {@code image} afterwards.
     *
     * @throws IllegalArgumentException if {@code image} is not TYPE_INT_ARGB_PRE
     */
    static WritableImage wrap(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_ARGB_PRE)
            throw new IllegalArgumentException("need a TYPE_INT_ARGB_PRE image, got type " + image.getType());
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        return new WritableImage(new PixelBuffer<>(
                image.getWidth(), image.getHeight(), IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance()));
    }
}
