package org.borderwatch.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegionMapTest {

    private static final Path MAPS = Path.of("maps");

    @Test
    void loadsTheMapsFolderInCartographicOrderInUtm34() throws Exception {
        MapModel model = RegionMap.load(MAPS);
        assertThat(model.layers()).extracting(Layer::name)
                .containsExactly("countries", "admin1", "boundary_kosovo_serbia", "places");
        assertThat(CRS.lookupIdentifier(model.displayCrs(), true)).isEqualTo("EPSG:32634");
        assertThat(model.attribution()).contains("Natural Earth").contains("GeoNames");
        assertThat(model.layers().get(0).source().getCount(org.geotools.api.data.Query.ALL)).isEqualTo(10);
    }

    @Test
    void layersGetTheRegionStylesByName() throws Exception {
        MapModel model = RegionMap.load(MAPS);
        Layer countries = model.layers().get(0);
        assertThat(countries.style().featureTypeStyles().get(0).rules()).extracting(r -> r.getName())
                .containsExactly("Serbia", "Kosovo", "Neighbouring country");
        assertThat(model.layers().get(3).title()).isEqualTo("Places");
    }

    @Test
    void aFolderWithoutShapefilesIsReportedByName(@TempDir Path empty) throws IOException {
        Files.writeString(empty.resolve("notes.txt"), "no maps here");
        assertThatThrownBy(() -> RegionMap.load(empty)).isInstanceOf(IOException.class)
                .hasMessageContaining(empty.toString()).hasMessageContaining("no shapefile");
    }
}
