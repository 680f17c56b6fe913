package org.borderwatch.render;

import java.awt.Point;
import java.awt.image.BufferedImage;
import java.util.Objects;
import org.borderwatch.gazetteer.PlaceNames;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.label.LabelLayout;
import org.borderwatch.render.raster.BufferRasterizer;
import org.geotools.geometry.jts.ReferencedEnvelope;

/**
 * The layers of the last raster frame, drawn a margin larger than the frame, with the layout of the
 * labels they offered. A following frame of the same model at the same scale that the buffer
 * still covers (a pan of up to {@value #MARGIN_PX} device pixels from where it was drawn) is a blit
 * of the buffer at the new offset, that layout fitted into the frame, and furniture, not a redraw
 * of every feature. Pans are snapped to whole device pixels.
 */
final class LayerBuffer {

    static final int MARGIN_PX = 160;

    private BufferedImage image;
    private BufferRasterizer rasterizer;
    private Viewport drawn;
    private MapModel model;
    private boolean antialiasing;
    private LabelLayout labels = LabelLayout.empty();
    private PlaceNames names;

    /** Where frame {@code v} lies in the buffer, or null when the buffer cannot serve it. */
    Point offset(MapModel m, Viewport v, boolean aa, PlaceNames shownNames) {
        // other names are other labels: the buffer's layout no longer fits
        if (image == null || aa != antialiasing || !Objects.equals(shownNames, names) || !sameMapAndScale(m, v))
            return null;
        double upp = drawn.unitsPerPixel();
        long dx = Math.round((v.area().getMinX() - drawn.area().getMinX()) / upp);
        long dy = Math.round((drawn.area().getMaxY() - v.area().getMaxY()) / upp);
        if (dx < 0 || dy < 0 || dx + v.widthPx() > drawn.widthPx() || dy + v.heightPx() > drawn.heightPx()) return null;
        return new Point((int) dx, (int) dy);
    }

    /**
     * The layout of the buffer's labels moved into the pixels of {@code bufferView}, when that shows the
     * same model at the same scale, so a buffer drawn further along a drag keeps the labels in place;
     * otherwise an empty layout.
     */
    LabelLayout labelsFor(MapModel m, Viewport bufferView) {
        if (!sameMapAndScale(m, bufferView)) return LabelLayout.empty();
        double upp = drawn.unitsPerPixel();
        return labels.movedBy(
                (drawn.area().getMinX() - bufferView.area().getMinX()) / upp,
                (bufferView.area().getMaxY() - drawn.area().getMaxY()) / upp);
    }

    private boolean sameMapAndScale(MapModel m, Viewport v) {
        if (drawn == null
                || m != model
                || v.pixelScale() != drawn.pixelScale()
                || v.area().getCoordinateReferenceSystem() != drawn.area().getCoordinateReferenceSystem()) return false;
        double upp = drawn.unitsPerPixel();
        return Math.abs(v.unitsPerPixel() - upp) <= upp * 1e-9;
    }

    /** The viewport the buffer is drawn with for frame {@code v}: the same scale, a margin wider. */
    static Viewport around(Viewport v) {
        double m = MARGIN_PX * v.unitsPerPixel();
        ReferencedEnvelope a = v.area();
        ReferencedEnvelope wider = new ReferencedEnvelope(
                a.getMinX() - m, a.getMaxX() + m, a.getMinY() - m, a.getMaxY() + m, a.getCoordinateReferenceSystem());
        return new Viewport(wider, v.widthPx() + 2 * MARGIN_PX, v.heightPx() + 2 * MARGIN_PX, v.pixelScale());
    }

    /**
     * An image for drawing {@code bufferView}, reusing the last one when the size matches. It is opaque
     * (the layers start with an opaque background), so composing it into a frame is a copy, not a blend.
     */
    BufferedImage imageFor(Viewport bufferView) {
        if (image == null || image.getWidth() != bufferView.widthPx() || image.getHeight() != bufferView.heightPx()) {
            image = new BufferedImage(bufferView.widthPx(), bufferView.heightPx(), BufferedImage.TYPE_INT_RGB);
            rasterizer = new BufferRasterizer(image, MARGIN_PX);
        }
        rasterizer.discard();
        drawn = null;
        return image;
    }

    void drawn(MapModel m, Viewport bufferView, boolean aa, PlaceNames shownNames, LabelLayout layout) {
        model = m;
        names = shownNames;
        drawn = bufferView;
        antialiasing = aa;
        labels = layout;
    }

    /**
     * The image, with at least rows {@code top} (inclusive) to {@code bottom} (exclusive) drawn: a
     * redraw draws the rows of the frame first, and the margin above and below waits for the first
     * frame that shows it.
     */
    BufferedImage imageWithRows(int top, int bottom) {
        rasterizer.flushRows(top, bottom);
        return image;
    }

    /** The layout of the labels the layers offered, in the buffer's pixels. */
    LabelLayout labels() {
        return labels;
    }

    /** Draws the background, fills, outlines and marks straight into the current image. */
    BufferRasterizer rasterizer() {
        return rasterizer;
    }
}
