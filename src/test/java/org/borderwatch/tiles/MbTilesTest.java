package org.borderwatch.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MbTilesTest {

    @TempDir
    Path dir;

    private static final Path CORPUS = Path.of("..", "shared", "corpus", "basedata", "mbtiles");

    @Test
    void flipsTheTmsRowSoTheNorthTileComesFirst() throws Exception {
        Map<TileId, byte[]> tiles = new LinkedHashMap<>();
        tiles.put(new TileId(1, 0, 0), TestTiles.tile(Color.RED, 256, "png"));
        tiles.put(new TileId(1, 0, 1), TestTiles.tile(Color.BLUE, 256, "png"));
        Path file = TestTiles.mbtiles(dir.resolve("t.mbtiles"), Map.of("format", "png"), tiles, false);
        try (MbTiles mb = MbTiles.open(file)) {
            assertThat(mb.read(new TileId(1, 0, 0)).getRGB(10, 10)).isEqualTo(Color.RED.getRGB());
            assertThat(mb.read(new TileId(1, 0, 1)).getRGB(10, 10)).isEqualTo(Color.BLUE.getRGB());
        }
    }

    @Test
    void readsTilesThroughAViewAndSniffsJpegWithoutFormatMetadata() throws Exception {
        Map<TileId, byte[]> tiles = Map.of(new TileId(0, 0, 0), TestTiles.tile(Color.GREEN, 512, "jpg"));
        Path file = TestTiles.mbtiles(dir.resolve("v.mbtiles"), Map.of("name", "Green"), tiles, true);
        try (MbTiles mb = MbTiles.open(file)) {
            BufferedImage t = mb.read(new TileId(0, 0, 0));
            assertThat(new Color(t.getRGB(100, 100)).getGreen()).isGreaterThan(240);
            assertThat(mb.info().tileSizePx()).isEqualTo(512);
            assertThat(mb.name()).isEqualTo("Green");
        }
    }

    @Test
    void takesBoundsZoomRangeAndAttributionFromTheMetadata() throws Exception {
        Map<TileId, byte[]> tiles = Map.of(new TileId(3, 4, 2), TestTiles.tile(Color.GRAY, 256, "png"));
        Path file = TestTiles.mbtiles(
                dir.resolve("m.mbtiles"),
                Map.of(
                        "bounds", "20.0,42.0,21.5,43.5",
                        "minzoom", "3",
                        "maxzoom", "12",
                        "attribution", "<a href=\"https://osm.org\">&copy; OpenStreetMap</a>"),
                tiles,
                false);
        try (MbTiles mb = MbTiles.open(file)) {
            assertThat(mb.info().minZoom()).isEqualTo(3);
            assertThat(mb.info().maxZoom()).isEqualTo(12);
            assertThat(mb.info().boundsLonLat().getMinX()).isEqualTo(20.0);
            assertThat(mb.info().boundsLonLat().getMaxY()).isEqualTo(43.5);
            assertThat(mb.info().attribution()).isEqualTo("© OpenStreetMap");
            // outside the bounds and the zoom range there is nothing to ask for
            assertThat(mb.read(new TileId(3, 0, 0))).isNull();
            assertThat(mb.read(new TileId(2, 2, 1))).isNull();
        }
    }

    @Test
    void takesTheZoomRangeFromTheTilesWhenTheMetadataLacksIt() throws Exception {
        Map<TileId, byte[]> tiles = new LinkedHashMap<>();
        tiles.put(new TileId(2, 1, 1), TestTiles.tile(Color.GRAY, 256, "png"));
        tiles.put(new TileId(5, 17, 11), TestTiles.tile(Color.GRAY, 256, "png"));
        Path file = TestTiles.mbtiles(dir.resolve("z.mbtiles"), Map.of(), tiles, false);
        try (MbTiles mb = MbTiles.open(file)) {
            assertThat(mb.info().minZoom()).isEqualTo(2);
            assertThat(mb.info().maxZoom()).isEqualTo(5);
        }
    }

    @Test
    void refusesVectorTilesSayingWhatTheFileHolds() throws Exception {
        byte[] gzipped = {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3};
        Path file =
                TestTiles.mbtiles(dir.resolve("vec.mbtiles"), Map.of(), Map.of(new TileId(0, 0, 0), gzipped), false);
        assertThatThrownBy(() -> MbTiles.open(file))
                .hasMessageContaining("vec.mbtiles")
                .hasMessageContaining("holds vector tiles")
                .hasMessageContaining("supported yet");
        Path pbf = TestTiles.mbtiles(
                dir.resolve("pbf.mbtiles"),
                Map.of("format", "pbf"),
                Map.of(new TileId(0, 0, 0), TestTiles.tile(Color.RED, 256, "png")),
                false);
        assertThatThrownBy(() -> MbTiles.open(pbf)).hasMessageContaining("holds vector tiles");
    }

    @Test
    void namesFileAndTileOfACorruptTile() throws Exception {
        Map<TileId, byte[]> tiles = new LinkedHashMap<>();
        tiles.put(new TileId(1, 0, 0), TestTiles.tile(Color.RED, 256, "png"));
        byte[] broken = TestTiles.tile(Color.RED, 256, "png");
        tiles.put(new TileId(1, 1, 0), java.util.Arrays.copyOf(broken, 40));
        Path file = TestTiles.mbtiles(dir.resolve("bad.mbtiles"), Map.of("format", "png"), tiles, false);
        try (MbTiles mb = MbTiles.open(file)) {
            assertThat(mb.read(new TileId(1, 0, 0))).isNotNull();
            assertThatThrownBy(() -> mb.read(new TileId(1, 1, 0)))
                    .hasMessageContaining("bad.mbtiles, tile 1/1/0")
                    .hasMessageContaining("cannot be decoded");
            assertThatThrownBy(() -> mb.read(new TileId(1, 1, 1)))
                    .hasMessageContaining("bad.mbtiles, tile 1/1/1: missing");
        }
    }

    @Test
    void refusesAFileThatIsNotAnSqliteDatabase() throws Exception {
        Path file = dir.resolve("text.mbtiles");
        Files.writeString(file, "not a database, just text that is long enough to be read", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MbTiles.open(file)).hasMessageStartingWith(file.toString());
        assertThatThrownBy(() -> MbTiles.open(dir.resolve("absent.mbtiles"))).hasMessageContaining("no such");
    }

    @Test
    void readsTileMillsGeographyClassWhoseTilesAreAViewWithoutFormat() throws Exception {
        Path file = CORPUS.resolve("geography-class-png.mbtiles");
        assumeTrue(Files.isRegularFile(file), "no " + file + " (the shared corpus is absent)");
        try (MbTiles mb = MbTiles.open(file)) {
            assertThat(mb.info().tileSizePx()).isEqualTo(256);
            assertThat(mb.info().minZoom()).isEqualTo(0);
            assertThat(mb.info().maxZoom()).isEqualTo(1);
            for (int x = 0; x < 2; x++)
                for (int y = 0; y < 2; y++) {
                    BufferedImage t = mb.read(new TileId(1, x, y));
                    assertThat(t.getWidth()).isEqualTo(256);
                }
            // the north-west quarter holds Canada, land: not the sea's colour at its south-east corner (the Atlantic)
            BufferedImage nw = mb.read(new TileId(1, 0, 0));
            assertThat(nw.getRGB(60, 120)).isNotEqualTo(nw.getRGB(250, 250));
        }
    }

    @Test
    void refusesTippecanoesVectorCities() {
        Path file = CORPUS.resolve("world_cities.mbtiles");
        assumeTrue(Files.isRegularFile(file), "no " + file + " (the shared corpus is absent)");
        assertThatThrownBy(() -> MbTiles.open(file))
                .hasMessageContaining("world_cities.mbtiles")
                .hasMessageContaining("holds vector tiles");
    }
}
