package org.borderwatch.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.factory.CommonFactoryFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

class GeoJsonLayerTest {
    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    private static final String ROADS = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "id": "m2", "properties": {"ref": "M2", "lanes": 2, "width": 7},
               "geometry": {"type": "LineString", "coordinates": [[20.5, 42.9], [20.9, 43.1]]}},
              {"type": "Feature", "properties": {"ref": "R115", "lanes": 1, "width": 5.5, "paved": null},
               "geometry": {"type": "LineString", "coordinates": [[21.0, 42.5], [21.2, 42.6]]}},
              {"type": "Feature", "id": "bad", "properties": {"ref": "X"},
               "geometry": {"type": "LineString", "coordinates": [[21.0, "north"], [21.2, 42.6]]}},
              {"type": "Feature", "properties": {"ref": "Y"},
               "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}}
            ]}""";

    @Test
    void readsAFeatureCollectionWithTypedAttributesAndSkipsBrokenFeaturesNamingThem() throws IOException {
        GeoJsonLayer layer = GeoJsonLayer.read(write("roads.geojson", ROADS));
        SimpleFeatureType type = layer.source().getSchema();
        assertThat(type.getTypeName()).isEqualTo("roads");
        assertThat(type.getGeometryDescriptor().getType().getBinding()).isEqualTo(LineString.class);
        assertThat(type.getDescriptor("lanes").getType().getBinding()).isEqualTo(Long.class);
        assertThat(type.getDescriptor("width").getType().getBinding())
                .as("7 and 5.5: numbers")
                .isEqualTo(Double.class);
        assertThat(type.getDescriptor("paved").getType().getBinding()).isEqualTo(String.class);
        assertThat(layer.source().getCount(org.geotools.api.data.Query.ALL)).isEqualTo(2);
        assertThat(layer.problems())
                .extracting(Throwable::getMessage)
                .containsExactly(
                        "roads.geojson, feature 2 (id \"bad\"), field geometry: a position holds \"north\" where a number belongs",
                        "roads.geojson, feature 3, field geometry: ring 0 is not closed (first and last positions differ)");
    }

    @Test
    void answersABoxQueryWithOnlyTheFeaturesInIt() throws IOException {
        SimpleFeatureSource source =
                GeoJsonLayer.read(write("roads.geojson", ROADS)).source();
        var box = CommonFactoryFinder.getFilterFactory().bbox("geometry", 20.4, 42.8, 20.6, 43.0, null);
        try (SimpleFeatureIterator it = source.getFeatures(box).features()) {
            SimpleFeature f = it.next();
            assertThat(f.getID()).isEqualTo("m2");
            assertThat(it.hasNext()).isFalse();
        }
    }

    @Test
    void takesAnyGeometryWhenFeaturesMixTypes() throws IOException {
        GeoJsonLayer layer = GeoJsonLayer.read(write("mixed.json", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [20.9, 42.9]}},
                  {"type": "Feature", "properties": {}, "geometry": {"type": "MultiPolygon",
                   "coordinates": [[[[20, 42], [21, 42], [21, 43], [20, 42]]]]}}]}"""));
        assertThat(layer.source().getSchema().getGeometryDescriptor().getType().getBinding())
                .isEqualTo(Geometry.class);
        assertThat(layer.problems()).isEmpty();
    }

    @Test
    void refusesJsonThatIsNotAFeatureCollectionNamingTheFile() throws IOException {
        Path point = write("point.geojson", "{\"type\": \"Point\", \"coordinates\": [1, 2]}");
        assertThatThrownBy(() -> GeoJsonLayer.read(point))
                .isInstanceOf(GeoJsonFormatException.class)
                .hasMessage("point.geojson: not a GeoJSON FeatureCollection (its \"type\" is \"Point\")");
        Path broken = write("broken.geojson", "{\"type\": \"FeatureCollection\", \"features\": [");
        assertThatThrownBy(() -> GeoJsonLayer.read(broken)).hasMessageStartingWith("broken.geojson: not JSON: ");
    }
}
