package org.borderwatch.render.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.render.RegionCatalogue;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.style.PolygonSymbolizer;
import org.geotools.api.style.Rule;
import org.geotools.api.style.Style;
import org.geotools.api.style.Symbolizer;
import org.geotools.data.DataUtilities;
import org.geotools.feature.simple.SimpleFeatureBuilder;
import org.junit.jupiter.api.Test;

class StyleSelectorTest {

    private final StyleSelector selector = new StyleSelector();

    private List<String> ruleNames(Style style, double scale) {
        List<String> names = new ArrayList<>();
        for (StyleSelector.Pass p : selector.passesAt(style, scale)) {
            for (Rule r : p.rules()) names.add(r.getName());
            for (Rule r : p.elseRules()) names.add(r.getName());
        }
        return names;
    }

    @Test
    void onlyMajorTownsShowAtCountryScale() {
        assertThat(ruleNames(RegionCatalogue.places(), 8_000_000)).containsExactly("Major town");
    }

    @Test
    void smallerPlacesJoinAsTheScaleGrows() {
        assertThat(ruleNames(RegionCatalogue.places(), 3_000_000)).containsExactly("Major town", "Town");
        assertThat(ruleNames(RegionCatalogue.places(), 600_000)).containsExactly("Major town", "Town", "Small town");
        assertThat(ruleNames(RegionCatalogue.places(), 200_000))
                .containsExactly("Major town", "Town", "Small town", "Village");
    }

    @Test
    void maxScaleDenominatorIsExclusiveAsSldSays() {
        Rule rule = RegionCatalogue.places().featureTypeStyles().get(0).rules().get(1);
        assertThat(StyleSelector.appliesAt(rule, rule.getMaxScaleDenominator())).isFalse();
        assertThat(StyleSelector.appliesAt(rule, rule.getMaxScaleDenominator() - 1))
                .isTrue();
    }

    @Test
    void elseRuleStylesCountriesWithoutARole() throws Exception {
        SimpleFeatureType type = DataUtilities.createType("countries", "the_geom:Polygon,role:String");
        StyleSelector.Pass pass =
                selector.passesAt(RegionCatalogue.countries(), 2_000_000).get(0);
        SimpleFeature kosovo = SimpleFeatureBuilder.build(type, new Object[] {null, "kosovo"}, "k");
        SimpleFeature albania = SimpleFeatureBuilder.build(type, new Object[] {null, null}, "a");
        Symbolizer kosovoSym = pass.symbolizersFor(kosovo, new ArrayList<>()).get(0);
        Symbolizer otherSym = pass.symbolizersFor(albania, new ArrayList<>()).get(0);
        assertThat(kosovoSym).isInstanceOf(PolygonSymbolizer.class).isNotSameAs(otherSym);
        assertThat(pass.rules()).extracting(Rule::getName).containsExactly("Serbia", "Kosovo");
        assertThat(pass.elseRules()).extracting(Rule::getName).containsExactly("Neighbouring country");
    }
}
