package org.borderwatch.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.borderwatch.shapefile.ShapefileWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a layer's file by its kind, indexed when it is large. */
class LayerSourcesTest {
    @TempDir
    Path dir;

    private Path points(String name, long count) throws IOException {
        try (ShapefileWriter w =
                new ShapefileWriter(dir, name, ShapefileWriter.POINT, new ShapefileWriter.Field("n", 'N', 6))) {
            for (int i = 0; i < count; i++) w.point(20 + i * 1e-5, 42, i);
        }
        return dir.resolve(name + ".shp");
    }

    @Test
    void largeShapefileIsIndexedAndReadByNeed() throws IOException {
        Path shp = points("big", LayerSources.BY_NEED_RECORDS);
        assertThat(LayerSources.loadsByNeed(new LayerSources(null).open(shp))).isTrue();
        assertThat(dir.resolve("big.bwsi")).isRegularFile();
    }

    @Test
    void smallShapefileIsReadWholeWithoutAnIndex() throws IOException {
        Path shp = points("small", 10);
        assertThat(LayerSources.loadsByNeed(new LayerSources(null).open(shp))).isFalse();
        assertThat(dir.resolve("small.bwsi")).doesNotExist();
    }

    @Test
    void fileOfAnUnknownKindIsRefusedNamingIt() throws IOException {
        Path odd = Files.writeString(dir.resolve("roads.kml"), "<kml/>");
        assertThatThrownBy(() -> new LayerSources(null).open(odd))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("roads.kml")
                .hasMessageContaining("no reader");
    }

    @Test
    void indexCacheFollowsXdgCacheHomeThenHome() {
        assertThat(LayerSources.userIndexCache(Map.of("XDG_CACHE_HOME", "/c", "HOME", "/h")::get, "/u"))
                .isEqualTo(Path.of("/c/borderwatch/index"));
        assertThat(LayerSources.userIndexCache(Map.of("HOME", "/h")::get, "/u"))
                .isEqualTo(Path.of("/h/.cache/borderwatch/index"));
    }
}
