package org.borderwatch.map.osm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

class OsmBaseMapTest {

    @TempDir
    Path tmp;

    private OsmExtract kosovo() throws Exception {
        return OsmExtract.open(GeofabrikFixture.kosovo(tmp.resolve("kosovo")), new ExtractZip(tmp.resolve("c")));
    }

    private OsmExtract serbia() throws Exception {
        return OsmExtract.open(GeofabrikFixture.serbia(tmp.resolve("serbia")), new ExtractZip(tmp.resolve("c")));
    }

    @Test
    void everyLayerOfTheExtractGetsItsStyledCatalogueEntry() throws Exception {
        OsmBaseMap map = new OsmBaseMap(List.of(kosovo()));

        assertThat(map.problems()).isEmpty();
        assertThat(map.layers())
                .extracting(Layer::name)
                .containsExactly(
                        "osm_landuse",
                        "osm_water_a",
                        "osm_waterways",
                        "osm_roads",
                        "osm_railways",
                        "osm_natural",
                        "osm_places");
        Layer roads = map.layers().get(3);
        assertThat(roads.info().attribution()).isEqualTo("© OpenStreetMap contributors");
        assertThat(roads.info().group()).isEqualTo("transport");
        // casings, fills and the two label rules: the road hierarchy is more than one pass
        assertThat(roads.style().featureTypeStyles()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void twoExtractsDrawTheirSharedFeaturesOnce() throws Exception {
        OsmBaseMap map = new OsmBaseMap(List.of(kosovo(), serbia()));

        assertThat(ids(layer(map, "osm_waterways"))).containsExactly("3001", "3002");
        assertThat(ids(layer(map, "osm_roads")))
                .containsExactly("1001", "1002", "1003", "1004", "1005", "1006", "1101", "1102");
        assertThat(ids(layer(map, "osm_places"))).containsExactly("6001", "6002", "6003", "6004", "6101", "6102");
    }

    @Test
    void aCutToTheRegionKeepsWhatMeetsItAndIsReadableAgain() throws Exception {
        Path cut = ExtractClip.clip(serbia(), BaseMapFolder.REGION, tmp.resolve("data/serbia"));
        OsmExtract clipped = OsmExtract.open(cut, new ExtractZip(tmp.resolve("c")));
        OsmBaseMap map = new OsmBaseMap(List.of(clipped));

        assertThat(ids(layer(map, "osm_roads"))).containsExactly("1101");
        assertThat(ids(layer(map, "osm_places"))).containsExactly("6101");
        assertThat(ids(layer(map, "osm_waterways"))).containsExactly("3001");
        Envelope roads = layer(map, "osm_roads").source().getBounds();
        assertThat(roads.getMaxY()).isEqualTo(43.30);
    }

    @Test
    void overTheShippedMapTheExtractTakesOverPlacesAndRiversAtLargeScales() throws Exception {
        Path maps = Path.of("maps");
        MapModel shipped = RegionMap.load(maps);
        OsmBaseMap osm = new OsmBaseMap(List.of(kosovo()));

        MapModel both = osm.over(shipped, maps);

        Layer places = both.layers().stream()
                .filter(l -> l.name().equals("places"))
                .findFirst()
                .orElseThrow();
        Layer osmPlaces = layer(osm, "osm_places");
        assertThat(places.drawnAt(100_000)).isFalse();
        assertThat(places.drawnAt(1_000_000)).isTrue();
        assertThat(osmPlaces.drawnAt(100_000)).isTrue();
        assertThat(osmPlaces.drawnAt(1_000_000)).isFalse();
        List<String> order = both.layers().stream().map(Layer::name).toList();
        assertThat(order.indexOf("countries")).isLessThan(order.indexOf("osm_landuse"));
        assertThat(order.indexOf("osm_roads")).isLessThan(order.indexOf("boundary_kosovo_serbia"));
        assertThat(order.indexOf("boundary_kosovo_serbia")).isLessThan(order.indexOf("osm_places"));
    }

    @Test
    void aBrokenZipInTheBaseMapFolderIsNamedAndTheOtherExtractsStillDraw() throws Exception {
        Path dir = tmp.resolve("data/basemap");
        GeofabrikFixture.kosovo(dir.resolve("kosovo"));
        Path zip = GeofabrikFixture.zip(
                GeofabrikFixture.serbia(tmp.resolve("s")), tmp.resolve("serbia-latest-free.shp.zip"), 100);
        byte[] all = java.nio.file.Files.readAllBytes(zip);
        java.nio.file.Files.write(dir.resolve("serbia-latest-free.shp.zip"), java.util.Arrays.copyOf(all, 700));
        BaseMapFolder folder = new BaseMapFolder(dir, tmp.resolve("cache"), tmp.resolve("config"));

        OsmBaseMap map = folder.open().orElseThrow();

        assertThat(map.extracts()).extracting(OsmExtract::label).containsExactly("kosovo");
        assertThat(map.problems())
                .singleElement()
                .asString()
                .startsWith("serbia-latest-free.shp.zip, entry gis_osm_")
                .endsWith("left out of the base map");
    }

    @Test
    void theUrlsToFetchAreKeptInTheSettingsFolderAndReadBack() throws Exception {
        BaseMapFolder folder = new BaseMapFolder(tmp.resolve("d"), tmp.resolve("c"), tmp.resolve("config"));
        assertThat(folder.urls()).isEqualTo(BaseMapFolder.DEFAULT_URLS);
        List<java.net.URI> mine =
                List.of(java.net.URI.create("http://127.0.0.1:1/europe/montenegro-latest-free.shp.zip"));

        folder.saveUrls(mine);

        assertThat(folder.urls()).isEqualTo(mine);
    }

    private static Layer layer(OsmBaseMap map, String name) {
        return map.layers().stream()
                .filter(l -> l.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> ids(Layer layer) throws Exception {
        List<String> ids = new ArrayList<>();
        try (SimpleFeatureIterator it = layer.source().getFeatures().features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                ids.add(f.getAttribute("osm_id").toString().strip());
            }
        }
        return ids;
    }
}
