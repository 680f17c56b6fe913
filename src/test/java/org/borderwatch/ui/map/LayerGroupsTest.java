package org.borderwatch.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.map.Layer;
import org.borderwatch.map.LayerInfo;
import org.borderwatch.map.MapModel;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.junit.jupiter.api.Test;

class LayerGroupsTest {

    private static Layer layer(String name, String group) {
        LayerInfo info = new LayerInfo(group, 0, Double.POSITIVE_INFINITY, 1, "", "", false, 0);
        try {
            var type = org.geotools.data.DataUtilities.createType(name, "the_geom:Point");
            var source = org.geotools.data.DataUtilities.source(
                    new org.geotools.data.collection.ListFeatureCollection(type));
            var styles = new org.geotools.styling.StyleBuilder();
            return new Layer(
                    name, name.toUpperCase(), source, styles.createStyle(styles.createPointSymbolizer()), true, info);
        } catch (org.geotools.feature.SchemaException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drawing order, bottom first: groups interleave as the catalogue's orders put them. */
    private static MapModel model() {
        return new MapModel(
                List.of(
                        layer("countries", "boundaries"),
                        layer("relief", "relief"),
                        layer("admin1", "boundaries"),
                        layer("water", "water"),
                        layer("rivers", "water"),
                        layer("line", "boundaries"),
                        layer("places", "places"),
                        layer("my_roads", "other"),
                        layer("gpkg_sites", "user")),
                DefaultGeographicCRS.WGS84,
                "");
    }

    private static List<String> listed(MapModel m) {
        return LayerGroups.rows(m).stream()
                .map(r -> r instanceof LayerGroups.GroupRow g
                        ? "[" + g.title() + "]"
                        : ((LayerGroups.LayerRow) r).layer().name())
                .toList();
    }

    @Test
    void layersAreListedUnderTheirGroupsTopFirstAndLayersOfAnyOtherGroupUnderAdded() {
        assertThat(listed(model()))
                .containsExactly(
                        "[Added]",
                        "gpkg_sites",
                        "my_roads",
                        "[Places]",
                        "places",
                        "[Boundaries]",
                        "line",
                        "admin1",
                        "countries",
                        "[Water]",
                        "rivers",
                        "water",
                        "[Relief]",
                        "relief");
    }

    @Test
    void movingALayerUpSwapsItWithTheNextLayerOfItsGroupAndLeavesTheOthersInPlace() {
        MapModel moved = LayerGroups.moved(model(), "admin1", 1);
        assertThat(moved.layers())
                .extracting(Layer::name)
                .containsExactly(
                        "countries", "relief", "water", "rivers", "line", "admin1", "places", "my_roads", "gpkg_sites");
        assertThat(LayerGroups.moved(moved, "admin1", -1).layers())
                .extracting(Layer::name)
                .containsExactly(
                        "countries", "relief", "water", "rivers", "admin1", "line", "places", "my_roads", "gpkg_sites");
    }

    @Test
    void movingTheTopLayerOfAGroupFurtherUpChangesNothing() {
        MapModel m = model();
        assertThat(LayerGroups.moved(m, "line", 1)).isSameAs(m);
        assertThat(LayerGroups.moved(m, "relief", -1)).isSameAs(m);
    }

    @Test
    void theGroupToggleHidesAndShowsEveryLayerOfTheGroupOnly() {
        MapModel hidden = LayerGroups.withGroupVisible(model(), "water", false);
        assertThat(hidden.layers())
                .filteredOn(l -> !l.visible())
                .extracting(Layer::name)
                .containsExactly("water", "rivers");
        assertThat(LayerGroups.shown(hidden, "water")).isEqualTo(LayerGroups.Shown.NONE);
        assertThat(LayerGroups.shown(hidden.withVisible("rivers", true), "water"))
                .isEqualTo(LayerGroups.Shown.SOME);
        assertThat(LayerGroups.shown(LayerGroups.withGroupVisible(hidden, "water", true), "water"))
                .isEqualTo(LayerGroups.Shown.ALL);
    }
}
