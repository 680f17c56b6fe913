package org.borderwatch.render;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.gazetteer.GazetteerPlace;
import org.borderwatch.gazetteer.PlaceNames;
import org.geotools.api.feature.simple.SimpleFeature;

/**
 * The label of a base-data place in the frame's name style. A feature with a GeoNames id the gazetteer knows takes
 * the gazetteer's forms; otherwise the forms the feature itself carries (maps/build.sh writes them from GeoNames):
 * {@code name} is GeoNames' main name, which in Kosovo is mostly the Albanian one and in Serbia, Montenegro and
 * Bosnia the Serbian Latin one; {@code name_alt} is the Serbian Latin name of a Kosovo place; {@code name_cyr} the
 * Cyrillic one. Anything else (a country's capital abroad, a layer without those fields) keeps its label field: no
 * Albanian or Serbian name is made up. Not thread-safe; the painter that owns it keeps answers until the names
 * change.
 */
final class PlaceLabelText {

    private static final Set<String> SERBIAN_LANDS = Set.of("RS", "XK", "ME", "BA");

    private final Map<SimpleFeature, String> known = new IdentityHashMap<>();
    private PlaceNames names;

    /** The label of {@code feature}, whose label field gave {@code fieldText}, in the style of {@code chosen}. */
    String of(SimpleFeature feature, String fieldText, PlaceNames chosen) {
        if (chosen == null || fieldText == null) return fieldText;
        if (!chosen.equals(names)) {
            known.clear();
            names = chosen;
        }
        return known.computeIfAbsent(feature, f -> compute(f, fieldText, chosen));
    }

    private static String compute(SimpleFeature f, String fieldText, PlaceNames chosen) {
        boolean named = f.getFeatureType().getDescriptor("name_cyr") != null;
        Object geonameid = attribute(f, "geonameid");
        // only a label that shows the place's main name is rewritten; a label of another field stays as styled
        if (!fieldText.equals(attribute(f, "name"))) return fieldText;
        if (!named) {
            GazetteerPlace municipality = kosovoMunicipality(f, fieldText);
            return municipality == null ? fieldText : chosen.label(municipality);
        }
        if (geonameid != null) {
            var fromGazetteer = chosen.place("geonames:" + geonameid);
            if (fromGazetteer.isPresent()) return chosen.label(fromGazetteer.get());
        }
        GazetteerPlace own = ownForms(f, fieldText);
        return own == null ? fieldText : chosen.label(own);
    }

    /** The feature's name forms as a gazetteer place, or null outside the lands where they are Serbian or Albanian. */
    static GazetteerPlace ownForms(SimpleFeature f, String name) {
        String country = text(attribute(f, "iso_a2"));
        if (country == null || !SERBIAN_LANDS.contains(country)) return null;
        Map<String, String> forms = new HashMap<>();
        String cyrillic = text(attribute(f, "name_cyr"));
        if (cyrillic != null) forms.put("sr-Cyrl", cyrillic);
        if ("XK".equals(country)) {
            forms.put("sq", name);
            String serbian = text(attribute(f, "name_alt"));
            if (serbian == null) serbian = text(attribute(f, "name_latn"));
            if (serbian != null) forms.put("sr-Latn", serbian);
        } else {
            forms.put("sr-Latn", name);
        }
        return new GazetteerPlace(
                "feature:" + f.getID(), "settlement", forms, List.of(), 0, 0, null, country, 0, null, null);
    }

    /**
     * A Kosovo municipality of the districts-and-municipalities layer as a place named in Serbian Latin, or null for
     * any other feature. Natural Earth writes those names in Serbian Latin with every diacritic ("Leposavić",
     * "Uroševac"), so the Cyrillic form is a sound transliteration; the Albanian text it carries is a genitive
     * ("Komuna e Leposaviqit"), not a name, so an Albanian label keeps the Serbian one. Serbia's districts stay as
     * stored: their names there lack diacritics ("Macvanski") and would be transliterated wrong.
     */
    static GazetteerPlace kosovoMunicipality(SimpleFeature f, String name) {
        if (!"XK".equals(text(attribute(f, "iso_a2"))) || !"municipality".equals(text(attribute(f, "unit_type"))))
            return null;
        return new GazetteerPlace(
                "feature:" + f.getID(),
                "municipality",
                Map.of("sr-Latn", name),
                List.of(),
                0,
                0,
                null,
                "XK",
                0,
                null,
                null);
    }

    private static Object attribute(SimpleFeature f, String field) {
        return f.getFeatureType().getDescriptor(field) == null ? null : f.getAttribute(field);
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
