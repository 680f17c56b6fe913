package org.borderwatch.render;

import java.awt.Point;
import java.awt.image.BufferedImage;
import java.util.List;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;
import org.geotools.geometry.jts.ReferencedEnvelope;

/**
 * The layers of the last raster frame, drawn a margin larger than the frame, with the label
 * candidates they offered. A following frame of the same model at the same scale that the buffer
 * still covers (a pan of up to {@value #MARGIN_PX} device pixels from where it was drawn) is a blit
 * of the buffer at the new offset plus label placement and furniture, not a redraw of every feature.
 * Pans are snapped to whole device pixels.
 */
final class LayerBuffer {

    static final int MARGIN_PX = 160;

    private BufferedImage image;
    private ThinLineRasterizer lines;
    private Viewport drawn;
    private MapModel model;
    private boolean antialiasing;
    private List<LabelPlacer.Candidate> candidates = List.of();

    /** Where frame {@code v} lies in the buffer, or null when the buffer cannot serve it. */
    Point offset(MapModel m, Viewport v, boolean aa) {
        if (image == null || m != model || aa != antialiasing || v.pixelScale() != drawn.pixelScale()
                || v.area().getCoordinateReferenceSystem() != drawn.area().getCoordinateReferenceSystem())
            return null;
        double upp = drawn.unitsPerPixel();
        if (Math.abs(v.unitsPerPixel() - upp) > upp * 1e-9) return null;
        long dx = Math.round((v.area().getMinX() - drawn.area().getMinX()) / upp);
        long dy = Math.round((drawn.area().getMaxY() - v.area().getMaxY()) / upp);
        if (dx < 0 || dy < 0 || dx + v.widthPx() > drawn.widthPx() || dy + v.heightPx() > drawn.heightPx()) return null;
        return new Point((int) dx, (int) dy);
    }

    /** The viewport the buffer is drawn with for frame {@code v}: the same scale, a margin wider. */
    static Viewport around(Viewport v) {
        double m = MARGIN_PX * v.unitsPerPixel();
        ReferencedEnvelope a = v.area();
        ReferencedEnvelope wider = new ReferencedEnvelope(a.getMinX() - m, a.getMaxX() + m, a.getMinY() - m,
                a.getMaxY() + m, a.getCoordinateReferenceSystem());
        return new Viewport(wider, v.widthPx() + 2 * MARGIN_PX, v.heightPx() + 2 * MARGIN_PX, v.pixelScale());
    }

    /**
     * An image for drawing {@code bufferView}, reusing the last one when the size matches. It is opaque
     * (the layers start with an opaque background), so composing it into a frame is a copy, not a blend.
     */
    BufferedImage imageFor(Viewport bufferView) {
        if (image == null || image.getWidth() != bufferView.widthPx() || image.getHeight() != bufferView.heightPx()) {
            image = new BufferedImage(bufferView.widthPx(), bufferView.heightPx(), BufferedImage.TYPE_INT_RGB);
            lines = new ThinLineRasterizer(image);
        }
        drawn = null;
        return image;
    }

    void drawn(MapModel m, Viewport bufferView, boolean aa, List<LabelPlacer.Candidate> offered) {
        model = m;
        drawn = bufferView;
        antialiasing = aa;
        candidates = offered;
    }

    BufferedImage image() {
        return image;
    }

    /** Draws thin outlines straight into the current image. */
    ThinLineRasterizer lines() {
        return lines;
    }

    List<LabelPlacer.Candidate> candidates() {
        return candidates;
    }
}
