package org.borderwatch.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Inputs of 10 MB, which the fuzzer no longer grows to (its inputs stop at 64 KB so that it runs fast): each is read
 * to its end within the fuzzer's hang bound (20 s). The 2 s is a figure for a quiet machine, not a test
 * assertion; the shapes here are those whose cost could grow faster than the file.
 */
class LargeShapefileTest {
    private static final Duration HANG = Duration.ofSeconds(20);
    private static final int TEN_MB = 10 << 20;

    @TempDir
    Path dir;

    @Test
    void tenMegabytesOfSmallPolygonsAreReadWithinTheHangBound() throws Exception {
        CraftedShapefile file = new CraftedShapefile(5);
        int records = TEN_MB / (8 + 44 + 4 + 5 * 16);
        for (int i = 0; i < records; i++)
            file.add(CraftedShapefile.parts(5, CraftedShapefile.square(i % 1000, i / 1000, 0.5, true)), "p" + i);
        Path shp = file.write(dir, "many");
        assertThat(readWithinTheBound(shp)).isEqualTo(records);
    }

    @Test
    void aTenMegabyteRecordOfOneShellAndManyHolesIsReadWithinTheHangBound() throws Exception {
        int holes = TEN_MB / (4 + 5 * 16);
        List<double[]> rings = new ArrayList<>();
        rings.add(CraftedShapefile.square(0, 0, 10_000, true));
        for (int i = 0; i < holes; i++) rings.add(CraftedShapefile.square(1 + i % 9000, 1 + i / 9000, 0.5, false));
        Path shp = new CraftedShapefile(5)
                .add(CraftedShapefile.parts(5, rings.toArray(double[][]::new)), "holes")
                .write(dir, "holes");
        assertThat(readWithinTheBound(shp)).isEqualTo(1);
    }

    @Test
    void aTenMegabyteRecordOfManyShellsIsReadWithinTheHangBound() throws Exception {
        int shells = TEN_MB / (4 + 5 * 16);
        List<double[]> rings = new ArrayList<>();
        for (int i = 0; i < shells; i++) rings.add(CraftedShapefile.square(i % 1000, i / 1000, 0.5, true));
        Path shp = new CraftedShapefile(5)
                .add(CraftedShapefile.parts(5, rings.toArray(double[][]::new)), "shells")
                .write(dir, "shells");
        assertThat(readWithinTheBound(shp)).isEqualTo(1);
    }

    @Test
    void aTenMegabyteRecordOfManyShellsEachWithAHoleIsReadWithinTheHangBoundHolesInTheirShells() throws Exception {
        int pairs = TEN_MB / 2 / (4 + 5 * 16);
        List<double[]> rings = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            rings.add(CraftedShapefile.square(i % 1000, i / 1000, 0.8, true));
            rings.add(CraftedShapefile.square(i % 1000 + 0.2, i / 1000 + 0.2, 0.4, false));
        }
        Path shp = new CraftedShapefile(5)
                .add(CraftedShapefile.parts(5, rings.toArray(double[][]::new)), "pairs")
                .write(dir, "pairs");
        Geometry g = assertTimeoutPreemptively(HANG, () -> {
            ShapefileDataStore store = new ShapefileDataStore(shp);
            try {
                return (Geometry) StoreReading.readAll(store).get(0).getDefaultGeometry();
            } finally {
                store.dispose();
            }
        });
        assertThat(g.getNumGeometries()).isEqualTo(pairs);
        for (int i = 0; i < pairs; i += 997) {
            Polygon p = (Polygon) g.getGeometryN(i);
            assertThat(p.getNumInteriorRing()).isEqualTo(1);
            assertThat(p.getExteriorRing()
                            .getEnvelopeInternal()
                            .contains(p.getInteriorRingN(0).getEnvelopeInternal()))
                    .isTrue();
        }
    }

    private static int readWithinTheBound(Path shp) {
        return assertTimeoutPreemptively(HANG, () -> {
            ShapefileDataStore store = new ShapefileDataStore(shp);
            try {
                return StoreReading.readAll(store).size();
            } finally {
                store.dispose();
            }
        });
    }
}
