package org.borderwatch.map.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractZipTest {

    @TempDir
    Path tmp;

    private Path zip() throws Exception {
        return GeofabrikFixture.zip(
                GeofabrikFixture.kosovo(tmp.resolve("src")), tmp.resolve("kosovo-latest-free.shp.zip"), 1000);
    }

    @Test
    void unpacksTheShapefilesOnceAndOpensThemAsAnExtract() throws Exception {
        Path zip = zip();
        ExtractZip zips = new ExtractZip(tmp.resolve("cache"));

        OsmExtract extract = OsmExtract.open(zip, zips);

        assertThat(OsmExtract.recognises(zip)).isTrue();
        assertThat(extract.layers().keySet())
                .containsExactly("landuse_a", "natural", "places", "railways", "roads", "water_a", "waterways");
        assertThat(extract.folder().resolve("README")).doesNotExist();
        assertThat(zips.unpack(zip)).isEqualTo(extract.folder());
        try (var left = Files.list(tmp.resolve("cache"))) {
            assertThat(left).containsExactly(extract.folder());
        }
    }

    @Test
    void aTruncatedZipNamesTheZipAndTheEntryItEndsIn() throws Exception {
        Path zip = zip();
        byte[] all = Files.readAllBytes(zip);
        // cut inside the fourth entry's data: the central directory at the end is lost with it
        Path cut = tmp.resolve("cut/kosovo-latest-free.shp.zip");
        Files.createDirectories(cut.getParent());
        int at = indexOf(all, "gis_osm_natural_free_1.dbf".getBytes()) + 40;
        Files.write(cut, Arrays.copyOf(all, at));

        assertThatThrownBy(() -> OsmExtract.open(cut, new ExtractZip(tmp.resolve("cache"))))
                .isInstanceOf(ExtractException.class)
                .hasMessageStartingWith("kosovo-latest-free.shp.zip, entry gis_osm_natural_free_1.dbf: ")
                .hasMessageContaining("cut short");
        try (var left = Files.list(tmp.resolve("cache"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anEntryThatFailsItsChecksumIsNamedAndNothingIsKept() throws Exception {
        Path zip = zip();
        byte[] all = Files.readAllBytes(zip);
        // the .prj is stored deflated; a flipped byte in its data fails inflation or the CRC
        int at = indexOf(all, "gis_osm_places_free_1.prj".getBytes()) + "gis_osm_places_free_1.prj".length() + 8;
        all[at] ^= 0x55;
        all[at + 1] ^= 0x55;
        Files.write(zip, all);

        assertThatThrownBy(() -> OsmExtract.open(zip, new ExtractZip(tmp.resolve("cache"))))
                .isInstanceOf(ExtractException.class)
                .hasMessageStartingWith("kosovo-latest-free.shp.zip, entry gis_osm_places_free_1.prj: ");
        try (var left = Files.list(tmp.resolve("cache"))) {
            assertThat(left).isEmpty();
        }
    }

    private static int indexOf(byte[] all, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= all.length; i++) {
            for (int j = 0; j < what.length; j++) if (all[i + j] != what[j]) continue outer;
            return i;
        }
        throw new AssertionError("not found");
    }
}
