package org.borderwatch.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.geotools.api.data.Query;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.filter.Filter;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.factory.CommonFactoryFinder;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

class GeoPackageDataStoreTest {
    @TempDir
    Path dir;

    private GeoPackageDataStore crafted() throws IOException {
        return new GeoPackageDataStore(CraftedGeoPackage.write(dir.resolve("crafted.gpkg")));
    }

    private static List<SimpleFeature> read(SimpleFeatureSource source, Filter filter) throws IOException {
        List<SimpleFeature> out = new ArrayList<>();
        try (SimpleFeatureIterator it = source.getFeatures(filter).features()) {
            while (it.hasNext()) out.add(it.next());
        }
        return out;
    }

    private static List<String> names(List<SimpleFeature> features) {
        return features.stream()
                .map(f -> String.valueOf(f.getAttribute("name")))
                .toList();
    }

    @Test
    void listsEveryVectorLayerAndLeavesOutOneWhoseTableIsMissing() throws IOException {
        GeoPackageDataStore store = crafted();
        assertThat(store.layerNames()).containsExactly("roads", "towns");
        assertThat(store.problems())
                .extracting(Throwable::getMessage)
                .contains("crafted.gpkg, layer ghost: gpkg_contents lists the table but the file has no such table");
    }

    @Test
    void skipsRowsWithCorruptBlobOrMistypedValueNamingRowAndFieldAndLoadsTheRest() throws IOException {
        GeoPackageDataStore store = crafted();
        List<SimpleFeature> towns = read(store.getFeatureSource("towns"), Filter.INCLUDE);
        assertThat(names(towns)).containsExactly("Mitrovica", "Kraljevo", "Zvečan");
        assertThat(store.problems())
                .extracting(Throwable::getMessage)
                .anySatisfy(
                        m -> assertThat(m)
                                .startsWith(
                                        "crafted.gpkg, layer towns, row 3, field geom: blob of 9 bytes ends inside its 32-byte envelope"));
        assertThat(store.problems())
                .extracting(Throwable::getMessage)
                .anySatisfy(
                        m -> assertThat(m)
                                .startsWith(
                                        "crafted.gpkg, layer towns, row 4, field population: value \"many\" is not a MEDIUMINT"));
    }

    @Test
    void typesAttributesByTheirDeclaredGeoPackageType() throws IOException {
        SimpleFeatureSource towns = crafted().getFeatureSource("towns");
        SimpleFeatureType type = towns.getSchema();
        assertThat(type.getGeometryDescriptor().getType().getBinding()).isEqualTo(Point.class);
        assertThat(type.getDescriptor("name").getType().getBinding()).isEqualTo(String.class);
        assertThat(type.getDescriptor("population").getType().getBinding()).isEqualTo(Integer.class);
        assertThat(type.getDescriptor("area").getType().getBinding()).isEqualTo(Double.class);
        assertThat(type.getDescriptor("capital").getType().getBinding()).isEqualTo(Boolean.class);
        assertThat(type.getDescriptor("founded").getType().getBinding()).isEqualTo(java.sql.Date.class);
        assertThat(type.getDescriptor("fid"))
                .as("the primary key is the feature id")
                .isNull();
        SimpleFeature zvecan = read(towns, Filter.INCLUDE).get(2);
        assertThat(zvecan.getID()).isEqualTo("towns.5");
        assertThat(zvecan.getAttribute("population")).isEqualTo(16650);
        assertThat(zvecan.getAttribute("capital")).isEqualTo(true);
        assertThat(zvecan.getAttribute("founded")).isEqualTo(java.sql.Date.valueOf("2000-02-29"));
        assertThat(((Point) zvecan.getDefaultGeometry()).getX()).isEqualTo(21.0);
    }

    @Test
    void takesTheCrsFromTheOrganisationCodeOrTheWktNeverFromSrsId() throws Exception {
        GeoPackageDataStore store = crafted();
        assertThat(CRS.lookupEpsgCode(store.getSchema("towns").getCoordinateReferenceSystem(), false))
                .as("srs_id 7 is EPSG:4326 by its organisation code")
                .isEqualTo(4326);
        assertThat(store.getSchema("roads")
                        .getCoordinateReferenceSystem()
                        .getName()
                        .getCode())
                .isEqualTo("WGS 84 / UTM zone 34N");
        assertThat(store.getSchema("roads").getGeometryDescriptor().getType().getBinding())
                .isEqualTo(LineString.class);
    }

    @Test
    void boxQueryGoesThroughTheRtreeAndReturnsOnlyRowsInTheBox() throws IOException {
        SimpleFeatureSource towns = crafted().getFeatureSource("towns");
        Filter box = CommonFactoryFinder.getFilterFactory().bbox("geom", 20.5, 42.5, 20.7, 42.7, "EPSG:4326");
        assertThat(names(read(towns, box))).containsExactly("Mitrovica");
    }

    @Test
    void boxQueryWithoutRtreeKeepsRowsWhoseEnvelopeMeetsTheBox() throws IOException {
        SimpleFeatureSource roads = crafted().getFeatureSource("roads");
        var ff = CommonFactoryFinder.getFilterFactory();
        assertThat(read(roads, ff.bbox("shape", 505000, 4755000, 506000, 4756000, null)))
                .hasSize(1);
        assertThat(read(roads, ff.bbox("shape", 600000, 4755000, 606000, 4756000, null)))
                .isEmpty();
    }

    @Test
    void boundsOfEverythingAreTheExtentGpkgContentsGives() throws IOException {
        ReferencedEnvelope b = crafted().getFeatureSource("towns").getBounds();
        assertThat(new double[] {b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY()})
                .containsExactly(20.5, 42.5, 21.5, 43.5);
    }

    @Test
    void takesTheRowidForFeatureIdWhenThePrimaryKeyIsNotSqlitesRowid() throws Exception {
        Path file = CraftedGeoPackage.write(dir.resolve("crafted.gpkg"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            // INT PRIMARY KEY is no rowid alias: SQLite lets it hold NULL in many rows
            s.execute("CREATE TABLE dup (fid INT PRIMARY KEY, geom POINT)");
            s.execute("INSERT INTO dup VALUES (NULL, NULL), (NULL, NULL)");
            s.execute(
                    "INSERT INTO gpkg_contents VALUES ('dup', 'features', 'dup', '', NULL, NULL, NULL, NULL, NULL, 7)");
            s.execute("INSERT INTO gpkg_geometry_columns VALUES ('dup', 'geom', 'POINT', 7, 0, 0)");
        }
        List<SimpleFeature> rows = read(new GeoPackageDataStore(file).getFeatureSource("dup"), Filter.INCLUDE);
        assertThat(rows).extracting(SimpleFeature::getID).containsExactly("dup.1", "dup.2");
        assertThat(rows.get(0).getAttribute("fid")).isNull();
    }

    @Test
    void namesTheLayersWhenAskedForOneTheFileLacks() throws IOException {
        GeoPackageDataStore store = crafted();
        assertThatThrownBy(() -> store.getFeatureSource("rivers"))
                .hasMessage("crafted.gpkg, layer rivers: no such vector layer; the file holds roads, towns");
    }

    @Test
    void refusesAFileThatIsNotAnSqliteDatabaseNamingIt() throws IOException {
        Path bad = Files.writeString(dir.resolve("notes.gpkg"), "these are not the tables you are looking for");
        assertThatThrownBy(() -> new GeoPackageDataStore(bad))
                .isInstanceOf(GeoPackageFormatException.class)
                .hasMessageStartingWith("notes.gpkg: not a GeoPackage");
    }

    @Test
    void refusesAnSqliteDatabaseWithoutGpkgContents() throws Exception {
        Path plain = dir.resolve("plain.gpkg");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plain);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (a INTEGER)");
        }
        assertThatThrownBy(() -> new GeoPackageDataStore(plain))
                .hasMessageStartingWith("plain.gpkg: not a GeoPackage: ")
                .hasMessageContaining("gpkg_contents");
    }

    @Test
    void neverWritesTheFile() throws IOException {
        Path file = CraftedGeoPackage.write(dir.resolve("crafted.gpkg"));
        byte[] before = Files.readAllBytes(file);
        GeoPackageDataStore store = new GeoPackageDataStore(file);
        read(store.getFeatureSource("towns"), Filter.INCLUDE);
        assertThat(Arrays.equals(before, Files.readAllBytes(file))).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("crafted.gpkg");
        }
        assertThat(store.getFeatureSource("towns") instanceof org.geotools.api.data.SimpleFeatureStore)
                .isFalse();
    }

    /** QGIS's training GeoPackage, with the counts and extent ogrinfo gives in the corpus README. */
    @Test
    void readsQgisTrainingDataAsGdalDoes() throws IOException {
        Path file = Path.of("../shared/corpus/basedata/gpkg/training_data.gpkg");
        assumeTrue(Files.isRegularFile(file), "the shared corpus is absent: " + file.toAbsolutePath());
        GeoPackageDataStore store = new GeoPackageDataStore(file);
        assertThat(store.layerNames()).contains("roads", "restaurants", "schools", "buildings");
        assertThat(store.getFeatureSource("roads").getCount(Query.ALL)).isEqualTo(717);
        assertThat(store.getFeatureSource("restaurants").getCount(Query.ALL)).isEqualTo(11);
        assertThat(store.getFeatureSource("schools").getCount(Query.ALL)).isEqualTo(4);
        assertThat(store.getFeatureSource("buildings").getCount(Query.ALL)).isEqualTo(4708);
        assertThat(store.problems()).isEmpty();
        ReferencedEnvelope roads =
                ReferencedEnvelope.create(store.getSchema("roads").getCoordinateReferenceSystem());
        for (SimpleFeature f : read(store.getFeatureSource("roads"), Filter.INCLUDE)) roads.include(f.getBounds());
        assertThat(roads.getMinX()).isCloseTo(20.2289, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(roads.getMinY()).isCloseTo(-34.2301, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(roads.getMaxX()).isCloseTo(20.7081, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(roads.getMaxY()).isCloseTo(-33.9740, org.assertj.core.data.Offset.offset(1e-4));
        var ff = CommonFactoryFinder.getFilterFactory();
        String geometry = store.getSchema("roads").getGeometryDescriptor().getLocalName();
        Filter box = ff.bbox(geometry, 20.40, -34.10, 20.45, -34.05, "EPSG:4326");
        List<String> inBox = read(store.getFeatureSource("roads"), box).stream()
                .map(SimpleFeature::getID)
                .toList();
        List<String> byScan = new ArrayList<>();
        ReferencedEnvelope area = new ReferencedEnvelope(20.40, 20.45, -34.10, -34.05, null);
        for (SimpleFeature f : read(store.getFeatureSource("roads"), Filter.INCLUDE))
            if (((org.locationtech.jts.geom.Geometry) f.getDefaultGeometry())
                    .intersects(org.geotools.geometry.jts.JTS.toGeometry((org.locationtech.jts.geom.Envelope) area)))
                byScan.add(f.getID());
        assertThat(inBox)
                .as("the R-tree query finds what a full scan finds")
                .containsExactlyInAnyOrderElementsOf(byScan);
        assertThat(inBox).isNotEmpty();
    }
}
