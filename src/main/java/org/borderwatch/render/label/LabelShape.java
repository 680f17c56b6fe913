package org.borderwatch.render.label;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A label drawn as a ready outline around its centre: the glyphs of a name laid one by one along a line, or a
 * road ref on its shield plate. Collisions are tested per glyph box, so a name along a bending river keeps
 * clear of a town beside the bend without claiming the whole rectangle around the curve.
 *
 * @param outline    the glyph outlines, in device pixels relative to the label's centre
 * @param boxes      one box per glyph (halo included), or the plate, relative to the centre
 * @param plate      the shield's plate behind the text, relative to the centre; null for a name along a line
 * @param plateFill  the plate's fill; null without a plate
 * @param plateEdge  the plate's outline colour; null for none
 */
public record LabelShape(Shape outline, List<Rectangle2D> boxes, Shape plate, Color plateFill, Color plateEdge) {

    public LabelShape {
        if (boxes.isEmpty()) throw new IllegalArgumentException("a label shape needs at least one box");
        boxes = List.copyOf(boxes);
    }

    /** The box around every glyph box, relative to the centre. */
    public Rectangle2D bounds() {
        Rectangle2D all = (Rectangle2D) boxes.get(0).clone();
        for (Rectangle2D b : boxes) all.add(b);
        return all;
    }

    /** The glyph boxes with the centre at device pixel (x, y). */
    List<Rectangle2D> boxesAt(double x, double y) {
        List<Rectangle2D> moved = new ArrayList<>(boxes.size());
        for (Rectangle2D b : boxes)
            moved.add(new Rectangle2D.Double(b.getX() + x, b.getY() + y, b.getWidth(), b.getHeight()));
        return moved;
    }

    /** The outline with the centre at device pixel (x, y). */
    Shape outlineAt(double x, double y) {
        return AffineTransform.getTranslateInstance(x, y).createTransformedShape(outline);
    }
}
