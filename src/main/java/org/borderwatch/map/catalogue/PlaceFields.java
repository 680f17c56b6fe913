package org.borderwatch.map.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which attributes of a vector layer name its features for the gazetteer (a catalogue entry's {@code gazetteer}
 * block): any layer that declares one, the shipped ones or a user's, has its named features found by the place
 * search without a change to the program.
 *
 * @param name       the attribute holding the main name (a feature whose name is blank is not a place)
 * @param language   the language tag of that name, "und" when the source does not say
 * @param names      further names by language tag (sr-Cyrl, sq, …) and the attribute holding each
 * @param alt        attributes holding other spellings, searched but not shown
 * @param kind       what the features are (settlement, municipality, river, …), when all are one kind
 * @param kindField  the attribute saying what each feature is, when they differ; wins over {@code kind}
 * @param id         the attribute holding the source's id of the feature (a GeoNames id), or null
 * @param idPrefix   put before that id to make the place's id ("geonames:"); the layer name and a colon if null
 * @param population the attribute holding the population, or null
 * @param country    the attribute holding the country's code or name, or null
 * @param source     who gives the points and names ("GeoNames"), cited with the id and the layer's file
 */
public record PlaceFields(
        String name,
        String language,
        Map<String, String> names,
        List<String> alt,
        String kind,
        String kindField,
        String id,
        String idPrefix,
        String population,
        String country,
        String source) {

    public PlaceFields {
        names = Map.copyOf(names);
        alt = List.copyOf(alt);
    }

    /** Every attribute the block names, for checking that the layer has them. */
    public List<String> attributes() {
        List<String> out = new ArrayList<>();
        out.add(name);
        out.addAll(names.values());
        out.addAll(alt);
        for (String a : new String[] {kindField, id, population, country}) if (a != null) out.add(a);
        return out;
    }

    /** The block of a catalogue entry the schema accepted, or null when it has none. */
    static PlaceFields of(JsonNode entry, String attribution) {
        JsonNode g = entry.get("gazetteer");
        if (g == null) return null;
        Map<String, String> names = new LinkedHashMap<>();
        g.path("names")
                .fields()
                .forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
        List<String> alt = new ArrayList<>();
        for (JsonNode a : g.path("alt")) alt.add(a.asText());
        return new PlaceFields(
                g.get("name").asText(),
                g.path("language").asText("und"),
                names,
                alt,
                g.path("kind").asText("place"),
                text(g, "kindField"),
                text(g, "id"),
                text(g, "idPrefix"),
                text(g, "population"),
                text(g, "country"),
                g.path("source").asText(attribution));
    }

    private static String text(JsonNode g, String field) {
        return g.hasNonNull(field) ? g.get(field).asText() : null;
    }
}
