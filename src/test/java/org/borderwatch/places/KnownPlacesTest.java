package org.borderwatch.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.gazetteer.Gazetteer;
import org.borderwatch.gazetteer.GazetteerPlace;
import org.borderwatch.gazetteer.Match;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped places: the curated file, the crossings and the catalogue layers of maps/, gathered into one. */
class KnownPlacesTest {

    private static final Path GAZETTEER = Path.of("data/gazetteer.geojson");
    private static final Path MAPS = Path.of("maps");
    private static final Path CROSSINGS = Path.of("data/crossings.geojson");

    private static Gazetteer shipped;

    @BeforeAll
    static void load() throws Exception {
        shipped = KnownPlaces.load(GAZETTEER, MAPS, CROSSINGS);
    }

    private static List<GazetteerPlace> found(Gazetteer g, String query, int limit) {
        return g.find(query, limit).stream().map(Match::place).toList();
    }

    @Test
    void loadsEveryShippedSourceWithoutProblems() {
        assertThat(shipped.problems()).isEmpty();
        assertThat(shipped.places())
                .extracting(GazetteerPlace::kind)
                .contains("settlement", "municipality", "district", "crossing", "monastery", "lake");
        // 2,429 base-map places less those the curated file already holds, 55 areas, the crossings not curated
        assertThat(shipped.places().size()).isGreaterThan(2_400);
    }

    @Test
    void findsAKosovoMunicipalityFromTheBaseMapWithItsAreaAndItsAlbanianName() {
        GazetteerPlace leposavic = found(shipped, "Komuna e Leposaviqit", 1).get(0);

        assertThat(leposavic.kind()).isEqualTo("municipality");
        assertThat(leposavic.names()).containsEntry("sr-Latn", "Leposavić");
        assertThat(leposavic.bounds()).isNotNull();
        assertThat(leposavic.bounds().south()).isLessThan(leposavic.lat());
        assertThat(leposavic.bounds().north()).isGreaterThan(leposavic.lat());
        assertThat(leposavic.coordinateSource()).contains("Natural Earth").contains("maps/admin1.shp");
    }

    @Test
    void findsASerbianDistrict() {
        GazetteerPlace raski = found(shipped, "Raški", 1).get(0);

        assertThat(raski.kind()).isEqualTo("district");
        assertThat(raski.country()).isEqualTo("RS");
        assertThat(raski.bounds()).isNotNull();
    }

    @Test
    void findsACrossingOnlyTheCrossingsFileHasAndTheCuratedOnesOnce() {
        assertThat(found(shipped, "Mucibaba", 3)).extracting(GazetteerPlace::id).contains("crossing:mucibaba");
        assertThat(found(shipped, "Мучибаба", 1))
                .extracting(GazetteerPlace::kind)
                .containsExactly("crossing");
        assertThat(found(shipped, "Jarinje", 8))
                .filteredOn(p -> p.kind().equals("crossing"))
                .extracting(GazetteerPlace::id)
                .containsExactly("bw:jarinje-crossing");
    }

    @Test
    void offersBothMitrovicasWithTheirMunicipalities() {
        List<GazetteerPlace> mitrovica = found(shipped, "mitrovica", 8);

        assertThat(mitrovica.subList(0, 2))
                .extracting(GazetteerPlace::id)
                .containsExactly("geonames:789225", "bw:north-mitrovica");
        assertThat(mitrovica)
                .filteredOn(p -> p.kind().equals("municipality"))
                .extracting(p -> p.names().get("sr-Latn"))
                .contains("Kosovska Mitrovica", "Severna Kosovska Mitrovica");
    }

    @Test
    void holdsAllThirtyEightKosovoMunicipalitiesTheEightWithoutAShapeByTheirGeoNamesNames() {
        long municipalities = shipped.places().stream()
                .filter(p -> p.kind().equals("municipality") && "XK".equals(p.country()))
                .count();

        assertThat(municipalities).isEqualTo(38);
        // the names maps/kosovo_municipalities.csv gives the eight created since 2005
        for (String name : List.of(
                "Mitrovica Veriore",
                "Komuna e Graçanicës",
                "Komuna e Ranillugut",
                "Komuna e Parteshit",
                "Komuna e Kllokotit",
                "Komuna e Junikut",
                "Komuna e Mamushës",
                "Hani i Elezit"))
            assertThat(found(shipped, name, 3)).as(name).anyMatch(p -> p.kind().equals("municipality"));
    }

    @Test
    void findsABaseMapSettlementByItsCyrillicLatinAndAlbanianNamesAndPlacesItInItsMunicipality(@TempDir Path dir)
            throws Exception {
        // a curated file without Zvečan, so the base map's GeoNames record is the one found
        Path curated = Files.writeString(dir.resolve("gazetteer.geojson"), """
                {"type": "FeatureCollection", "features": []}
                """);
        Gazetteer g = KnownPlaces.load(curated, MAPS, null);

        for (String query : List.of("Звечан", "zvecan", "Zvecani", "Zvečan")) {
            GazetteerPlace zvecan = found(g, query, 3).stream()
                    .filter(p -> p.kind().equals("settlement"))
                    .findFirst()
                    .orElseThrow();
            assertThat(zvecan.id()).as(query).isEqualTo("geonames:783770");
            assertThat(zvecan.coordinateSource()).isEqualTo("GeoNames 783770 (maps/places.shp)");
            assertThat(zvecan.municipality()).isEqualTo("Zvečan");
            assertThat(zvecan.country()).isEqualTo("XK");
        }
    }

    @Test
    void findsNothingFromMissingMapsOrCrossingsButTheCuratedPlaces(@TempDir Path dir) throws Exception {
        Gazetteer g = KnownPlaces.load(GAZETTEER, dir.resolve("no-maps"), dir.resolve("no-crossings.geojson"));

        assertThat(g.problems()).isEmpty();
        assertThat(g.places()).hasSize(Gazetteer.load(GAZETTEER).places().size());
    }
}
