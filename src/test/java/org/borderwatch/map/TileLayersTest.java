package org.borderwatch.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.borderwatch.tiles.TestTiles;
import org.borderwatch.tiles.TileId;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.geotools.styling.StyleBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TileLayersTest {

    @TempDir
    Path dir;

    @Test
    void putsTilesAboveTheImageLayersAndUnderTheRestCreditingTheirSource() throws Exception {
        Path file = TestTiles.mbtiles(
                dir.resolve("topo.mbtiles"),
                Map.of("format", "png", "name", "Topo", "attribution", "© Test Tiles"),
                Map.of(new TileId(0, 0, 0), TestTiles.tile(Color.GREEN, 256, "png")),
                false);
        Layer tiles = TileLayers.mbtiles(file, p -> {});
        assertThat(tiles.name()).isEqualTo("topo");
        assertThat(tiles.title()).isEqualTo("Topo");
        assertThat(tiles.isRaster()).isTrue();
        Layer fill = vector("countries");
        Layer relief = new Layer(
                "relief",
                "Relief",
                null,
                new StyleBuilder().createStyle(),
                true,
                LayerInfo.PLAIN,
                new GeoImage(dir.resolve("r.png"), new java.awt.geom.AffineTransform(), 1, 1));
        Layer lines = vector("admin1");
        MapModel model = new MapModel(List.of(fill, relief, lines), DefaultGeographicCRS.WGS84, "");
        MapModel based = TileLayers.asBase(model, tiles);
        assertThat(based.layers()).extracting(Layer::name).containsExactly("countries", "relief", "topo", "admin1");
        assertThat(based.attributionAt(50_000)).contains("© Test Tiles");
        // again: replaced, not added twice
        assertThat(TileLayers.asBase(based, tiles).layers()).hasSize(4);
        tiles.tiles().close();
    }

    private static Layer vector(String name) throws org.geotools.feature.SchemaException {
        return new Layer(
                name,
                name,
                org.geotools.data.DataUtilities.source(new org.geotools.data.collection.ListFeatureCollection(
                        org.geotools.data.DataUtilities.createType(name, "geom:Point:srid=4326"))),
                new StyleBuilder().createStyle(),
                true);
    }
}
