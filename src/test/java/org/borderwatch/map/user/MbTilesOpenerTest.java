package org.borderwatch.map.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.nio.file.Path;
import java.util.Map;
import org.borderwatch.tiles.TestTiles;
import org.borderwatch.tiles.TileId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MbTilesOpenerTest {

    @TempDir
    Path dir;

    @Test
    void opensARasterMbTilesFileAsATileLayerOfTheAddedGroupAndRefusesAVectorOne() throws Exception {
        Path file = TestTiles.mbtiles(
                dir.resolve("topo.mbtiles"),
                Map.of("format", "png"),
                Map.of(new TileId(0, 0, 0), TestTiles.tile(Color.GREEN, 256, "png")),
                false);
        MbTilesOpener opener = new MbTilesOpener(p -> {});
        LayerSource source = MbTilesOpener.source(file);
        assertThat(opener.opens(source)).isTrue();
        UserLayer added = new UserLayer("Topo", source, UserStyle.byDefault(0, null), true);
        UserLayerOpener.Opened opened = opener.open(added);
        assertThat(opened.layer().name()).isEqualTo(added.name());
        assertThat(opened.layer().info().group()).isEqualTo(UserLayer.GROUP);
        assertThat(opened.layer().tiles().info().maxZoom()).isZero();
        opened.layer().tiles().close();

        Path vector = TestTiles.mbtiles(
                dir.resolve("vec.mbtiles"),
                Map.of("format", "pbf"),
                Map.of(new TileId(0, 0, 0), new byte[] {0x1A}),
                false);
        assertThatThrownBy(() -> opener.open(
                        new UserLayer("Vec", MbTilesOpener.source(vector), UserStyle.byDefault(0, null), true)))
                .hasMessageContaining("holds vector tiles");
    }
}
