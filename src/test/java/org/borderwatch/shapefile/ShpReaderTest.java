package org.borderwatch.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.shapefile.CraftedShapefile.point;
import static org.borderwatch.shapefile.StoreReading.readAll;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.geotools.api.feature.simple.SimpleFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Point;

/** How the .shp and .shx are read, and what happens when they lie. */
class ShpReaderTest {
    @TempDir
    Path dir;

    private Path threePoints() throws IOException {
        return new CraftedShapefile(1)
                .add(point(1, 2), "a")
                .add(point(3, 4), "b")
                .add(point(5, 6), "c")
                .write(dir, "pts");
    }

    private static List<String> names(List<SimpleFeature> features) {
        return features.stream().map(f -> (String) f.getAttribute("NAME")).toList();
    }

    @Test
    void readsEveryPointWithItsAttributesInFileOrder() throws IOException {
        ShapefileDataStore store = new ShapefileDataStore(threePoints());
        List<SimpleFeature> features = readAll(store);
        assertThat(names(features)).containsExactly("a", "b", "c");
        Point p = (Point) features.get(1).getDefaultGeometry();
        assertThat(p.getX()).isEqualTo(3);
        assertThat(p.getY()).isEqualTo(4);
        assertThat(features.get(1).getID()).isEqualTo("pts.2");
        assertThat(store.problems()).isEmpty();
    }

    @Test
    void readsSequentiallyWhenTheShxIsMissing() throws IOException {
        Path shp = threePoints();
        Files.delete(dir.resolve("pts.shx"));
        ShapefileDataStore store = new ShapefileDataStore(shp);
        assertThat(names(readAll(store))).containsExactly("a", "b", "c");
        assertThat(store.problems()).isEmpty();
    }

    @Test
    void truncatedShpKeepsTheWholeRecordsAndReportsTheCutOne() throws IOException {
        Path shp = threePoints();
        byte[] bytes = Files.readAllBytes(shp);
        Files.write(shp, Arrays.copyOf(bytes, bytes.length - 10));
        ShapefileDataStore store = new ShapefileDataStore(shp);
        assertThat(names(readAll(store))).containsExactly("a", "b");
        assertThat(store.problems()).singleElement().satisfies(p -> {
            assertThat(p.record()).isEqualTo(3);
            assertThat(p.getMessage()).startsWith("pts.shp, record 3: ").contains("only 10 remain");
        });
    }

    @Test
    void truncatedShpWithoutShxStopsAtTheCutRecord() throws IOException {
        Path shp = threePoints();
        Files.delete(dir.resolve("pts.shx"));
        byte[] bytes = Files.readAllBytes(shp);
        Files.write(shp, Arrays.copyOf(bytes, bytes.length - 10));
        ShapefileDataStore store = new ShapefileDataStore(shp);
        assertThat(names(readAll(store))).containsExactly("a", "b");
        assertThat(store.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.record()).isEqualTo(3));
    }

    @Test
    void shxPointingPastTheShpEndsTheReadWithOneProblem() throws IOException {
        Path shp = threePoints();
        Path shx = dir.resolve("pts.shx");
        byte[] index = Files.readAllBytes(shx);
        ByteBuffer.wrap(index).putInt(100 + 8, 1_000_000);
        Files.write(shx, index);
        ShapefileDataStore store = new ShapefileDataStore(shp);
        assertThat(names(readAll(store))).containsExactly("a");
        assertThat(store.problems()).singleElement().satisfies(p -> {
            assertThat(p.record()).isEqualTo(2);
            assertThat(p.getMessage()).contains("truncated");
        });
    }

    @Test
    void shxDisagreeingWithTheRecordLengthReadsTheShpRecordAndWarns() throws IOException {
        Path shp = threePoints();
        Path shx = dir.resolve("pts.shx");
        byte[] index = Files.readAllBytes(shx);
        ByteBuffer.wrap(index).putInt(100 + 8 + 4, 4);
        Files.write(shx, index);
        ShapefileDataStore store = new ShapefileDataStore(shp);
        assertThat(names(readAll(store))).containsExactly("a", "b", "c");
        assertThat(store.problems()).isEmpty();
        assertThat(store.warnings())
                .singleElement()
                .satisfies(
                        p -> assertThat(p.getMessage())
                                .isEqualTo(
                                        "pts.shp, record 2: the .shx gives the record 8 bytes, the .shp record header 20; the .shp is read"));
    }

    @Test
    void recordLengthLyingPastTheEndWithoutShxEndsTheReadCleanly() throws IOException {
        Path shp = threePoints();
        Files.delete(dir.resolve("pts.shx"));
        byte[] bytes = Files.readAllBytes(shp);
        ByteBuffer.wrap(bytes).putInt(100 + 28 + 4, Integer.MAX_VALUE);
        Files.write(shp, bytes);
        ShapefileDataStore store = new ShapefileDataStore(shp);
        assertThat(names(readAll(store))).containsExactly("a");
        assertThat(store.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.getMessage()).contains("record 2").contains("later records are not read"));
    }

    @Test
    void unknownShapeTypeInARecordSkipsOnlyThatRecord() throws IOException {
        Path shp = threePoints();
        byte[] bytes = Files.readAllBytes(shp);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(100 + 28 + 8, 77);
        Files.write(shp, bytes);
        ShapefileDataStore store = new ShapefileDataStore(shp);
        assertThat(names(readAll(store))).containsExactly("a", "c");
        assertThat(store.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.getMessage())
                        .isEqualTo("pts.shp, record 2: shape type 77 is not in the shapefile specification"));
    }

    @Test
    void nanOrInfiniteCoordinatesSkipTheRecord() throws IOException {
        Path shp = new CraftedShapefile(1)
                .add(point(1, Double.NaN), "a")
                .add(point(3, 4), "b")
                .add(point(Double.POSITIVE_INFINITY, 6), "c")
                .write(dir, "pts");
        ShapefileDataStore store = new ShapefileDataStore(shp);
        assertThat(names(readAll(store))).containsExactly("b");
        assertThat(store.problems())
                .extracting(ShapefileFormatException::getMessage)
                .containsExactly(
                        "pts.shp, record 1: point 1 has y = NaN; coordinates must be finite",
                        "pts.shp, record 3: point 1 has x = Infinity; coordinates must be finite");
    }

    @Test
    void partCountThatLiesIsReportedWithoutAllocatingIt() throws IOException {
        byte[] line = CraftedShapefile.parts(3, new double[] {0, 0, 1, 1});
        ByteBuffer.wrap(line).order(ByteOrder.LITTLE_ENDIAN).putInt(36, Integer.MAX_VALUE);
        Path shp = new CraftedShapefile(3).add(line, "a").write(dir, "lines");
        ShapefileDataStore store = new ShapefileDataStore(shp);
        assertThat(readAll(store)).isEmpty();
        assertThat(store.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.getMessage()).contains("record 1").contains("2147483647 parts"));
    }

    @Test
    void nullShapesBecomeNullGeometries() throws IOException {
        Path shp = new CraftedShapefile(1)
                .add(CraftedShapefile.nullShape(), "none")
                .add(point(1, 1), "one")
                .write(dir, "pts");
        List<SimpleFeature> features = readAll(new ShapefileDataStore(shp));
        assertThat(features).hasSize(2);
        assertThat(features.get(0).getDefaultGeometry()).isNull();
    }

    @Test
    void pointZKeepsZAndM() throws IOException {
        Path shp = new CraftedShapefile(11)
                .add(CraftedShapefile.pointZ(1, 2, 3, 4), "z")
                .write(dir, "pz");
        Point p = (Point) readAll(new ShapefileDataStore(shp)).get(0).getDefaultGeometry();
        assertThat(p.getCoordinateSequence().getZ(0)).isEqualTo(3);
        assertThat(p.getCoordinateSequence().getM(0)).isEqualTo(4);
    }

    @Test
    void multiPatchFilesAreRefusedWithAClearMessage() throws IOException {
        Path shp = new CraftedShapefile(31).write(dir, "patch");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ShapefileDataStore(shp))
                .isInstanceOf(ShapefileFormatException.class)
                .hasMessage("patch.shp: holds MultiPatch shapes (3D surfaces), which BorderWatch does not read");
    }

    @Test
    void fileThatIsNotAShapefileIsRefused() throws IOException {
        Path shp = threePoints();
        Files.write(shp, new byte[150]);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ShapefileDataStore(shp))
                .hasMessage("pts.shp: file code is 0, a shapefile has 9994");
    }

    @Test
    void unreadableShxIsSetAsideAndTheShpReadInSequence() throws IOException {
        Path shp = threePoints();
        Files.write(dir.resolve("pts.shx"), new byte[40]);
        ShapefileDataStore store = new ShapefileDataStore(shp);
        assertThat(names(readAll(store))).containsExactly("a", "b", "c");
        assertThat(store.problems())
                .extracting(ShapefileFormatException::getMessage)
                .containsExactly(
                        "pts.shx: file is 40 bytes, shorter than the 100-byte header; records are read in sequence instead");
    }

    /** Found by fuzzing: the count skipped decoding, so it counted records every read skips. */
    @Test
    void countIsTheNumberOfFeaturesAReadReturns() throws IOException {
        byte[] cut = java.util.Arrays.copyOf(CraftedShapefile.point(5, 5), 12);
        Path shp = new CraftedShapefile(1)
                .add(CraftedShapefile.point(1, 1), "a")
                .add(cut, "b")
                .add(CraftedShapefile.point(2, 2), "c")
                .write(dir, "count");
        ShapefileDataStore store = new ShapefileDataStore(shp);

        assertThat(readAll(store)).hasSize(2);
        assertThat(store.getFeatureSource().getCount(org.geotools.api.data.Query.ALL))
                .isEqualTo(2);
    }
}
