package org.borderwatch.render.furniture;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.map.Layer;
import org.borderwatch.render.style.SymbolizerPainter;
import org.geotools.api.style.FeatureTypeStyle;
import org.geotools.api.style.Rule;
import org.geotools.api.style.Style;
import org.geotools.api.style.Symbolizer;
import org.geotools.api.style.TextSymbolizer;
import org.geotools.styling.StyleBuilder;

/**
 * A legend drawn from the layers' styles: one entry per titled rule of each visible layer, its
 * swatch painted with the same ink as the map. The layers panel and exported maps both use it,
 * so the legend cannot drift from the map.
 */
public final class Legend {

    /** One line of the legend: a title and the symbolizers its swatch overlays. */
    public record Entry(String title, List<Symbolizer> symbolizers) {}

    private static final double ROW = 18;
    private static final double SWATCH_W = 24;
    private static final double PAD = 8;

    private final SymbolizerPainter symbols = new SymbolizerPainter();

    /** The entries of the visible layers, top layer first, rules with the same title merged. */
    public static List<Entry> entries(List<Layer> layers) {
        List<Entry> entries = new ArrayList<>();
        Set<String> titles = new LinkedHashSet<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            Layer layer = layers.get(i);
            if (!layer.visible()) continue;
            List<String> order = new ArrayList<>();
            Map<String, List<Symbolizer>> byTitle = new LinkedHashMap<>();
            for (FeatureTypeStyle fts : layer.style().featureTypeStyles())
                for (Rule r : fts.rules()) {
                    String title = title(r, layer);
                    if (!byTitle.containsKey(title)) order.add(title);
                    for (Symbolizer s : r.symbolizers())
                        if (!(s instanceof TextSymbolizer))
                            byTitle.computeIfAbsent(title, t -> new ArrayList<>())
                                    .add(s);
                }
            for (String t : order)
                if (titles.add(t) && byTitle.containsKey(t)) entries.add(new Entry(t, List.copyOf(byTitle.get(t))));
        }
        return entries;
    }

    private static String title(Rule r, Layer layer) {
        if (r.getDescription() != null && r.getDescription().getTitle() != null)
            return r.getDescription().getTitle().toString();
        return r.getName() != null ? r.getName() : layer.title();
    }

    /**
     * The layers as drawn at 1:{@code scaleDenominator}: those outside their scale range left out, and each
     * style cut to the rules that apply there, so a legend lists what the map shows and not every rule of
     * every scale.
     */
    public static List<Layer> drawnAt(List<Layer> layers, double scaleDenominator) {
        StyleBuilder sb = new StyleBuilder();
        List<Layer> shown = new ArrayList<>();
        for (Layer layer : layers) {
            if (!layer.drawnAt(scaleDenominator)) continue;
            Style cut = sb.createStyle();
            for (FeatureTypeStyle fts : layer.style().featureTypeStyles()) {
                List<Rule> rules = new ArrayList<>();
                for (Rule r : fts.rules())
                    if (r.getMinScaleDenominator() <= scaleDenominator && scaleDenominator < r.getMaxScaleDenominator())
                        rules.add(r);
                if (!rules.isEmpty())
                    cut.featureTypeStyles().add(sb.createFeatureTypeStyle(layer.name(), rules.toArray(Rule[]::new)));
            }
            shown.add(layer.withStyle(cut));
        }
        return shown;
    }

    /** The area a legend with its top-left corner at (x, y) covers, which labels must avoid. */
    public Rectangle2D area(List<Layer> layers, double x, double y, double pixelScale) {
        List<Entry> entries = entries(layers);
        double s = pixelScale;
        Font font = FurnitureText.font(10.5 * s, false);
        double textW = 0;
        for (Entry e : entries)
            textW = Math.max(textW, FurnitureText.bounds(e.title(), font).getWidth());
        return new Rectangle2D.Double(x, y, PAD * s * 3 + SWATCH_W * s + textW, PAD * s * 2 + ROW * s * entries.size());
    }

    /** Draws the legend with its top-left corner at (x, y). */
    public void paint(Graphics2D g, List<Layer> layers, double x, double y, double pixelScale, boolean raster) {
        List<Entry> entries = entries(layers);
        double s = pixelScale;
        Font font = FurnitureText.font(10.5 * s, false);
        double row = ROW * s;
        double swatchW = SWATCH_W * s;
        double swatchH = 12 * s;
        double pad = PAD * s;
        Rectangle2D area = area(layers, x, y, pixelScale);
        g.setColor(new Color(255, 255, 255, 215));
        g.fill(area);
        g.setColor(new Color(0x9A9A9A));
        g.setStroke(new BasicStroke((float) (0.6 * s)));
        g.draw(area);
        double rowY = y + pad;
        for (Entry e : entries) {
            Rectangle2D box = new Rectangle2D.Double(x + pad, rowY + (row - swatchH) / 2, swatchW, swatchH);
            for (Symbolizer sym : e.symbolizers()) symbols.paintSwatch(g, sym, box, s);
            Rectangle2D tb = FurnitureText.bounds(e.title(), font);
            FurnitureText.draw(g, e.title(), font, x + 2 * pad + swatchW, rowY + row / 2 - tb.getCenterY(), 0, raster);
            rowY += row;
        }
    }
}
