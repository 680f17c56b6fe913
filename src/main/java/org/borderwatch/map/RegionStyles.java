package org.borderwatch.map;

import java.awt.Color;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.FilterFactory;
import org.geotools.api.style.FeatureTypeStyle;
import org.geotools.api.style.Fill;
import org.geotools.api.style.Font;
import org.geotools.api.style.Graphic;
import org.geotools.api.style.Mark;
import org.geotools.api.style.PointSymbolizer;
import org.geotools.api.style.Rule;
import org.geotools.api.style.Stroke;
import org.geotools.api.style.Style;
import org.geotools.api.style.Symbolizer;
import org.geotools.api.style.TextSymbolizer;
import org.geotools.factory.CommonFactoryFinder;
import org.geotools.styling.StyleBuilder;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;

/**
 * The region's cartography as GeoTools styles: a calm palette with neighbours muted, Serbia and
 * Kosovo told apart, the Kosovo–Serbia boundary cased and emphasised, admin-1 lines subtle, and
 * places shown and labelled by rank as the scale allows. Widths and sizes are logical pixels; the
 * renderer multiplies them by the viewport's pixel scale. Scale limits follow the OGC 0.28 mm pixel.
 */
public final class RegionStyles {

    /** The sea and everything no layer covers. */
    public static final Color BACKGROUND = new Color(0xD4E3EC);
    static final Color NEIGHBOUR = new Color(0xEDEAE3);
    static final Color SERBIA = new Color(0xF4E6CC);
    static final Color KOSOVO = new Color(0xDCE8D6);
    static final Color BOUNDARY = new Color(0x3B2F3A);

    /** Places of this rank or better are shown at every scale; larger ranks appear as one zooms in. */
    static final int TOP_RANK = 2;
    static final double TOWN_MAX_SCALE = 4_000_000;
    static final double SMALL_TOWN_MAX_SCALE = 750_000;
    static final double VILLAGE_MAX_SCALE = 300_000;

    private final StyleBuilder sb = new StyleBuilder();
    private final FilterFactory ff = CommonFactoryFinder.getFilterFactory();

    /** Countries: Serbia and Kosovo by attribute {@code role}, every other feature as a muted neighbour. */
    public Style countries() {
        Rule serbia = titled(sb.createRule(polygon(SERBIA, new Color(0x9C8A6E), 0.8)), "Serbia");
        serbia.setFilter(ff.equals(ff.property("role"), ff.literal("serbia")));
        Rule kosovo = titled(sb.createRule(polygon(KOSOVO, new Color(0x7E9377), 0.8)), "Kosovo");
        kosovo.setFilter(ff.equals(ff.property("role"), ff.literal("kosovo")));
        Rule neighbour = titled(sb.createRule(polygon(NEIGHBOUR, new Color(0xB3ADA1), 0.6)), "Neighbouring country");
        neighbour.setElseFilter(true);
        return style("countries", serbia, kosovo, neighbour);
    }

    /** First-level administrative divisions: thin dashed grey lines that stay out of the way. */
    public Style admin1() {
        Stroke stroke = sb.createStroke(new Color(0x8F8A80), 0.5, new float[] {3, 2});
        stroke.setOpacity(ff.literal(0.8));
        return style("admin1", titled(sb.createRule(sb.createPolygonSymbolizer(stroke, null)), "Administrative division"));
    }

    /**
     * The Kosovo–Serbia boundary: a light casing, a dark solid core and a dashed band, in three
     * feature type styles so every segment's casing lies under every segment's core.
     */
    public Style boundary() {
        Stroke casing = sb.createStroke(Color.WHITE, 6.0);
        casing.setOpacity(ff.literal(0.85));
        Stroke band = sb.createStroke(BOUNDARY, 4.0, new float[] {10, 6});
        band.setOpacity(ff.literal(0.55));
        Stroke core = sb.createStroke(BOUNDARY, 1.4);
        Style style = sb.createStyle();
        style.featureTypeStyles().add(fts("boundary_kosovo_serbia", titled(sb.createRule(sb.createLineSymbolizer(casing)), "Kosovo–Serbia boundary")));
        style.featureTypeStyles().add(fts("boundary_kosovo_serbia", titled(sb.createRule(sb.createLineSymbolizer(band)), "Kosovo–Serbia boundary")));
        style.featureTypeStyles().add(fts("boundary_kosovo_serbia", titled(sb.createRule(sb.createLineSymbolizer(core)), "Kosovo–Serbia boundary")));
        return style;
    }

    /**
     * Places: a dot and a haloed name, label priority from {@code rank} (1 most important, see
     * maps/README.md). Rank 1, and rank 2 in Serbia and Kosovo, show at every scale; rank 3 and the
     * neighbours' rank 2 below 1:4,000,000, rank 4 (municipal seats) below 1:750,000, the rest (and
     * places without a rank) below 1:300,000.
     */
    public Style places() {
        // In Montenegro and North Macedonia every municipality is a first-level division, so rank 2 there
        // means a small town; only Serbia's and Kosovo's rank-2 seats are drawn as major towns.
        Filter focus = ff.or(ff.equals(ff.property("iso_a2"), ff.literal("RS")), ff.equals(ff.property("iso_a2"), ff.literal("XK")));
        Filter rank2 = ff.equals(ff.property("rank"), ff.literal(TOP_RANK));
        Rule major = placeRule("Major town", ff.or(ff.less(ff.property("rank"), ff.literal(TOP_RANK)), ff.and(rank2, focus)),
                5.0, 12, true);
        Rule town = placeRule("Town", ff.or(ff.equals(ff.property("rank"), ff.literal(3)), ff.and(rank2, ff.not(focus))),
                4.0, 11, false);
        town.setMaxScaleDenominator(TOWN_MAX_SCALE);
        Rule small = placeRule("Small town", ff.equals(ff.property("rank"), ff.literal(4)), 3.5, 10, false);
        small.setMaxScaleDenominator(SMALL_TOWN_MAX_SCALE);
        Rule village = placeRule("Village", null, 3.0, 9.5, false);
        village.setElseFilter(true);
        village.setMaxScaleDenominator(VILLAGE_MAX_SCALE);
        return style("places", major, town, small, village);
    }

    private Rule placeRule(String title, Filter filter, double dotPx, double fontPx, boolean bold) {
        Mark dot = sb.createMark(StyleBuilder.MARK_CIRCLE, new Color(0x3A3A3A), Color.WHITE, 1.0);
        PointSymbolizer point = sb.createPointSymbolizer(sb.createGraphic(null, dot, null, 1.0, dotPx, 0));
        Font font = sb.createFont("SansSerif", false, bold, fontPx);
        TextSymbolizer text = sb.createTextSymbolizer(sb.createFill(new Color(0x262626)), new Font[] {font},
                sb.createHalo(new Color(255, 255, 255, 220), 1.6), ff.property("name"),
                sb.createPointPlacement(0, 0.5, 5, 0, 0), null);
        // SLD priority: the larger value wins a label conflict, so invert rank
        text.setPriority(ff.subtract(ff.literal(100), ff.property("rank")));
        Rule rule = titled(sb.createRule(new Symbolizer[] {point, text}), title);
        if (filter != null) rule.setFilter(filter);
        return rule;
    }

    /** Plain point data (e.g. a benchmark layer): a filled circle without outline. */
    public Style points(String layerName, Color fill, double sizePx) {
        Mark mark = sb.createMark(StyleBuilder.MARK_CIRCLE, fill, null, 0);
        Fill f = mark.getFill();
        f.setOpacity(ff.literal(fill.getAlpha() / 255.0));
        Graphic graphic = sb.createGraphic(null, mark, null, 1.0, sizePx, 0);
        return style(layerName, titled(sb.createRule(sb.createPointSymbolizer(graphic)), layerName));
    }

    /**
     * The style for a layer of the maps folder by its name; unknown layers get a plain style chosen
     * by geometry type, so any shapefile dropped into maps/ is drawn.
     */
    public Style forLayer(String name, Class<?> geometryBinding) {
        return switch (name) {
            case "countries" -> countries();
            case "admin1" -> admin1();
            case "boundary_kosovo_serbia" -> boundary();
            case "places" -> places();
            default -> plain(name, geometryBinding);
        };
    }

    private Style plain(String name, Class<?> binding) {
        if (binding != null && (Point.class.isAssignableFrom(binding) || MultiPoint.class.isAssignableFrom(binding)))
            return points(name, new Color(70, 70, 70, 220), 4.0);
        if (binding != null && (LineString.class.isAssignableFrom(binding) || MultiLineString.class.isAssignableFrom(binding)))
            return style(name, titled(sb.createRule(sb.createLineSymbolizer(sb.createStroke(new Color(0x6B6B6B), 0.8))), name));
        return style(name, titled(sb.createRule(polygon(new Color(0xE4E1DA), new Color(0x8A857A), 0.5)), name));
    }

    private Symbolizer polygon(Color fill, Color outline, double widthPx) {
        return sb.createPolygonSymbolizer(sb.createStroke(outline, widthPx), sb.createFill(fill));
    }

    private Rule titled(Rule rule, String title) {
        rule.setName(title);
        rule.getDescription().setTitle(title);
        return rule;
    }

    private FeatureTypeStyle fts(String typeName, Rule... rules) {
        return sb.createFeatureTypeStyle(typeName, rules);
    }

    private Style style(String typeName, Rule... rules) {
        Style style = sb.createStyle();
        style.setName(typeName);
        style.featureTypeStyles().add(fts(typeName, rules));
        return style;
    }
}
