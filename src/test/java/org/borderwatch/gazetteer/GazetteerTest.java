package org.borderwatch.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Path SHIPPED = Path.of("data/gazetteer.geojson");

    private static List<String> ids(List<Match> matches) {
        return matches.stream().map(m -> m.place().id()).toList();
    }

    @Test
    void findsZvecanWhateverTheScriptAccentsCaseOrAlbanianEnding() throws Exception {
        Gazetteer g = Gazetteer.load(SHIPPED);

        for (String query : List.of("zvecan", "Zveçan", "Zvečan", "Звечан", "ZVEČAN", "Zvecani"))
            assertThat(ids(g.find(query, 3))).as(query).first().isEqualTo("geonames:783770");
    }

    @Test
    void toleratesATypingSlip() throws Exception {
        Gazetteer g = Gazetteer.load(SHIPPED);

        assertThat(ids(g.find("Zvecna", 3))).as("swapped letters").first().isEqualTo("geonames:783770");
        assertThat(ids(g.find("Lepsavic", 3))).as("a dropped letter").first().isEqualTo("geonames:788731");
        assertThat(ids(g.find("Banjksa Monastery", 3))).first().isEqualTo("bw:banjska-monastery");
    }

    @Test
    void mitrovicaOffersTheSouthAndNorthMunicipalities() throws Exception {
        List<Match> found = Gazetteer.load(SHIPPED).find("mitrovica", 5);

        assertThat(ids(found)).containsSubsequence("geonames:789225", "bw:north-mitrovica");
        assertThat(found.get(0).rank()).isZero();
        assertThat(found).extracting(m -> m.place().municipality()).contains("Mitrovica", "North Mitrovica");
    }

    @Test
    void findsCyrillicNamesFromLatinQueriesWithSerbianDigraphs() throws Exception {
        Gazetteer g = Gazetteer.of(List.of(new GazetteerPlace(
                "t:1",
                "settlement",
                Map.of("sr-Cyrl", "Љубовија"),
                List.of(),
                19.37,
                44.19,
                null,
                "RS",
                0,
                "test",
                "test")));

        assertThat(ids(g.find("ljubovija", 1))).containsExactly("t:1");
        assertThat(ids(g.find("Ljubov", 1))).containsExactly("t:1");
    }

    @Test
    void ranksWholeNamesBeforeStartsAndStartsBeforeLaterWords() {
        Gazetteer g = Gazetteer.of(List.of(
                place("a", "Banjska Reka", 100), place("b", "Banjska", 10), place("c", "Stara Banjska", 100000)));

        assertThat(ids(g.find("banjska", 3))).containsExactly("b", "a", "c");
    }

    @Test
    void skipsABrokenRecordAndNamesIt() throws Exception {
        Path file = Path.of(
                GazetteerTest.class.getResource("broken-gazetteer.geojson").toURI());
        Gazetteer g = Gazetteer.load(file);

        assertThat(g.places()).hasSize(1);
        assertThat(g.problems())
                .singleElement()
                .asString()
                .contains("broken-gazetteer.geojson, record 1 (id bad)")
                .contains("/geometry");
    }

    private static GazetteerPlace place(String id, String name, long population) {
        return new GazetteerPlace(
                id,
                "settlement",
                Map.of("sr-Latn", name),
                List.of(),
                20.8,
                42.9,
                null,
                "XK",
                population,
                "test",
                "test");
    }
}
