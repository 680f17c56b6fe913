package org.borderwatch.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionMapTest {

    private static final Path MAPS = Path.of("maps");

    @Test
    void loadsTheMapsFolderInCatalogueOrderInUtm34() throws Exception {
        MapModel model = RegionMap.load(MAPS);
        List<String> names = model.layers().stream().map(Layer::name).toList();
        assertThat(names).startsWith("countries").endsWith("boundary_kosovo_serbia", "places");
        assertThat(CRS.lookupIdentifier(model.displayCrs(), true)).isEqualTo("EPSG:32634");
        assertThat(model.problems()).isEmpty();
        assertThat(model.layers().get(0).source().getCount(org.geotools.api.data.Query.ALL))
                .isPositive();
    }

    @Test
    void layersGetTheCatalogueStylesTitlesAndGroups() throws Exception {
        MapModel model = RegionMap.load(MAPS);
        Layer countries = model.layers().get(0);
        // a width interpolated by scale makes one rule per band: the catalogue's rules, in order, each in several bands
        assertThat(countries.style().featureTypeStyles().get(0).rules().stream()
                        .map(r -> r.getName())
                        .distinct())
                .containsExactly("Serbia", "Kosovo", "Neighbouring country");
        Layer places = model.layers().get(model.layers().size() - 1);
        assertThat(places.title()).isEqualTo("Places");
        assertThat(places.info().group()).isEqualTo("places");
    }

    @Test
    void theAttributionListsOnlyTheLayersDrawnAtTheScale() throws Exception {
        MapModel model = RegionMap.load(MAPS);
        assertThat(model.attributionAt(2_000_000)).contains("GeoNames");
        MapModel noPlaces = model.withVisible("places", false);
        assertThat(noPlaces.attributionAt(2_000_000)).doesNotContain("GeoNames");
    }

    @Test
    void aBrokenCatalogueEntryIsReportedAndTheOtherLayersOpen(@TempDir Path dir) throws IOException {
        for (String base : List.of("countries", "places"))
            for (String ext : List.of(".shp", ".shx", ".dbf", ".prj", ".cpg"))
                Files.copy(MAPS.resolve(base + ext), dir.resolve(base + ext));
        String catalogue = Files.readString(MAPS.resolve("catalogue.json"));
        Files.writeString(dir.resolve("catalogue.json"), catalogue.replace("\"#F4E6CC\"", "\"beige\""));
        MapModel model = RegionMap.load(dir);
        assertThat(model.layers()).extracting(Layer::name).containsExactly("places");
        assertThat(model.problems())
                .anySatisfy(p -> assertThat(p).startsWith("catalogue.json, layer countries, field /rules/0/fill"));
    }

    @Test
    void aShapefileTheCatalogueDoesNotNameIsStillDrawn(@TempDir Path dir) throws IOException {
        for (String ext : List.of(".shp", ".shx", ".dbf", ".prj", ".cpg"))
            Files.copy(MAPS.resolve("places" + ext), dir.resolve("extra" + ext));
        MapModel model = RegionMap.load(dir);
        assertThat(model.layers()).extracting(Layer::name).containsExactly("extra");
        assertThat(model.layers().get(0).info()).isEqualTo(LayerInfo.PLAIN);
    }

    @Test
    void aFolderWithoutShapefilesIsReportedByName(@TempDir Path empty) throws IOException {
        Files.writeString(empty.resolve("notes.txt"), "no maps here");
        assertThatThrownBy(() -> RegionMap.load(empty))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(empty.toString())
                .hasMessageContaining("no shapefile");
    }
}
