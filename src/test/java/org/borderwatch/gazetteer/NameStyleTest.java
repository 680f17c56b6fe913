package org.borderwatch.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameStyleTest {

    private static GazetteerPlace place(String country, Map<String, String> names) {
        return new GazetteerPlace("t", "settlement", names, List.of(), 20.8, 42.9, null, country, 0, "test", "test");
    }

    private static final GazetteerPlace MITROVICA = place(
            "XK",
            Map.of(
                    "sr-Latn",
                    "Kosovska Mitrovica",
                    "sr-Cyrl",
                    "Косовска Митровица",
                    "sq",
                    "Mitrovicë",
                    "en",
                    "Mitrovica (South)"));

    @Test
    void writesEachStyleFromTheGazetteersForms() {
        assertThat(NameStyle.SR_LATN.label(MITROVICA)).isEqualTo("Kosovska Mitrovica");
        assertThat(NameStyle.SR_CYRL.label(MITROVICA)).isEqualTo("Косовска Митровица");
        assertThat(NameStyle.SQ.label(MITROVICA)).isEqualTo("Mitrovicë");
        assertThat(NameStyle.EN.label(MITROVICA)).isEqualTo("Mitrovica (South)");
    }

    @Test
    void dualPutsAlbanianFirstInKosovoAndSerbianFirstInSerbia() {
        assertThat(NameStyle.DUAL.label(MITROVICA)).isEqualTo("Mitrovicë / Kosovska Mitrovica");
        assertThat(NameStyle.DUAL.label(place("RS", Map.of("sr-Latn", "Merdare", "sq", "Merdar"))))
                .isEqualTo("Merdare / Merdar");
    }

    @Test
    void transliteratesOnlyBetweenSerbianScriptsAndNeverInventsAnAlbanianName() {
        GazetteerPlace latinOnly = place("XK", Map.of("sr-Latn", "Leposavić Ljubovija Njegoš Džep"));
        GazetteerPlace cyrillicOnly = place("RS", Map.of("sr-Cyrl", "Љубовија"));

        assertThat(NameStyle.SR_CYRL.label(latinOnly)).isEqualTo("Лепосавић Љубовија Његош Џеп");
        assertThat(NameStyle.SR_LATN.label(cyrillicOnly)).isEqualTo("Ljubovija");
        assertThat(NameStyle.SQ.label(latinOnly))
                .as("no Albanian form: the Serbian one, untouched")
                .isEqualTo("Leposavić Ljubovija Njegoš Džep");
        assertThat(NameStyle.DUAL.label(latinOnly)).isEqualTo("Leposavić Ljubovija Njegoš Džep");
    }

    @Test
    void refusesAnUnknownTagNamingTheAllowedOnes() {
        assertThat(NameStyle.fromTag("SR-CYRL")).isEqualTo(NameStyle.SR_CYRL);
        assertThatThrownBy(() -> NameStyle.fromTag("de")).hasMessageContaining("sr-Latn, sr-Cyrl, sq, en, dual");
    }
}
