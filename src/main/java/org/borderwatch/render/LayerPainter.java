package org.borderwatch.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.gazetteer.PlaceNames;
import org.borderwatch.map.Viewport;
import org.borderwatch.map.catalogue.CatalogueLayer;
import org.borderwatch.render.label.LabelPlacer;
import org.borderwatch.render.label.LineLabelSpot;
import org.borderwatch.render.label.LineText;
import org.borderwatch.render.raster.BufferRasterizer;
import org.borderwatch.render.raster.PointStamper;
import org.borderwatch.render.style.StyleSelector;
import org.borderwatch.render.style.SymbolizerPainter;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.style.Displacement;
import org.geotools.api.style.LinePlacement;
import org.geotools.api.style.Mark;
import org.geotools.api.style.PointPlacement;
import org.geotools.api.style.PointSymbolizer;
import org.geotools.api.style.Style;
import org.geotools.api.style.Symbolizer;
import org.geotools.api.style.TextSymbolizer;
import org.geotools.geometry.jts.GeometryClipper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws one layer's features for one frame: for each pass of its style, the features in view get
 * their rules' symbolizers; geometries come decimated for the zoom level, are clipped to the frame
 * (plus a margin so clip edges never show) and turned into screen paths. Text symbolizers become
 * label candidates. On raster outputs point marks are stamped from a pre-drawn image; vector
 * outputs (SVG, PDF) get real shapes.
 */
final class LayerPainter {

    private static final double MARGIN_LOGICAL_PX = 16;
    /** Below this many points a blit per point costs less than the stamper's two full-frame passes. */
    private static final int STAMPER_MIN_POINTS = 20_000;

    private final StyleSelector selector;
    private final SymbolizerPainter symbols;
    private final LabelPlacer labels;
    private final Map<TextSymbolizer, LabelPlacer.TextStyle> textStyles = new IdentityHashMap<>();
    private double textScale = Double.NaN;
    private final List<Symbolizer> scratch = new ArrayList<>();
    private final PlaceLabelText placeLabels = new PlaceLabelText();
    private final LineText lineText = new LineText();
    /** How the frame being drawn writes place names; null keeps the label fields' text. */
    private PlaceNames names;

    LayerPainter(StyleSelector selector, SymbolizerPainter symbols, LabelPlacer labels) {
        this.selector = selector;
        this.symbols = symbols;
        this.labels = labels;
    }

    /**
     * Draws the layer; {@code direct}, when given, draws the fills, outlines and point marks
     * straight into the image {@code g} paints (the layer buffer), or null to leave everything to
     * {@code g}. What {@code direct} queues reaches the image at its next flush; before anything is
     * drawn through {@code g} (marks on polygons, dense point layers) its queue is flushed, so the
     * order holds.
     */
    void paint(Graphics2D g, ProjectedLayer layer, Style style, Viewport v, boolean raster, BufferRasterizer direct) {
        paint(g, layer, style, v, raster, direct, null);
    }

    /** Draws the layer as {@link #paint} does, its place labels written as {@code chosen} says (null: as stored). */
    void paint(
            Graphics2D g,
            ProjectedLayer layer,
            Style style,
            Viewport v,
            boolean raster,
            BufferRasterizer direct,
            PlaceNames chosen) {
        names = chosen;
        List<StyleSelector.Pass> passes = selector.passesAt(style, v.scaleDenominator());
        if (passes.isEmpty() || layer.size() == 0) return;
        double upp = v.unitsPerPixel();
        double margin = MARGIN_LOGICAL_PX * v.pixelScale() * upp;
        Envelope view = new Envelope(
                v.area().getMinX(),
                v.area().getMaxX(),
                v.area().getMinY(),
                v.area().getMaxY());
        Envelope expanded = new Envelope(view);
        expanded.expandBy(margin);
        AffineTransform at = v.worldToScreen();
        for (StyleSelector.Pass pass : passes) {
            if (layer.allPoints())
                paintPoints(g, layer, pass, expanded, at, v.pixelScale(), raster, v.widthPx(), v.heightPx(), direct);
            else paintShapes(g, layer, pass, expanded, at, upp, v.pixelScale(), direct);
        }
    }

    private void paintPoints(
            Graphics2D g,
            ProjectedLayer layer,
            StyleSelector.Pass pass,
            Envelope area,
            AffineTransform at,
            double scale,
            boolean raster,
            int width,
            int height,
            BufferRasterizer direct) {
        double sx = at.getScaleX();
        double sy = at.getScaleY();
        double tx = at.getTranslateX();
        double ty = at.getTranslateY();
        int n = layer.size();
        // every point of an unfiltered pass gets the same symbolizers: select them once, not per point
        List<Symbolizer> fixed = pass.unfiltered() ? List.copyOf(pass.symbolizersFor(null, new ArrayList<>())) : null;
        if (fixed != null) {
            SymbolizerPainter.Ink only = fixed.size() == 1 && fixed.get(0) instanceof PointSymbolizer
                    ? symbols.ink(fixed.get(0), scale)
                    : null;
            if (raster && only != null && only.stroke() == null && n >= STAMPER_MIN_POINTS) {
                PointStamper stamper = new PointStamper(width, height, symbols.stamp(only));
                for (int i = 0; i < n; i++) {
                    double x = layer.x(i);
                    double y = layer.y(i);
                    if (area.contains(x, y)) stamper.add(x * sx + tx, y * sy + ty);
                }
                if (direct != null) direct.flush();
                stamper.paint(g);
                return;
            }
        }
        for (int i = 0; i < n; i++) {
            double x = layer.x(i);
            double y = layer.y(i);
            if (!area.contains(x, y)) continue;
            double px = x * sx + tx;
            double py = y * sy + ty;
            for (Symbolizer s : fixed != null ? fixed : pass.symbolizersFor(layer.feature(i), scratch)) {
                if (s instanceof TextSymbolizer t) offerLabel(t, layer.feature(i), px, py, scale);
                else if (s instanceof PointSymbolizer) mark(g, symbols.ink(s, scale), px, py, raster, direct);
            }
        }
    }

    private void paintShapes(
            Graphics2D g,
            ProjectedLayer layer,
            StyleSelector.Pass pass,
            Envelope area,
            AffineTransform at,
            double upp,
            double scale,
            BufferRasterizer direct) {
        int[] hits = queryInOrder(layer, area);
        GeometryClipper clipper = new GeometryClipper(area);
        // Java2D clips shapes near the frame itself; only geometries reaching far outside are cut first
        Envelope noClip = new Envelope(area);
        noClip.expandBy(area.getWidth(), area.getHeight());
        for (int i : hits) {
            SimpleFeature feature = layer.feature(i);
            List<Symbolizer> syms = pass.symbolizersFor(feature, scratch);
            if (syms.isEmpty()) continue;
            Geometry geom = layer.decimated(i, upp);
            Geometry shown = noClip.contains(geom.getEnvelopeInternal()) ? geom : clipper.clip(geom, false);
            if (shown == null || shown.isEmpty()) continue;
            Path2D.Double path = null;
            for (Symbolizer s : syms) {
                if (s instanceof TextSymbolizer t) {
                    if (t.getLabelPlacement() instanceof LinePlacement) {
                        if (path == null) path = toPath(shown, at);
                        offerLineLabel(t, feature, path, scale);
                    } else if ("true".equals(t.getOptions().get(CatalogueLayer.AREA_LABEL_OPTION))
                            && shown.getDimension() == 2) {
                        if (path == null) path = toPath(shown, at);
                        // the part of the area in view, so a large area's name stays on screen
                        Point anchor = shown.getInteriorPoint();
                        double[] p = {anchor.getX(), anchor.getY()};
                        at.transform(p, 0, p, 0, 1);
                        offerAreaLabel(t, feature, p[0], p[1], path, scale);
                    } else {
                        Point anchor = layer.projected(i).getInteriorPoint();
                        double[] p = {anchor.getX(), anchor.getY()};
                        at.transform(p, 0, p, 0, 1);
                        offerLabel(t, feature, p[0], p[1], scale);
                    }
                } else if (s instanceof PointSymbolizer) {
                    SymbolizerPainter.Ink ink = symbols.ink(s, scale);
                    if (direct != null) direct.flush();
                    for (Coordinate c : markPositions(shown)) {
                        double[] p = {c.x, c.y};
                        at.transform(p, 0, p, 0, 1);
                        mark(g, ink, p[0], p[1], false, null);
                    }
                } else {
                    if (path == null) path = toPath(shown, at);
                    SymbolizerPainter.Ink ink = symbols.ink(s, scale);
                    if (direct == null) SymbolizerPainter.paintShape(g, path, ink);
                    else paintDirect(path, ink, direct);
                }
            }
        }
    }

    /** Fill and outline go to {@code direct}. */
    private static void paintDirect(Path2D path, SymbolizerPainter.Ink ink, BufferRasterizer direct) {
        if (ink.fill() != null) {
            if (ink.outlineHidesFillEdge()) direct.fill(path, ink.fill());
            else direct.fillAntialiased(path, ink.fill());
        }
        if (ink.stroke() != null) {
            // a wider outline is filled as the shape Java2D would fill for it
            if (BufferRasterizer.draws(ink.stroke())) direct.draw(path, ink.stroke(), ink.strokeColor());
            else direct.fillAntialiased(ink.stroke().createStrokedShape(path), ink.strokeColor());
        }
    }

    private static int[] queryInOrder(ProjectedLayer layer, Envelope area) {
        int[][] buf = {new int[64]};
        int[] count = {0};
        layer.query(area, i -> {
            if (count[0] == buf[0].length) buf[0] = Arrays.copyOf(buf[0], count[0] * 2);
            buf[0][count[0]++] = i;
        });
        int[] hits = Arrays.copyOf(buf[0], count[0]);
        // the index returns tree order; draw in data order so overlaps look the same at every zoom
        Arrays.sort(hits);
        return hits;
    }

    private static Coordinate[] markPositions(Geometry g) {
        if (g instanceof Point || g.getDimension() == 0) return g.getCoordinates();
        return new Coordinate[] {g.getInteriorPoint().getCoordinate()};
    }

    private void mark(
            Graphics2D g, SymbolizerPainter.Ink ink, double px, double py, boolean raster, BufferRasterizer direct) {
        if (raster) {
            BufferedImage stamp = symbols.stamp(ink);
            int x = (int) Math.round(px - stamp.getWidth() / 2.0);
            int y = (int) Math.round(py - stamp.getHeight() / 2.0);
            if (direct != null) direct.stamp(stamp, x, y);
            else g.drawImage(stamp, x, y, null);
        } else {
            g.translate(px, py);
            SymbolizerPainter.paintMark(g, ink);
            g.translate(-px, -py);
        }
    }

    private void offerLabel(TextSymbolizer t, SimpleFeature feature, double px, double py, double scale) {
        String text = labelText(t, feature);
        if (text == null) return;
        Double priority = t.getPriority() == null ? null : t.getPriority().evaluate(feature, Double.class);
        labels.add(text, px, py, priority == null ? 0 : priority, textStyle(t, scale));
    }

    private void offerAreaLabel(
            TextSymbolizer t, SimpleFeature feature, double px, double py, Path2D area, double scale) {
        String text = labelText(t, feature);
        if (text == null) return;
        Double priority = t.getPriority() == null ? null : t.getPriority().evaluate(feature, Double.class);
        labels.addCentred(text, px, py, priority == null ? 0 : priority, textStyle(t, scale), 0, area);
    }

    /**
     * A name along the line: glyph by glyph along its bends where the style says {@code followLine} (see
     * {@link LineText}), on the straightest stretch long enough for it otherwise (see {@link LineLabelSpot}); or,
     * when the style has a graphic, the text on a shield plate on the line. Repeated every {@code repeat}
     * logical pixels when the style gives that.
     */
    private void offerLineLabel(TextSymbolizer t, SimpleFeature feature, Path2D line, double scale) {
        String text = labelText(t, feature);
        if (text == null || text.isBlank()) return;
        text = text.strip();
        LabelPlacer.TextStyle style = textStyle(t, scale);
        Double rank = t.getPriority() == null ? null : t.getPriority().evaluate(feature, Double.class);
        double priority = rank == null ? 0 : rank;
        double repeatPx = option(t, TextSymbolizer.LABEL_REPEAT_KEY, 0) * scale;
        if (t.getGraphic() != null
                && !t.getGraphic().graphicalSymbols().isEmpty()
                && t.getGraphic().graphicalSymbols().get(0) instanceof Mark plate) {
            Color fill = plate.getFill() == null
                    ? Color.WHITE
                    : plate.getFill().getColor().evaluate(null, Color.class);
            Color edge = plate.getStroke() == null
                    ? null
                    : plate.getStroke().getColor().evaluate(null, Color.class);
            for (LineText.Spot s : lineText.shields(line, text, style.font(), fill, edge, repeatPx))
                labels.addShaped(text, s.x(), s.y(), priority, style, s.shape());
            return;
        }
        if (Boolean.parseBoolean(t.getOptions().get(TextSymbolizer.FOLLOW_LINE_KEY))) {
            double maxBend = Math.toRadians(
                    option(t, TextSymbolizer.MAX_ANGLE_DELTA_KEY, TextSymbolizer.DEFAULT_MAX_ANGLE_DELTA));
            for (LineText.Spot s : lineText.along(line, text, style.font(), style.haloRadiusPx(), repeatPx, maxBend))
                labels.addShaped(text, s.x(), s.y(), priority, style, s.shape());
            return;
        }
        double[] size = labels.sizeOf(text, style);
        LineLabelSpot spot = LineLabelSpot.find(line, size[0], size[1]);
        if (spot == null) return;
        labels.addCentred(text, spot.x(), spot.y(), priority, style, spot.angle(), null);
    }

    private static double option(TextSymbolizer t, String key, double fallback) {
        String value = t.getOptions().get(key);
        if (value == null) return fallback;
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            // the catalogue reader writes these options from checked numbers; a hand-made style may not
            return fallback;
        }
    }

    private String labelText(TextSymbolizer t, SimpleFeature feature) {
        String text = t.getLabel() == null ? null : t.getLabel().evaluate(feature, String.class);
        return placeLabels.of(feature, text, names);
    }

    private LabelPlacer.TextStyle textStyle(TextSymbolizer t, double scale) {
        if (scale != textScale) {
            textStyles.clear();
            textScale = scale;
        }
        return textStyles.computeIfAbsent(t, k -> {
            org.geotools.api.style.Font f = k.getFont();
            String family = f == null || f.getFamily().isEmpty()
                    ? Font.SANS_SERIF
                    : f.getFamily().get(0).evaluate(null, String.class);
            String weight = f == null || f.getWeight() == null
                    ? "normal"
                    : f.getWeight().evaluate(null, String.class);
            String fontStyle =
                    f == null || f.getStyle() == null ? "normal" : f.getStyle().evaluate(null, String.class);
            double size = f == null ? 10 : SymbolizerPainter.number(f.getSize(), 10);
            int awtStyle = ("bold".equalsIgnoreCase(weight) ? Font.BOLD : Font.PLAIN)
                    | ("italic".equalsIgnoreCase(fontStyle) || "oblique".equalsIgnoreCase(fontStyle)
                            ? Font.ITALIC
                            : Font.PLAIN);
            Font font = new Font(family, awtStyle, 1).deriveFont((float) (size * scale));
            Color fill =
                    k.getFill() == null ? Color.BLACK : k.getFill().getColor().evaluate(null, Color.class);
            Color halo = null;
            float radius = 0;
            if (k.getHalo() != null) {
                halo = k.getHalo().getFill().getColor().evaluate(null, Color.class);
                double opacity = SymbolizerPainter.number(k.getHalo().getFill().getOpacity(), 1);
                if (halo != null && opacity < 1)
                    halo = new Color(halo.getRed(), halo.getGreen(), halo.getBlue(), (int)
                            Math.round(opacity * halo.getAlpha()));
                radius = (float) (SymbolizerPainter.number(k.getHalo().getRadius(), 1) * scale);
            }
            double gap = 4;
            if (k.getLabelPlacement() instanceof PointPlacement pp) {
                Displacement d = pp.getDisplacement();
                if (d != null)
                    gap = Math.max(
                            SymbolizerPainter.number(d.getDisplacementX(), 0),
                            SymbolizerPainter.number(d.getDisplacementY(), 0));
            }
            return new LabelPlacer.TextStyle(font, fill, halo, radius, gap * scale);
        });
    }

    /** The geometry as a screen path; rings close, holes stay holes under the even-odd rule. */
    static Path2D.Double toPath(Geometry g, AffineTransform at) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        append(path, g, at);
        return path;
    }

    private static void append(Path2D.Double path, Geometry g, AffineTransform at) {
        if (g instanceof Polygon p) {
            ring(path, p.getExteriorRing().getCoordinateSequence(), at, true);
            for (int r = 0; r < p.getNumInteriorRing(); r++)
                ring(path, p.getInteriorRingN(r).getCoordinateSequence(), at, true);
        } else if (g instanceof LineString l) {
            ring(path, l.getCoordinateSequence(), at, false);
        } else if (g.getNumGeometries() > 1 || g != g.getGeometryN(0)) {
            for (int i = 0; i < g.getNumGeometries(); i++) append(path, g.getGeometryN(i), at);
        }
    }

    private static void ring(Path2D.Double path, CoordinateSequence seq, AffineTransform at, boolean close) {
        int n = seq.size();
        if (n < 2) return;
        double sx = at.getScaleX();
        double sy = at.getScaleY();
        double tx = at.getTranslateX();
        double ty = at.getTranslateY();
        path.moveTo(seq.getX(0) * sx + tx, seq.getY(0) * sy + ty);
        for (int i = 1; i < n; i++) path.lineTo(seq.getX(i) * sx + tx, seq.getY(i) * sy + ty);
        if (close) path.closePath();
    }
}
