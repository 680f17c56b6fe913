package org.borderwatch.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.borderwatch.shapefile.CraftedShapefile.nullShape;
import static org.borderwatch.shapefile.CraftedShapefile.parts;
import static org.borderwatch.shapefile.CraftedShapefile.point;
import static org.borderwatch.shapefile.StoreReading.readAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.SplittableRandom;
import org.geotools.api.data.Query;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.filter.FilterFactory;
import org.geotools.factory.CommonFactoryFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/** The packed R-tree of record boxes: a bbox query through it returns what a full scan returns, and it is built once. */
class SpatialIndexTest {
    private static final FilterFactory FF = CommonFactoryFinder.getFilterFactory();

    @TempDir
    Path dir;

    /** Lines of every size, some points of a line on one spot, and null shapes among them. */
    private Path randomLines(Path folder, int count) throws IOException {
        SplittableRandom r = new SplittableRandom(7);
        CraftedShapefile file = new CraftedShapefile(3);
        for (int i = 0; i < count; i++) {
            if (i % 97 == 0) {
                file.add(nullShape(), "n" + i);
                continue;
            }
            double x = r.nextDouble() * 100, y = r.nextDouble() * 100;
            double size = r.nextDouble() < 0.05 ? r.nextDouble() * 60 : r.nextDouble() * 0.5;
            int vertices = 2 + r.nextInt(6);
            double[] line = new double[2 * vertices];
            for (int v = 0; v < vertices; v++) {
                line[2 * v] = x + r.nextDouble() * size;
                line[2 * v + 1] = y + r.nextDouble() * size;
            }
            file.add(parts(3, line), "l" + i);
        }
        return file.write(folder, "lines");
    }

    private static List<String> ids(ShapefileDataStore store, Envelope box) throws IOException {
        Query q = new Query(
                store.getTypeNames()[0],
                FF.bbox(ShapefileDataStore.GEOMETRY, box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), null));
        return readAll(store, q).stream().map(SimpleFeature::getID).toList();
    }

    @Test
    void bboxQueryReturnsExactlyWhatAFullScanReturns() throws IOException {
        Path shp = randomLines(dir, 5000);
        ShapefileDataStore scanned = new ShapefileDataStore(shp);
        ShapefileDataStore indexed = new ShapefileDataStore(shp);
        assertThat(indexed.index(null)).isEqualTo(dir.resolve("lines.bwsi"));
        SplittableRandom r = new SplittableRandom(11);
        int nonEmpty = 0;
        for (int q = 0; q < 300; q++) {
            double x = r.nextDouble() * 110 - 5, y = r.nextDouble() * 110 - 5;
            double w = r.nextDouble() < 0.1 ? 0 : r.nextDouble() * (q % 3 == 0 ? 40 : 3);
            Envelope box = new Envelope(x, x + w, y, y + w);
            List<String> expected = ids(scanned, box);
            assertThat(ids(indexed, box)).as("box %s", box).isEqualTo(expected);
            if (!expected.isEmpty()) nonEmpty++;
        }
        assertThat(nonEmpty).as("queries that found something").isGreaterThan(200);
    }

    @Test
    void treeOffersEveryRecordWhoseBoxMeetsTheQuery() throws IOException {
        Path shp = randomLines(dir, 3000);
        SpatialIndex index = SpatialIndex.openOrBuild(shp, null);
        assertThat(index.size()).isEqualTo(3000 - (3000 + 96) / 97);
        assertThat(index.query(new Envelope(-1e9, 1e9, -1e9, 1e9))).hasSize(index.size());
        assertThat(index.query(new Envelope(200, 300, 200, 300))).isEmpty();
    }

    @Test
    void indexIsBuiltOnceAndRebuiltWhenTheShpChanges() throws IOException {
        Path shp = randomLines(dir, 200);
        Path file = new ShapefileDataStore(shp).index(null);
        FileTime built = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(built.toMillis() - 60_000));
        FileTime aged = Files.getLastModifiedTime(file);
        new ShapefileDataStore(shp).index(null);
        assertThat(Files.getLastModifiedTime(file)).as("kept, not rewritten").isEqualTo(aged);

        Files.setLastModifiedTime(
                shp, FileTime.fromMillis(Files.getLastModifiedTime(shp).toMillis() + 5_000));
        new ShapefileDataStore(shp).index(null);
        assertThat(Files.getLastModifiedTime(file))
                .as("rewritten for the changed .shp")
                .isNotEqualTo(aged);
    }

    @Test
    void indexThatCannotBeWrittenBesideTheDataGoesToTheCacheFolder() throws IOException {
        Path shp = new CraftedShapefile(1)
                .add(point(1, 2), "a")
                .add(point(3, 4), "b")
                .write(dir, "pts");
        // a folder where the index would go: as good as a read-only folder, even for root
        Files.writeString(Files.createDirectories(dir.resolve("pts.bwsi")).resolve("x"), "x");
        ShapefileDataStore store = new ShapefileDataStore(shp);
        Path file = store.index(dir.resolve("cache"));
        assertThat(file.getParent()).isEqualTo(dir.resolve("cache"));
        assertThat(file.getFileName().toString()).startsWith("pts-").endsWith(".bwsi");
        assertThat(ids(store, new Envelope(2, 4, 3, 5))).containsExactly("pts.2");
        assertThat(new ShapefileDataStore(shp).index(dir.resolve("cache"))).isEqualTo(file);
    }

    @Test
    void hilbertOrderKeepsNeighboursNear() {
        assertThat(SpatialIndex.hilbert(0, 0)).isZero();
        assertThat(Integer.toUnsignedLong(SpatialIndex.hilbert(1, 0)))
                .isLessThan(Integer.toUnsignedLong(SpatialIndex.hilbert(60000, 60000)));
    }
}
