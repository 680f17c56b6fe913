package org.borderwatch.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every shapefile in the repository's maps/ reads as GDAL's ogr2ogr, run now, reads it. */
class ShapefileMapsTest {
    @TempDir
    Path dir;

    private static boolean ogr2ogrAvailable() {
        try {
            Process p = new ProcessBuilder("ogr2ogr", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyMapsShapefileReadsAsOgr2ogrReadsIt() throws IOException {
        Path maps = Path.of("maps");
        assumeTrue(Files.isDirectory(maps), "maps/ is absent");
        List<Path> files;
        try (Stream<Path> list = Files.list(maps)) {
            files = list.filter(p -> p.toString().endsWith(".shp")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "maps/ has no shapefiles yet");
        assumeTrue(ogr2ogrAvailable(), "ogr2ogr (gdal-bin) is not installed");
        return files.stream()
                .map(shp -> DynamicTest.dynamicTest(shp.getFileName().toString(), () -> {
                    Path expected = dir.resolve(shp.getFileName() + ".geojson");
                    Process p = new ProcessBuilder(
                                    "ogr2ogr",
                                    "-f",
                                    "GeoJSON",
                                    "-lco",
                                    "RFC7946=NO",
                                    "-lco",
                                    "WRITE_NAME=NO",
                                    "-lco",
                                    "COORDINATE_PRECISION=15",
                                    expected.toString(),
                                    shp.toString())
                            .redirectErrorStream(true)
                            .start();
                    String log = new String(p.getInputStream().readAllBytes());
                    assertThat(p.waitFor(120, TimeUnit.SECONDS))
                            .as("ogr2ogr finished")
                            .isTrue();
                    assertThat(p.exitValue())
                            .as("ogr2ogr exit code; output: %s", log)
                            .isZero();
                    ShapefileDataStore store = new ShapefileDataStore(shp);
                    try {
                        GdalAgreement.assertAgrees(store, expected);
                        assertThat(store.problems()).isEmpty();
                    } finally {
                        store.dispose();
                    }
                }));
    }
}
