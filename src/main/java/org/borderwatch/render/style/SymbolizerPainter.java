package org.borderwatch.render.style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.geotools.api.filter.expression.Expression;
import org.geotools.api.filter.expression.Literal;
import org.geotools.api.style.Fill;
import org.geotools.api.style.Graphic;
import org.geotools.api.style.GraphicalSymbol;
import org.geotools.api.style.LineSymbolizer;
import org.geotools.api.style.Mark;
import org.geotools.api.style.PointSymbolizer;
import org.geotools.api.style.PolygonSymbolizer;
import org.geotools.api.style.RasterSymbolizer;
import org.geotools.api.style.Stroke;
import org.geotools.api.style.Symbolizer;

/**
 * Turns GeoTools symbolizers into Java2D paint (colours, strokes, mark shapes) once per pixel scale
 * and draws shapes with them. The same ink paints the map and the legend swatches, so the legend
 * always matches. Only literal style values are supported: the region styles use no per-feature
 * expressions.
 */
public final class SymbolizerPainter {

    /** A symbolizer resolved to Java2D: fill and stroke may each be absent. */
    public record Ink(Color fill, Color strokeColor, BasicStroke stroke, Shape mark, double markSizePx) {
        /**
         * True when the fill may be drawn without antialiasing: it is opaque under an opaque, solid
         * outline at least a pixel wide, which covers its stepped edge. Coverage computation is most
         * of a polygon layer's cost.
         */
        public boolean outlineHidesFillEdge() {
            return fill != null
                    && fill.getAlpha() == 255
                    && stroke != null
                    && stroke.getLineWidth() >= 1f
                    && strokeColor != null
                    && strokeColor.getAlpha() == 255
                    && stroke.getDashArray() == null;
        }

        /** The mark pre-drawn on a small image, stamped per point on raster outputs. */
        public BufferedImage stamp() {
            int size = (int) Math.ceil(markSizePx + (stroke == null ? 0 : stroke.getLineWidth())) + 2;
            BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.translate(size / 2.0, size / 2.0);
            paintMark(g, this);
            g.dispose();
            return img;
        }
    }

    private static final System.Logger LOG = System.getLogger(SymbolizerPainter.class.getName());
    private static final float THIN_PX = 3f;

    private final Map<Symbolizer, Ink> inks = new IdentityHashMap<>();
    private final Map<Ink, BufferedImage> stamps = new IdentityHashMap<>();
    private double pixelScale = Double.NaN;

    /** The ink of {@code s} for output at {@code scale} device pixels per logical pixel. */
    public Ink ink(Symbolizer s, double scale) {
        if (scale != pixelScale) {
            inks.clear();
            stamps.clear();
            pixelScale = scale;
        }
        return inks.computeIfAbsent(s, k -> resolve(k, scale));
    }

    public BufferedImage stamp(Ink ink) {
        return stamps.computeIfAbsent(ink, Ink::stamp);
    }

    /**
     * Fills and strokes a screen-space shape; the fill without antialiasing where
     * {@link Ink#outlineHidesFillEdge} allows.
     */
    public static void paintShape(Graphics2D g, Shape shape, Ink ink) {
        paintFill(g, shape, ink);
        if (ink.stroke() != null) {
            g.setColor(ink.strokeColor());
            g.setStroke(ink.stroke());
            g.draw(shape);
        }
    }

    private static void paintFill(Graphics2D g, Shape shape, Ink ink) {
        if (ink.fill() != null) {
            g.setColor(ink.fill());
            boolean hideEdge = ink.outlineHidesFillEdge();
            Object aa = hideEdge ? g.getRenderingHint(RenderingHints.KEY_ANTIALIASING) : null;
            if (hideEdge) g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.fill(shape);
            if (hideEdge) g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
        }
    }

    /** Draws the mark of a point ink centred on the origin of {@code g}. */
    public static void paintMark(Graphics2D g, Ink ink) {
        if (ink.mark() == null) return;
        paintShape(g, ink.mark(), ink);
    }

    /**
     * Draws a legend swatch of {@code s} in {@code box}: a filled rectangle for polygons, a
     * horizontal line for lines, the mark for points.
     */
    public void paintSwatch(Graphics2D g, Symbolizer s, Rectangle2D box, double scale) {
        Ink ink = ink(s, scale);
        if (s instanceof PolygonSymbolizer) {
            paintShape(g, box, ink);
        } else if (s instanceof LineSymbolizer) {
            Path2D.Double line = new Path2D.Double();
            line.moveTo(box.getMinX(), box.getCenterY());
            line.lineTo(box.getMaxX(), box.getCenterY());
            paintShape(g, line, ink);
        } else if (s instanceof PointSymbolizer) {
            Graphics2D m = (Graphics2D) g.create();
            m.translate(box.getCenterX(), box.getCenterY());
            paintMark(m, ink);
            m.dispose();
        }
    }

    /**
     * Logs, once per symbolizer, what of it this painter cannot draw (graphic fills and strokes,
     * external graphics, per-feature values, raster symbolizers), so a style is never silently cut.
     */
    private static void reportUnsupported(Symbolizer s) {
        List<String> missing = new ArrayList<>();
        Stroke stroke =
                s instanceof PolygonSymbolizer p ? p.getStroke() : s instanceof LineSymbolizer l ? l.getStroke() : null;
        Fill fill = s instanceof PolygonSymbolizer p ? p.getFill() : null;
        if (fill != null && fill.getGraphicFill() != null) missing.add("graphic fill");
        if (stroke != null && (stroke.getGraphicFill() != null || stroke.getGraphicStroke() != null))
            missing.add("graphic stroke");
        for (Expression e : new Expression[] {
            fill == null ? null : fill.getColor(),
            fill == null ? null : fill.getOpacity(),
            stroke == null ? null : stroke.getColor(),
            stroke == null ? null : stroke.getWidth(),
            stroke == null ? null : stroke.getOpacity()
        }) if (e != null && !(e instanceof Literal)) missing.add("per-feature value " + e);
        if (s instanceof PointSymbolizer p) {
            if (!(p.getGraphic().getSize() == null || p.getGraphic().getSize() instanceof Literal))
                missing.add("per-feature size");
            for (GraphicalSymbol g : p.getGraphic().graphicalSymbols())
                if (!(g instanceof Mark)) missing.add("external graphic");
        }
        if (s instanceof RasterSymbolizer) missing.add("raster symbolizer");
        if (!missing.isEmpty())
            LOG.log(
                    Level.WARNING,
                    "style symbolizer {0}: not drawn as styled, unsupported: {1}",
                    s.getName() == null ? s.getClass().getSimpleName() : s.getName(),
                    String.join(", ", missing));
    }

    private static Ink resolve(Symbolizer s, double scale) {
        reportUnsupported(s);
        if (s instanceof PolygonSymbolizer p)
            return new Ink(fillColor(p.getFill()), strokeColor(p.getStroke()), stroke(p.getStroke(), scale), null, 0);
        if (s instanceof LineSymbolizer l)
            return new Ink(null, strokeColor(l.getStroke()), stroke(l.getStroke(), scale), null, 0);
        if (s instanceof PointSymbolizer p) return markInk(p.getGraphic(), scale);
        return new Ink(null, null, null, null, 0);
    }

    private static Ink markInk(Graphic graphic, double scale) {
        double size = number(graphic.getSize(), 6) * scale;
        for (GraphicalSymbol symbol : graphic.graphicalSymbols()) {
            if (!(symbol instanceof Mark mark)) continue;
            String name = mark.getWellKnownName() == null
                    ? "square"
                    : mark.getWellKnownName().evaluate(null, String.class);
            return new Ink(
                    fillColor(mark.getFill()),
                    strokeColor(mark.getStroke()),
                    stroke(mark.getStroke(), scale),
                    markShape(name, size),
                    size);
        }
        return new Ink(Color.GRAY, null, null, markShape("square", size), size);
    }

    private static Shape markShape(String wellKnownName, double size) {
        double h = size / 2;
        return switch (wellKnownName == null ? "square" : wellKnownName.toLowerCase(java.util.Locale.ROOT)) {
            case "circle" -> new Ellipse2D.Double(-h, -h, size, size);
            case "triangle" -> {
                Path2D.Double t = new Path2D.Double();
                t.moveTo(0, -h);
                t.lineTo(h, h);
                t.lineTo(-h, h);
                t.closePath();
                yield t;
            }
            default -> new Rectangle2D.Double(-h, -h, size, size);
        };
    }

    private static Color fillColor(Fill fill) {
        if (fill == null || fill.getColor() == null) return null;
        return withOpacity(fill.getColor().evaluate(null, Color.class), number(fill.getOpacity(), 1));
    }

    private static Color strokeColor(Stroke stroke) {
        if (stroke == null || stroke.getColor() == null) return null;
        return withOpacity(stroke.getColor().evaluate(null, Color.class), number(stroke.getOpacity(), 1));
    }

    private static BasicStroke stroke(Stroke stroke, double scale) {
        if (stroke == null || stroke.getColor() == null) return null;
        float width = (float) (number(stroke.getWidth(), 1) * scale);
        if (width <= 0) return null;
        float[] dash = stroke.getDashArray();
        if (dash != null && dash.length > 0) {
            float[] scaled = new float[dash.length];
            for (int i = 0; i < dash.length; i++) scaled[i] = (float) (dash[i] * scale);
            return new BasicStroke(width, BasicStroke.CAP_BUTT, join(width), 2f, scaled, 0f);
        }
        return new BasicStroke(width, width < THIN_PX ? BasicStroke.CAP_BUTT : BasicStroke.CAP_ROUND, join(width), 2f);
    }

    /** Round joins cost curves at every vertex; on thin lines a short miter looks the same. */
    private static int join(float width) {
        return width < THIN_PX ? BasicStroke.JOIN_MITER : BasicStroke.JOIN_ROUND;
    }

    private static Color withOpacity(Color c, double opacity) {
        if (c == null) return null;
        int alpha = (int) Math.round(Math.max(0, Math.min(1, opacity)) * c.getAlpha());
        return alpha == c.getAlpha() ? c : new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    public static double number(Expression e, double fallback) {
        if (e == null) return fallback;
        Double d = e.evaluate(null, Double.class);
        return d == null ? fallback : d;
    }
}
