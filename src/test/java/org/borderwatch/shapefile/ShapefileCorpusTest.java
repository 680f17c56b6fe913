package org.borderwatch.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every shapefile of shared/corpus/shapefiles reads as GDAL reads it (the NAME.expected.geojson beside it). */
class ShapefileCorpusTest {

    /**
     * The shared folder: {@code -Dborderwatch.shared=DIR} (the pom passes the project's {@code ../shared}), else
     * {@code ../shared} relative to the working directory, which Maven sets to the project; null when absent.
     */
    static Path sharedDirectory() {
        String property = System.getProperty("borderwatch.shared");
        Path shared = Path.of(property == null || property.isBlank() ? "../shared" : property);
        return Files.isDirectory(shared) ? shared : null;
    }

    @TestFactory
    Stream<DynamicTest> everyCorpusShapefileReadsAsGdalReadsIt() throws IOException {
        Path shared = sharedDirectory();
        assumeTrue(
                shared != null,
                "the shapefile corpus needs ../shared beside the project (or -Dborderwatch.shared=DIR);"
                        + " it is absent, so the corpus comparison is skipped");
        Path corpus = shared.resolve("corpus/shapefiles");
        assumeTrue(Files.isDirectory(corpus), corpus + " is absent, so the corpus comparison is skipped");
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(p -> p.toString().endsWith(".shp")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream()
                .map(shp -> DynamicTest.dynamicTest(shp.getFileName().toString(), () -> {
                    String name = shp.getFileName().toString().replace(".shp", "");
                    // latin1 has neither .cpg nor LDID; GDAL's reading of it was made with SHAPE_ENCODING=ISO-8859-1
                    ShapefileDataStore store = name.equals("latin1")
                            ? new ShapefileDataStore(shp, StandardCharsets.ISO_8859_1)
                            : new ShapefileDataStore(shp);
                    try {
                        GdalAgreement.assertAgrees(store, corpus.resolve(name + ".expected.geojson"));
                    } finally {
                        store.dispose();
                    }
                }));
    }
}
