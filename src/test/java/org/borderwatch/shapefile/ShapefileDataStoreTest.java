package org.borderwatch.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.shapefile.CraftedShapefile.point;
import static org.borderwatch.shapefile.StoreReading.readAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.geotools.api.data.Query;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;
import org.geotools.filter.text.cql2.CQL;
import org.geotools.filter.text.cql2.CQLException;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store honours a Query and reports the CRS as the .prj gives it. */
class ShapefileDataStoreTest {
    private static final String WGS84_ESRI = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
            + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    private final FilterFactory ff = CommonFactoryFinder.getFilterFactory();

    @TempDir
    Path dir;

    /** Ten points along the diagonal, (i, i) named p0..p9, with a population of i * 100. */
    private ShapefileDataStore diagonal() throws IOException {
        CraftedShapefile file = new CraftedShapefile(1)
                .fields(new String[] {"NAME", "POP"}, new char[] {'C', 'N'}, new int[] {10, 9}, new int[] {0, 0});
        for (int i = 0; i < 10; i++) file.add(point(i, i), "p" + i, String.valueOf(i * 100));
        return new ShapefileDataStore(file.write(dir, "diag"));
    }

    private static List<Object> names(List<SimpleFeature> features) {
        return features.stream().map(f -> f.getAttribute("NAME")).toList();
    }

    @Test
    void bboxFilterReturnsOnlyFeaturesInTheBox() throws IOException {
        ShapefileDataStore store = diagonal();
        Query q = new Query("diag", ff.bbox(ShapefileDataStore.GEOMETRY, 2.5, 2.5, 5.5, 5.5, null));
        assertThat(names(readAll(store, q))).containsExactly("p3", "p4", "p5");
    }

    @Test
    void bboxFilterDoesNotDecodeRecordsOutsideTheBox() throws IOException {
        // A broken record outside the box would be reported if it were decoded
        Path shp = new CraftedShapefile(3)
                .add(CraftedShapefile.parts(3, new double[] {0, 0, 1, 1}), "near")
                .add(CraftedShapefile.parts(3, new double[] {50, 50, Double.NaN, 51}), "far")
                .write(dir, "lines");
        ShapefileDataStore store = new ShapefileDataStore(shp);
        Query q = new Query("lines", ff.bbox(ShapefileDataStore.GEOMETRY, -1, -1, 2, 2, null));
        assertThat(names(readAll(store, q))).containsExactly("near");
        assertThat(store.problems()).isEmpty();
    }

    @Test
    void cqlAttributeFilterIsHonoured() throws IOException, CQLException {
        ShapefileDataStore store = diagonal();
        assertThat(names(readAll(store, new Query("diag", CQL.toFilter("POP >= 700 AND NAME <> 'p8'")))))
                .containsExactly("p7", "p9");
    }

    @Test
    void filterOnAnAttributeThatIsNotReturnedStillWorks() throws IOException, CQLException {
        ShapefileDataStore store = diagonal();
        Query q = new Query("diag", CQL.toFilter("POP < 200"), new String[] {"NAME"});
        List<SimpleFeature> features = readAll(store, q);
        assertThat(names(features)).containsExactly("p0", "p1");
        assertThat(features.get(0).getFeatureType().getAttributeCount()).isEqualTo(1);
    }

    @Test
    void maxFeaturesStopsTheRead() throws IOException {
        ShapefileDataStore store = diagonal();
        Query q = new Query("diag");
        q.setMaxFeatures(4);
        assertThat(names(readAll(store, q))).containsExactly("p0", "p1", "p2", "p3");
    }

    @Test
    void propertySelectionReturnsOnlyTheNamedAttributes() throws IOException {
        ShapefileDataStore store = diagonal();
        List<SimpleFeature> features =
                readAll(store, new Query("diag", org.geotools.api.filter.Filter.INCLUDE, new String[] {"POP"}));
        assertThat(features).hasSize(10);
        assertThat(features.get(3).getAttributes()).containsExactly(300);
    }

    @Test
    void countAndBoundsFollowTheQuery() throws IOException, CQLException {
        ShapefileDataStore store = diagonal();
        var source = store.getFeatureSource();
        assertThat(source.getCount(Query.ALL)).isEqualTo(10);
        Query q = new Query("diag", CQL.toFilter("POP BETWEEN 200 AND 400"));
        assertThat(source.getCount(q)).isEqualTo(3);
        ReferencedEnvelope bounds = source.getBounds(q);
        assertThat(List.of(bounds.getMinX(), bounds.getMinY(), bounds.getMaxX(), bounds.getMaxY()))
                .containsExactly(2.0, 2.0, 4.0, 4.0);
    }

    @Test
    void sortedAndPagedQueriesWork() throws IOException {
        ShapefileDataStore store = diagonal();
        Query q = new Query("diag");
        q.setSortBy(ff.sort("POP", org.geotools.api.filter.sort.SortOrder.DESCENDING));
        q.setStartIndex(1);
        q.setMaxFeatures(2);
        assertThat(names(readAll(store, q))).containsExactly("p8", "p7");
    }

    @Test
    void withoutPrjTheCrsIsUnknown() throws IOException {
        assertThat(diagonal().getSchema().getCoordinateReferenceSystem()).isNull();
    }

    @Test
    void esriPrjOfWgs84IsRecognisedAsEpsg4326() throws Exception {
        ShapefileDataStore plain = diagonal();
        Files.writeString(dir.resolve("diag.prj"), WGS84_ESRI);
        ShapefileDataStore store = new ShapefileDataStore(dir.resolve("diag.shp"));
        assertThat(plain.getSchema().getCoordinateReferenceSystem()).isNull();
        assertThat(CRS.lookupEpsgCode(store.getSchema().getCoordinateReferenceSystem(), false))
                .isEqualTo(4326);
    }

    @Test
    void prjWithoutCodeOfABalkansZoneIsRecognisedAsItsEpsgCrs() throws Exception {
        diagonal();
        String wkt = CRS.decode("EPSG:31277", true).toWKT().replaceAll(",\\s*AUTHORITY\\[[^\\]]*\\]", "");
        assertThat(wkt).doesNotContain("AUTHORITY");
        Files.writeString(dir.resolve("diag.prj"), wkt);
        ShapefileDataStore store = new ShapefileDataStore(dir.resolve("diag.shp"));
        assertThat(CRS.lookupEpsgCode(store.getSchema().getCoordinateReferenceSystem(), false))
                .isEqualTo(31277);
    }

    /**
     * Found by fuzzing: a .prj that parses but is none of the usual CRSs made the open scan the whole EPSG database,
     * for many seconds. It is now used as parsed, without a code.
     */
    @Test
    void prjOfAnUnusualCrsIsReadAsParsedWithoutAnEpsgCode() throws Exception {
        diagonal();
        Files.writeString(
                dir.resolve("diag.prj"),
                "PROJCS[\"Custom_TM\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
                        + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
                        + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",123456.0],"
                        + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",21.37],"
                        + "PARAMETER[\"Scale_Factor\",0.9993],PARAMETER[\"Latitude_Of_Origin\",0.0],"
                        + "UNIT[\"Meter\",1.0]]");
        ShapefileDataStore store = new ShapefileDataStore(dir.resolve("diag.shp"));
        var crs = store.getSchema().getCoordinateReferenceSystem();
        assertThat(crs).isInstanceOf(org.geotools.api.referencing.crs.ProjectedCRS.class);
        assertThat(CRS.lookupEpsgCode(crs, false)).isNull();
        assertThat(store.problems()).isEmpty();
    }

    @Test
    void unparseablePrjIsReportedAndTheCrsLeftUnknown() throws IOException {
        diagonal();
        Files.writeString(dir.resolve("diag.prj"), "GEOGCS[nonsense");
        ShapefileDataStore store = new ShapefileDataStore(dir.resolve("diag.shp"));
        assertThat(store.getSchema().getCoordinateReferenceSystem()).isNull();
        assertThat(store.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.getMessage()).startsWith("diag.prj: WKT cannot be parsed"));
    }

    /**
     * Found by fuzzing in CI: a projected CRS whose linear unit is 0 metres made GeoTools divide by zero inside the
     * WKT parser (an ArithmeticException, not a FactoryException), which escaped the open.
     */
    @Test
    void prjWithAZeroUnitIsReportedAndTheCrsLeftUnknown() throws IOException {
        diagonal();
        Files.writeString(
                dir.resolve("diag.prj"),
                "PROJCS[\"Custom_TM\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
                        + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],"
                        + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"Central_Meridian\",21.0],"
                        + "UNIT[\"Meter\",0]]");
        ShapefileDataStore store = new ShapefileDataStore(dir.resolve("diag.shp"));
        assertThat(store.getSchema().getCoordinateReferenceSystem()).isNull();
        assertThat(store.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.getMessage()).startsWith("diag.prj: WKT cannot be parsed"));
    }

    @Test
    void theStoreIsAFileDataStoreNamedAfterTheFile() throws IOException {
        ShapefileDataStore store = diagonal();
        assertThat(store.getTypeNames()).containsExactly("diag");
        assertThat(store.getSchema().getGeometryDescriptor().getLocalName()).isEqualTo("the_geom");
        assertThat(store.getFeatureSource().getFeatures().size()).isEqualTo(10);
    }
}
