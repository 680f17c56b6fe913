package org.borderwatch.render.style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.filter.Filter;
import org.geotools.api.style.FeatureTypeStyle;
import org.geotools.api.style.Rule;
import org.geotools.api.style.Style;
import org.geotools.api.style.Symbolizer;

/**
 * Picks the rules of a style that apply at a scale, as passes: one pass per feature type style, in
 * order, each drawn over all features before the next (as SLD requires). Results are cached per
 * style and scale, so a pan frame does no style work.
 */
public final class StyleSelector {

    /** The rules of one feature type style that apply at the current scale. */
    public record Pass(List<Rule> rules, List<Rule> elseRules) {
        boolean isEmpty() {
            return rules.isEmpty() && elseRules.isEmpty();
        }

        /**
         * The symbolizers a feature gets: those of every matching rule, or of the else rules when none
         * matched. Rules without a filter match without evaluating anything.
         */
        public List<Symbolizer> symbolizersFor(SimpleFeature feature, List<Symbolizer> into) {
            into.clear();
            for (Rule r : rules) {
                Filter f = r.getFilter();
                if (f == null || f == Filter.INCLUDE || f.evaluate(feature)) into.addAll(r.symbolizers());
            }
            if (into.isEmpty()) for (Rule r : elseRules) into.addAll(r.symbolizers());
            return into;
        }

        /** True when every feature gets the same symbolizers, so none needs a filter evaluated. */
        public boolean unfiltered() {
            if (!elseRules.isEmpty()) return false;
            for (Rule r : rules) if (r.getFilter() != null && r.getFilter() != Filter.INCLUDE) return false;
            return true;
        }
    }

    private record Key(Style style, double scaleDenominator) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.style == style && k.scaleDenominator == scaleDenominator;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(style) * 31 + Double.hashCode(scaleDenominator);
        }
    }

    private static final int MAX_CACHED = 256;
    private final Map<Key, List<Pass>> cache = new HashMap<>();

    /** The non-empty passes of {@code style} at 1:{@code scaleDenominator}. */
    public List<Pass> passesAt(Style style, double scaleDenominator) {
        // a continuous zoom yields a new scale per frame; dropping all is cheaper than an LRU here
        if (cache.size() > MAX_CACHED) cache.clear();
        return cache.computeIfAbsent(new Key(style, scaleDenominator), k -> select(style, scaleDenominator));
    }

    private static List<Pass> select(Style style, double scale) {
        List<Pass> passes = new ArrayList<>();
        for (FeatureTypeStyle fts : style.featureTypeStyles()) {
            List<Rule> rules = new ArrayList<>();
            List<Rule> elseRules = new ArrayList<>();
            for (Rule r : fts.rules()) {
                if (!appliesAt(r, scale)) continue;
                (r.isElseFilter() ? elseRules : rules).add(r);
            }
            Pass pass = new Pass(List.copyOf(rules), List.copyOf(elseRules));
            if (!pass.isEmpty()) passes.add(pass);
        }
        return List.copyOf(passes);
    }

    /** SLD: a rule applies when min ≤ scale &lt; max. */
    static boolean appliesAt(Rule rule, double scale) {
        return rule.getMinScaleDenominator() <= scale && scale < rule.getMaxScaleDenominator();
    }
}
