package org.borderwatch.map.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.geopackage.CraftedGeoPackage;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddedLayersTest {
    @TempDir
    Path dir;

    private final java.util.List<String> tileProblems = new java.util.ArrayList<>();

    private MapModel base() throws IOException {
        return RegionMap.load(Path.of("maps"));
    }

    @Test
    void aGeoPackageNamedAloneGivesEveryVectorTableAndWithATableOnlyThatOne() throws IOException {
        Path gpkg = CraftedGeoPackage.write(dir.resolve("crafted.gpkg"));
        assertThat(VectorFileOpener.sourcesOf(gpkg.toString()))
                .extracting(LayerSource::table)
                .containsExactly("roads", "towns");
        assertThat(VectorFileOpener.sourcesOf(gpkg + ":towns")).singleElement().satisfies(s -> {
            assertThat(s.table()).isEqualTo("towns");
            assertThat(s.file()).isEqualTo(gpkg.toAbsolutePath());
        });
    }

    @Test
    void addedLayersGoOnTopInTheirGroupWithDistinctDefaultColoursAndSkippedRowsListed() throws IOException {
        Path gpkg = CraftedGeoPackage.write(dir.resolve("crafted.gpkg"));
        AddedLayers.Result r = AddedLayers.ofFiles(new org.borderwatch.map.LayerSources(null), tileProblems::add)
                .openNew(VectorFileOpener.sourcesOf(gpkg.toString()), 0);
        assertThat(r.layers()).hasSize(2);
        assertThat(r.added().get(0).style().stroke())
                .isNotEqualTo(r.added().get(1).style().stroke());
        assertThat(r.layers()).allSatisfy(l -> assertThat(l.info().group()).isEqualTo("Added layers"));
        assertThat(r.problems())
                .anySatisfy(p -> assertThat(p).startsWith("skipped crafted.gpkg, layer towns, row 3, field geom"));
        MapModel model = AddedLayers.onto(base(), r.layers());
        List<Layer> layers = model.layers();
        assertThat(layers.get(layers.size() - 1).title()).isEqualTo("towns (crafted.gpkg)");
        assertThat(layers.get(layers.size() - 2).title()).isEqualTo("roads (crafted.gpkg)");
        assertThat(model.attributionAt(100_000)).endsWith(". crafted.gpkg.");
    }

    @Test
    void aFileThatIsGoneIsLeftOutWithAMessageNamingItAndTheRestOpens() throws IOException {
        Path gpkg = CraftedGeoPackage.write(dir.resolve("crafted.gpkg"));
        UserLayer gone = new UserLayer(
                "rivers", LayerSource.vectorFile(dir.resolve("rivers.shp"), null), UserStyle.byDefault(0, null), true);
        UserLayer towns =
                new UserLayer("towns", LayerSource.vectorFile(gpkg, "towns"), UserStyle.byDefault(1, null), false);
        AddedLayers.Result r = AddedLayers.ofFiles(new org.borderwatch.map.LayerSources(null), tileProblems::add)
                .open(List.of(gone, towns));
        assertThat(r.added()).containsExactly(towns);
        assertThat(r.layers().get(0).visible()).isFalse();
        assertThat(r.problems())
                .first()
                .asString()
                .isEqualTo("layer \"rivers\" left out: "
                        + dir.resolve("rivers.shp").toAbsolutePath() + ": file not found");
    }

    @Test
    void theModelKeepsOrderVisibilityAndOpacityOfAddedLayersForTheSettings() throws IOException {
        Path gpkg = CraftedGeoPackage.write(dir.resolve("crafted.gpkg"));
        AddedLayers.Result r = AddedLayers.ofFiles(new org.borderwatch.map.LayerSources(null), tileProblems::add)
                .openNew(VectorFileOpener.sourcesOf(gpkg.toString()), 0);
        MapModel model = AddedLayers.onto(base(), r.layers());
        String roads = r.added().get(0).name();
        String towns = r.added().get(1).name();
        model = model.withVisible(roads, false).withOpacity(towns, 0.3);
        List<String> order = new java.util.ArrayList<>(
                model.layers().stream().map(Layer::name).toList());
        order.remove(towns);
        order.add(order.indexOf(roads), towns);
        model = model.withOrder(order);
        List<UserLayer> saved = AddedLayers.inModel(model, r.added());
        assertThat(saved).extracting(UserLayer::name).containsExactly(towns, roads);
        assertThat(saved.get(0).style().opacity()).isEqualTo(0.3);
        assertThat(saved.get(1).visible()).isFalse();
        assertThat(AddedLayers.inModel(AddedLayers.without(model, towns), r.added()))
                .extracting(UserLayer::name)
                .containsExactly(roads);
    }

    @Test
    void restylingChangesTheStyleAndOpacityButKeepsTheSameFeatures() throws IOException {
        Path gpkg = CraftedGeoPackage.write(dir.resolve("crafted.gpkg"));
        AddedLayers.Result r = AddedLayers.ofFiles(new org.borderwatch.map.LayerSources(null), tileProblems::add)
                .openNew(VectorFileOpener.sourcesOf(gpkg + ":roads"), 0);
        UserLayer changed = r.added().get(0).withStyle(new UserStyle(java.awt.Color.BLACK, java.awt.Color.RED, 4, 0.5));
        Layer restyled = AddedLayers.restyled(r.layers().get(0), changed);
        assertThat(restyled.source()).isSameAs(r.layers().get(0).source());
        assertThat(restyled.info().opacity()).isEqualTo(0.5);
        assertThat(restyled.style()).isNotSameAs(r.layers().get(0).style());
    }

    @Test
    void aGeoPackageLocationKeepsItsTableApartFromThePath() {
        LayerSource s = new LayerSource(LayerSource.VECTOR_FILE, "/data/c:d/x.GPKG:roads");
        assertThat(s.file()).isEqualTo(Path.of("/data/c:d/x.GPKG"));
        assertThat(s.table()).isEqualTo("roads");
        assertThat(new LayerSource(LayerSource.VECTOR_FILE, "/data/a.shp").table())
                .isNull();
        assertThat(Files.exists(s.file())).isFalse();
    }
}
