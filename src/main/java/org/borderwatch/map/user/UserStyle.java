package org.borderwatch.map.user;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.geotools.api.style.Rule;
import org.geotools.api.style.Style;
import org.geotools.styling.StyleBuilder;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;

/**
 * How an added vector layer is drawn: areas filled with {@code fill} and outlined, lines stroked, points as circles
 * of the fill colour ringed by the stroke; the layer composed at {@code opacity}.
 *
 * @param fill          area and point fill
 * @param stroke        outline of areas and points, and the colour of lines
 * @param strokeWidthPx stroke width in pixels, 0 to 20
 * @param opacity       0 (transparent) to 1 (opaque)
 */
public record UserStyle(Color fill, Color stroke, double strokeWidthPx, double opacity) {

    /**
     * Colours an added layer takes in turn, so layers added one after another are told apart: Paul Tol's "bright"
     * qualitative scheme, distinct for colour-blind readers and clear of the base map's beige, green and blue tints.
     */
    static final List<Color> PALETTE = List.of(
            new Color(0xEE6677),
            new Color(0x228833),
            new Color(0x4477AA),
            new Color(0xCCBB44),
            new Color(0xAA3377),
            new Color(0x66CCEE),
            new Color(0xBBBBBB));

    public UserStyle {
        Objects.requireNonNull(fill, "fill colour");
        Objects.requireNonNull(stroke, "stroke colour");
        if (!(strokeWidthPx >= 0 && strokeWidthPx <= 20))
            throw new IllegalArgumentException("stroke width must be 0 to 20 px, got " + strokeWidthPx);
        if (!(opacity >= 0 && opacity <= 1))
            throw new IllegalArgumentException("opacity must be within 0 to 1, got " + opacity);
    }

    /**
     * The default style of the {@code index}-th added layer for its geometry: a palette colour, as a line 1.5 px wide,
     * or as a fill with a darker outline for areas and points.
     */
    public static UserStyle byDefault(int index, Class<?> geometryBinding) {
        Color c = PALETTE.get(Math.floorMod(index, PALETTE.size()));
        if (lines(geometryBinding)) return new UserStyle(c, c, 1.5, 1);
        return new UserStyle(c, c.darker(), points(geometryBinding) ? 1 : 0.8, areaOpacity(geometryBinding));
    }

    private static double areaOpacity(Class<?> binding) {
        // areas at 0.6 let the base map's lines and names show through
        return points(binding) ? 1 : 0.6;
    }

    public UserStyle withFill(Color c) {
        return new UserStyle(c, stroke, strokeWidthPx, opacity);
    }

    public UserStyle withStroke(Color c) {
        return new UserStyle(fill, c, strokeWidthPx, opacity);
    }

    public UserStyle withStrokeWidth(double px) {
        return new UserStyle(fill, stroke, px, opacity);
    }

    public UserStyle withOpacity(double o) {
        return new UserStyle(fill, stroke, strokeWidthPx, o);
    }

    /**
     * The GeoTools style that draws features of {@code geometryBinding} (null: areas) this way; its one rule is
     * titled {@code title}, which the legend shows.
     */
    public Style toStyle(String name, String title, Class<?> geometryBinding) {
        StyleBuilder sb = new StyleBuilder();
        Rule rule;
        if (points(geometryBinding))
            rule = sb.createRule(sb.createPointSymbolizer(sb.createGraphic(
                    null, sb.createMark(StyleBuilder.MARK_CIRCLE, fill, stroke, strokeWidthPx), null, 1.0, 7.0, 0)));
        else if (lines(geometryBinding))
            rule = sb.createRule(sb.createLineSymbolizer(sb.createStroke(stroke, strokeWidthPx)));
        else
            rule = sb.createRule(sb.createPolygonSymbolizer(
                    strokeWidthPx > 0 ? sb.createStroke(stroke, strokeWidthPx) : null, sb.createFill(fill)));
        rule.setName(name);
        rule.getDescription().setTitle(title);
        Style style = sb.createStyle();
        style.setName(name);
        style.featureTypeStyles().add(sb.createFeatureTypeStyle(name, new Rule[] {rule}));
        return style;
    }

    static boolean points(Class<?> binding) {
        return binding != null && (Point.class.isAssignableFrom(binding) || MultiPoint.class.isAssignableFrom(binding));
    }

    static boolean lines(Class<?> binding) {
        return binding != null
                && (LineString.class.isAssignableFrom(binding) || MultiLineString.class.isAssignableFrom(binding));
    }
}
