package org.borderwatch.map.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.expression.Expression;
import org.geotools.api.style.FeatureTypeStyle;
import org.geotools.api.style.Font;
import org.geotools.api.style.LabelPlacement;
import org.geotools.api.style.Mark;
import org.geotools.api.style.Rule;
import org.geotools.api.style.Stroke;
import org.geotools.api.style.Style;
import org.geotools.api.style.Symbolizer;
import org.geotools.api.style.TextSymbolizer;
import org.geotools.filter.text.cql2.CQLException;
import org.geotools.filter.text.ecql.ECQL;
import org.geotools.styling.StyleBuilder;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;

/**
 * Turns a catalogue layer's rules into a GeoTools style. Each rule's lines become passes drawn bottom
 * first (casing, then each stroke), and a layer's pass N holds pass N of every rule, so every feature's
 * casing lies under every feature's core. A rule whose widths or sizes change with scale becomes one
 * GeoTools rule per band of scales with literal values, which is all the renderer reads.
 */
final class CatalogueStyle {

    /**
     * Interpolated sizes are cut into bands a quarter of a zoom level wide (a factor of 2^¼ in scale): a width
     * changes by a few percent from one band to the next, below what the eye sees as a step.
     */
    static final double INTERPOLATION_STEP = Math.pow(2, 0.25);

    private final StyleBuilder sb = new StyleBuilder();
    private final String layerName;
    private final double layerMin;
    private final double layerMax;

    CatalogueStyle(String layerName, double layerMin, double layerMax) {
        this.layerName = layerName;
        this.layerMin = layerMin;
        this.layerMax = layerMax;
    }

    Style build(JsonNode rules, Class<?> binding) {
        boolean lines = binding != null
                && (LineString.class.isAssignableFrom(binding) || MultiLineString.class.isAssignableFrom(binding));
        boolean points = binding != null
                && (Point.class.isAssignableFrom(binding) || MultiPoint.class.isAssignableFrom(binding));
        List<List<Rule>> passes = new ArrayList<>();
        for (JsonNode rule : rules) {
            double min = Math.max(layerMin, rule.path("minScale").asDouble(0));
            double max = Math.min(
                    layerMax, rule.has("maxScale") ? rule.get("maxScale").asDouble() : Double.POSITIVE_INFINITY);
            // a rule whose scales lie outside the layer's is never drawn (and has no bands to cut)
            if (min > max) continue;
            List<Double> cuts = bands(rule, min, max);
            for (int b = 0; b + 1 < cuts.size(); b++) {
                double lo = cuts.get(b);
                double hi = cuts.get(b + 1);
                // the band's middle in log scale: where an interpolated width is taken, and any step's value holds
                double scale = lo > 0 && hi < Double.POSITIVE_INFINITY ? Math.sqrt(lo * hi) : lo;
                List<List<Symbolizer>> ruleP = symbolizers(rule, scale, lines, points);
                for (int p = 0; p < ruleP.size(); p++) {
                    while (passes.size() <= p) passes.add(new ArrayList<>());
                    passes.get(p).add(gtRule(rule, ruleP.get(p), lo, cuts.get(b + 1)));
                }
            }
        }
        Style style = sb.createStyle();
        style.setName(layerName);
        for (List<Rule> pass : passes) {
            FeatureTypeStyle fts = sb.createFeatureTypeStyle(layerName, pass.toArray(Rule[]::new));
            style.featureTypeStyles().add(fts);
        }
        return style;
    }

    /** The scale denominators where something in the rule changes, from {@code min} to {@code max}. */
    private static List<Double> bands(JsonNode rule, double min, double max) {
        TreeSet<Double> cuts = new TreeSet<>();
        cuts.add(min);
        cuts.add(max);
        collectSteps(rule, cuts);
        return new ArrayList<>(cuts.subSet(min, true, max, true));
    }

    private static void collectSteps(JsonNode node, TreeSet<Double> cuts) {
        if (node.isObject() && node.has("stops") && node.get("stops").isArray()) {
            JsonNode stops = node.get("stops");
            for (int i = 0; i < stops.size(); i++) {
                double at = stops.get(i).get("scale").asDouble();
                cuts.add(at);
                if (i + 1 < stops.size()) {
                    double next = stops.get(i + 1).get("scale").asDouble();
                    double lo = Math.min(at, next);
                    // whole quarter zooms from the lower stop; the last band may be narrower, never a sliver
                    long steps =
                            (long) Math.ceil(Math.log(Math.max(at, next) / lo) / Math.log(INTERPOLATION_STEP) - 1e-9);
                    for (long k = 1; k < steps; k++) cuts.add(lo * Math.pow(INTERPOLATION_STEP, k));
                }
            }
            return;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (item.isObject() && item.has("px") && item.has("below"))
                    cuts.add(item.get("below").asDouble());
                else collectSteps(item, cuts);
            }
        } else if (node.isObject()) {
            node.forEach(child -> collectSteps(child, cuts));
        }
    }

    /**
     * The value of a pixel size at {@code scale}: a number; or the first step whose 'below' exceeds it, else the
     * last step; or, for stops, the value interpolated in log scale between the two stops around it (held beyond
     * the first and last), so a line thins smoothly as the map zooms out instead of jumping a step.
     */
    static double pixels(JsonNode value, double scale) {
        if (value.isObject() && value.has("stops")) return interpolated(value.get("stops"), scale);
        if (!value.isArray()) return value.asDouble();
        for (JsonNode step : value)
            if (!step.has("below") || scale < step.get("below").asDouble())
                return step.get("px").asDouble();
        return value.get(value.size() - 1).get("px").asDouble();
    }

    /** Stops run from the largest scale denominator down (zooming in), as the reader checks. */
    private static double interpolated(JsonNode stops, double scale) {
        int n = stops.size();
        double firstScale = stops.get(0).get("scale").asDouble();
        if (scale >= firstScale) return stops.get(0).get("px").asDouble();
        for (int i = 1; i < n; i++) {
            double hiScale = stops.get(i - 1).get("scale").asDouble();
            double loScale = stops.get(i).get("scale").asDouble();
            if (scale >= loScale) {
                double f = Math.log(hiScale / scale) / Math.log(hiScale / loScale);
                double from = stops.get(i - 1).get("px").asDouble();
                double to = stops.get(i).get("px").asDouble();
                return from + f * (to - from);
            }
        }
        return stops.get(n - 1).get("px").asDouble();
    }

    private List<List<Symbolizer>> symbolizers(JsonNode rule, double scale, boolean lines, boolean points) {
        List<List<Symbolizer>> passes = new ArrayList<>();
        if (rule.has("casing")) passes.add(new ArrayList<>(List.of(line(rule.get("casing"), scale, lines))));
        List<JsonNode> strokes = new ArrayList<>();
        if (rule.has("stroke")) {
            if (rule.get("stroke").isArray()) rule.get("stroke").forEach(strokes::add);
            else strokes.add(rule.get("stroke"));
        }
        List<Symbolizer> main = new ArrayList<>();
        if (rule.has("fill") || (!strokes.isEmpty() && !lines && !points)) {
            Stroke outline = strokes.isEmpty() ? null : stroke(strokes.get(0), scale);
            main.add(sb.createPolygonSymbolizer(
                    outline,
                    rule.has("fill")
                            ? sb.createFill(
                                    colour(rule.get("fill")),
                                    rule.path("fillOpacity").asDouble(1))
                            : null));
        } else if (!strokes.isEmpty()) {
            main.add(sb.createLineSymbolizer(stroke(strokes.get(0), scale)));
        }
        if (rule.has("symbol")) main.add(symbol(rule.get("symbol"), scale));
        if (rule.has("label")) main.add(label(rule.get("label"), scale));
        passes.add(main);
        for (int i = 1; i < strokes.size(); i++)
            passes.add(new ArrayList<>(List.of(line(strokes.get(i), scale, lines))));
        return passes;
    }

    private Symbolizer line(JsonNode spec, double scale, boolean lines) {
        Stroke s = stroke(spec, scale);
        return lines ? sb.createLineSymbolizer(s) : sb.createPolygonSymbolizer(s, null);
    }

    private Stroke stroke(JsonNode spec, double scale) {
        float[] dash = null;
        if (spec.has("dash")) {
            dash = new float[spec.get("dash").size()];
            for (int i = 0; i < dash.length; i++)
                dash[i] = (float) spec.get("dash").get(i).asDouble();
        }
        Stroke s = sb.createStroke(colour(spec.get("colour")), pixels(spec.get("width"), scale), dash);
        if (spec.has("opacity"))
            s.setOpacity(sb.literalExpression(spec.get("opacity").asDouble()));
        return s;
    }

    private Symbolizer symbol(JsonNode spec, double scale) {
        Color stroke = spec.has("stroke") ? colour(spec.get("stroke")) : null;
        Mark mark = sb.createMark(
                spec.get("shape").asText(),
                spec.has("fill") ? colour(spec.get("fill")) : null,
                stroke,
                stroke == null ? 0 : spec.path("strokeWidth").asDouble(1));
        if (spec.has("fillOpacity") && mark.getFill() != null)
            mark.getFill()
                    .setOpacity(sb.literalExpression(spec.get("fillOpacity").asDouble()));
        return sb.createPointSymbolizer(sb.createGraphic(null, mark, null, 1.0, pixels(spec.get("size"), scale), 0));
    }

    private Symbolizer label(JsonNode spec, double scale) {
        String placement = spec.path("placement").asText("point");
        Font font = sb.createFont(
                "SansSerif",
                spec.path("italic").asBoolean(false),
                spec.path("bold").asBoolean(false),
                spec.has("size") ? pixels(spec.get("size"), scale) : 10);
        LabelPlacement where = placement.equals("line")
                ? sb.createLinePlacement(0)
                : placement.equals("area")
                        ? sb.createPointPlacement(0.5, 0.5, 0, 0, 0)
                        : sb.createPointPlacement(0, 0.5, spec.path("gap").asDouble(4), 0, 0);
        JsonNode halo = spec.get("halo");
        TextSymbolizer text = sb.createTextSymbolizer(
                sb.createFill(spec.has("colour") ? colour(spec.get("colour")) : Color.BLACK),
                new Font[] {font},
                halo == null
                        ? null
                        : sb.createHalo(
                                colour(halo.get("colour")), halo.get("radius").asDouble()),
                sb.attributeExpression(spec.get("field").asText()),
                where,
                null);
        if (placement.equals("area")) text.getOptions().put(CatalogueLayer.AREA_LABEL_OPTION, "true");
        if (placement.equals("line")) {
            // GeoTools' own vendor options, so a style made elsewhere reads the same
            text.getOptions()
                    .put(
                            TextSymbolizer.FOLLOW_LINE_KEY,
                            Boolean.toString(spec.path("follow").asBoolean(true)));
            if (spec.has("repeat"))
                text.getOptions()
                        .put(
                                TextSymbolizer.LABEL_REPEAT_KEY,
                                Double.toString(spec.get("repeat").asDouble()));
            if (spec.has("maxBend"))
                text.getOptions()
                        .put(
                                TextSymbolizer.MAX_ANGLE_DELTA_KEY,
                                Double.toString(spec.get("maxBend").asDouble()));
            JsonNode shield = spec.get("shield");
            if (shield != null)
                text.setGraphic(sb.createGraphic(
                        null,
                        sb.createMark(
                                "square",
                                colour(shield.get("fill")),
                                shield.has("stroke") ? colour(shield.get("stroke")) : null,
                                shield.has("stroke") ? 1 : 0),
                        null));
        }
        if (spec.has("priority"))
            text.setPriority(expression(spec.get("priority").asText()));
        return text;
    }

    private Rule gtRule(JsonNode spec, List<Symbolizer> symbolizers, double min, double max) {
        Rule rule = sb.createRule(symbolizers.toArray(Symbolizer[]::new));
        String title = spec.get("title").asText();
        rule.setName(title);
        rule.getDescription().setTitle(spec.has("legend") ? spec.get("legend").asText() : title);
        if (spec.path("else").asBoolean(false)) rule.setElseFilter(true);
        else if (spec.has("filter")) rule.setFilter(filter(spec.get("filter").asText()));
        if (min > 0) rule.setMinScaleDenominator(min);
        if (max < Double.POSITIVE_INFINITY) rule.setMaxScaleDenominator(max);
        return rule;
    }

    /** #RRGGBB or #RRGGBBAA, as the schema allows. */
    static Color colour(JsonNode value) {
        String hex = value.asText().substring(1);
        int rgb = Integer.parseInt(hex.substring(0, 6), 16);
        int alpha = hex.length() == 8 ? Integer.parseInt(hex.substring(6), 16) : 255;
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha);
    }

    static Filter filter(String ecql) {
        try {
            return ECQL.toFilter(ecql);
        } catch (CQLException e) {
            throw new IllegalArgumentException(
                    "not an ECQL filter: " + e.getMessage().strip(), e);
        }
    }

    static Expression expression(String ecql) {
        try {
            return ECQL.toExpression(ecql);
        } catch (CQLException e) {
            throw new IllegalArgumentException(
                    "not an ECQL expression: " + e.getMessage().strip(), e);
        }
    }
}
