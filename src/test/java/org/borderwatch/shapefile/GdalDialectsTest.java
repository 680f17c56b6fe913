package org.borderwatch.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.shapefile.StoreReading.readAll;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.geotools.api.data.Query;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** Shapefiles as real tools write them: each reads as GDAL 3.6 reads it. */
class GdalDialectsTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyDialectReadsAsGdalReadsIt() throws IOException {
        assumeTrue(GdalReading.available(), "gdal-bin (ogr2ogr) is not installed");
        Map<String, Path> files = CraftedDialects.writeAll(dir);
        return files.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    Path expected = GdalReading.geoJson(e.getValue(), dir.resolve(e.getKey() + ".gdal.geojson"));
                    ShapefileDataStore store = new ShapefileDataStore(e.getValue());
                    try {
                        GdalAgreement.assertAgrees(store, expected);
                        assertThat(store.problems()).isEmpty();
                    } finally {
                        store.dispose();
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> cpgCodePageNamesDecodeAsGdalMapsThem() {
        return CraftedDialects.GDAL_CODE_PAGES.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    Path shp = CraftedDialects.codePage(dir, "cp", e.getKey(), e.getValue()[0], e.getValue()[1]);
                    ShapefileDataStore store = new ShapefileDataStore(shp);
                    assertThat(store.charset().name()).isEqualTo(e.getValue()[0]);
                    assertThat(readAll(store).get(0).getAttribute("NAME")).isEqualTo(e.getValue()[1]);
                    assertThat(store.warnings()).isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> cpgNamesGdalCannotMapDecodeByTheirCodePageWithAWarning() {
        return CraftedDialects.UNMAPPED_CODE_PAGES.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    Path shp = CraftedDialects.codePage(dir, "cp", e.getKey(), e.getValue()[0], e.getValue()[1]);
                    ShapefileDataStore store = new ShapefileDataStore(shp);
                    assertThat(readAll(store).get(0).getAttribute("NAME")).isEqualTo(e.getValue()[1]);
                    assertThat(store.warnings())
                            .singleElement()
                            .satisfies(w -> assertThat(w.getMessage())
                                    .isEqualTo("cp.cpg: code page \"" + e.getKey() + "\" is read as " + e.getValue()[0]
                                            + "; GDAL does not map this name and passes the bytes on undecoded"));
                }));
    }

    @Test
    void unknownCpgNameReadsTheTextAsWithoutCpgAndWarns() throws IOException {
        Path shp = CraftedDialects.codePage(dir, "odd", "no-such-page", "UTF-8", "Durrës");
        ShapefileDataStore store = new ShapefileDataStore(shp);
        assertThat(readAll(store).get(0).getAttribute("NAME")).isEqualTo("Durrës");
        assertThat(store.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.getMessage())
                        .isEqualTo(
                                "odd.cpg: names code page \"no-such-page\", which is not known; text is read as UTF-8 where it is"
                                        + " valid UTF-8, else as ISO-8859-1 (GDAL passes the bytes on undecoded)"));
    }

    @Test
    void withoutCpgAndLanguageByteValidUtf8ReadsAsUtf8AndTheRestAsLatin1() throws IOException {
        Path shp = CraftedDialects.ldidZeroUtf8(dir, true);
        List<SimpleFeature> features = readAll(new ShapefileDataStore(shp));
        assertThat(features).extracting(f -> f.getAttribute("NAME")).containsExactly("Durrës", "Prishtinë");
    }

    @Test
    void zeroWidthTextFieldIsAFieldOfNulls() throws IOException {
        ShapefileDataStore store = new ShapefileDataStore(CraftedDialects.zeroWidthText(dir));
        assertThat(store.getSchema().getDescriptor("EMPTY").getType().getBinding())
                .isEqualTo(String.class);
        SimpleFeature f = readAll(store).get(0);
        assertThat(f.getAttributes().subList(1, 4)).containsExactly("x", null, "y");
    }

    @Test
    void tableWithoutFieldsBesideNullShapesIsAnEmptyLayer() throws IOException {
        ShapefileDataStore store = new ShapefileDataStore(CraftedDialects.noFields(dir));
        assertThat(readAll(store)).isEmpty();
        assertThat(store.getSchema().getAttributeCount()).isEqualTo(1);
        assertThat(store.getFeatureSource().getCount(Query.ALL)).isZero();
        assertThat(store.problems()).isEmpty();
    }

    @Test
    void missingDbfReadsTheShapesWithoutAttributesAndWarns() throws IOException {
        ShapefileDataStore store = new ShapefileDataStore(CraftedDialects.noDbf(dir));
        List<SimpleFeature> features = readAll(store);
        assertThat(features).hasSize(3);
        assertThat(features.get(0).getAttributeCount()).isEqualTo(1);
        assertThat(((Geometry) features.get(0).getDefaultGeometry()).getCoordinate().x)
                .isEqualTo(20.1);
        assertThat(features.get(1).getDefaultGeometry()).isNull();
        assertThat(store.problems()).isEmpty();
        assertThat(store.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.getMessage())
                        .isEqualTo("no_dbf.dbf: file not found; the shapes are read without attributes"));
    }

    @Test
    void counterClockwiseOuterRingBesideATwoPointRingIsKeptAsGdalKeepsIt() throws IOException {
        ShapefileDataStore store = new ShapefileDataStore(CraftedDialects.counterClockwiseWithDegenerateRing(dir));
        List<SimpleFeature> features = readAll(store);
        assertThat(features).hasSize(2);
        MultiPolygon first = (MultiPolygon) features.get(0).getDefaultGeometry();
        assertThat(first.getNumGeometries()).isEqualTo(2);
        assertThat(((Polygon) first.getGeometryN(0)).getExteriorRing().getNumPoints())
                .isEqualTo(5);
        LinearRing degenerate = ((Polygon) first.getGeometryN(1)).getExteriorRing();
        assertThat(degenerate.getCoordinates())
                .extracting(c -> c.x + "," + c.y)
                .containsExactly("2.0,2.0", "3.0,3.0", "2.0,2.0");
        assertThat(degenerate.getUserData()).isEqualTo(2);
        assertThat(features.get(1).getDefaultGeometry()).isInstanceOf(Polygon.class);
        assertThat(store.problems()).isEmpty();
    }

    @Test
    void shxLengthDisagreeingWithTheShpHeaderReadsTheShpRecordAndWarns() throws IOException {
        ShapefileDataStore store = new ShapefileDataStore(CraftedDialects.shxLengthOff(dir));
        List<SimpleFeature> features = readAll(store);
        assertThat(features).hasSize(3);
        MultiPoint second = (MultiPoint) features.get(1).getDefaultGeometry();
        assertThat(second.getCoordinate().getZ()).isEqualTo(11);
        assertThat(store.problems()).isEmpty();
        assertThat(store.warnings())
                .singleElement()
                .satisfies(w -> assertThat(w.getMessage())
                        .isEqualTo(
                                "shx_length_off.shp, record 2: the .shx gives the record 108 bytes, the .shp record header 104;"
                                        + " the .shp is read"));
    }
}
