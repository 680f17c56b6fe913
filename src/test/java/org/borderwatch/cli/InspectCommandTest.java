package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code inspect} summarises a shapefile like ogrinfo -so and writes GeoJSON like ogr2ogr. */
class InspectCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private static final String ABSENT =
            "../shared/corpus/shapefiles is absent (set -Dborderwatch.shared=DIR to point at it); skipped";

    /**
     * {@code corpus/shapefiles} of the shared folder: {@code -Dborderwatch.shared=DIR} (the pom passes the project's
     * {@code ../shared}), else {@code ../shared} relative to the working directory, which Maven sets to the project.
     */
    private static Path corpus() {
        String property = System.getProperty("borderwatch.shared");
        Path corpus = Path.of(property == null || property.isBlank() ? "../shared" : property, "corpus/shapefiles");
        return Files.isDirectory(corpus) ? corpus : null;
    }

    @Test
    void summaryNamesGeometryCountExtentCrsAndFields() {
        Path corpus = corpus();
        assumeTrue(corpus != null, ABSENT);
        int code = Cli.run("inspect", corpus.resolve("points_zm_utf8.shp").toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(text)
                .contains(
                        "Layer name: points_zm_utf8\n",
                        "Geometry: 3D Measured Point\n",
                        "Feature Count: 4\n",
                        "Extent: (20.615280, 42.883330) - (20.866670, 43.287220)\n",
                        "EPSG: EPSG:4326\n",
                        "id: Integer (9.0)\n",
                        "name: String (80.0)\n",
                        "area: Real (24.15)\n",
                        "founded: Date (10.0)\n");
    }

    @Test
    void geojsonHasTheFeaturesGdalWrites() throws IOException {
        Path corpus = corpus();
        assumeTrue(corpus != null, ABSENT);
        int code = Cli.run(
                "inspect", "--geojson", corpus.resolve("polygons_holes.shp").toString());
        assertThat(code).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode actual = json.readTree(out.toByteArray());
        JsonNode expected =
                json.readTree(corpus.resolve("polygons_holes.expected.geojson").toFile());
        assertThat(actual.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(actual.get("crs")).isEqualTo(expected.get("crs"));
        assertThat(actual.get("features")).isEqualTo(expected.get("features"));
    }

    @Test
    void missingFileExitsWithOneAndSaysWhich() {
        int code = Cli.run("inspect", "no/such/file.shp");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("inspect: file.shp: file not found\n");
    }
}
