package org.borderwatch.map.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.map.Layer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Geofabrik files of the shared corpus (Greater London, 2019): recognised as one extract and read with the
 * feature counts GDAL 3.6.2's ogrinfo gives in the corpus README. Skips when the corpus is absent.
 */
class GeofabrikCorpusTest {

    private static final Path LONDON = Path.of(System.getProperty("borderwatch.shared", "../shared"))
            .resolve("corpus/basedata/geofabrik_shp/greater-london-2019-07-14");

    @TempDir
    Path tmp;

    @Test
    void londonOpensAsOneBaseMapWithGdalsFeatureCounts() throws Exception {
        assumeTrue(Files.isDirectory(LONDON), "the shared corpus is absent: " + LONDON.toAbsolutePath());
        OsmExtract london = OsmExtract.open(LONDON, new ExtractZip(tmp));
        OsmBaseMap map = new OsmBaseMap(List.of(london));

        assertThat(OsmExtract.recognises(LONDON)).isTrue();
        assertThat(map.problems()).isEmpty();
        assertThat(count(map, "osm_places")).isEqualTo(768);
        assertThat(count(map, "osm_railways")).isEqualTo(12_258);
        assertThat(count(map, "osm_waterways")).isEqualTo(2_343);
        assertThat(count(map, "osm_water_a")).isEqualTo(2_033);
        assertThat(count(map, "osm_natural_a")).isEqualTo(112);
    }

    private static int count(OsmBaseMap map, String name) throws Exception {
        Layer l = map.layers().stream()
                .filter(x -> x.name().equals(name))
                .findFirst()
                .orElseThrow();
        return l.source().getFeatures().size();
    }
}
