package org.borderwatch.map;

import java.awt.Color;
import org.geotools.api.style.Rule;
import org.geotools.api.style.Style;
import org.geotools.styling.StyleBuilder;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;

/** Plain grey styles for shapefiles the catalogue does not name, chosen by geometry type, so any file dropped into maps/ is drawn. */
final class PlainStyles {

    private final StyleBuilder sb = new StyleBuilder();

    Style forGeometry(String name, Class<?> binding) {
        if (binding != null && (Point.class.isAssignableFrom(binding) || MultiPoint.class.isAssignableFrom(binding)))
            return style(
                    name,
                    sb.createRule(sb.createPointSymbolizer(sb.createGraphic(
                            null,
                            sb.createMark(StyleBuilder.MARK_CIRCLE, new Color(70, 70, 70, 220), null, 0),
                            null,
                            1.0,
                            4.0,
                            0))));
        if (binding != null
                && (LineString.class.isAssignableFrom(binding) || MultiLineString.class.isAssignableFrom(binding)))
            return style(name, sb.createRule(sb.createLineSymbolizer(sb.createStroke(new Color(0x6B6B6B), 0.8))));
        return style(
                name,
                sb.createRule(sb.createPolygonSymbolizer(
                        sb.createStroke(new Color(0x8A857A), 0.5), sb.createFill(new Color(0xE4E1DA)))));
    }

    private Style style(String name, Rule rule) {
        rule.setName(name);
        rule.getDescription().setTitle(name);
        Style style = sb.createStyle();
        style.setName(name);
        style.featureTypeStyles().add(sb.createFeatureTypeStyle(name, new Rule[] {rule}));
        return style;
    }
}
