package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.borderwatch.shapefile.CraftedDialects;
import org.borderwatch.shapefile.GdalReading;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

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

    private static Path corpus() {
        for (String candidate : new String[] {System.getProperty("borderwatch.shared"), "../shared"}) {
            if (candidate != null && Files.isDirectory(Path.of(candidate, "corpus/shapefiles"))) {
                return Path.of(candidate, "corpus/shapefiles");
            }
        }
        return null;
    }

    @Test
    void summaryNamesGeometryCountExtentCrsAndFields() {
        Path corpus = corpus();
        assumeTrue(corpus != null, "shared/ is absent");
        int code = Cli.run("inspect", corpus.resolve("points_zm_utf8.shp").toString());
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(text).contains("Layer name: points_zm_utf8\n", "Geometry: 3D Measured Point\n", "Feature Count: 4\n",
                "Extent: (20.615280, 42.883330) - (20.866670, 43.287220)\n", "EPSG: EPSG:4326\n",
                "id: Integer (9.0)\n", "name: String (80.0)\n", "area: Real (24.15)\n", "founded: Date (10.0)\n");
    }

    @Test
    void geojsonHasTheFeaturesGdalWrites() throws IOException {
        Path corpus = corpus();
        assumeTrue(corpus != null, "shared/ is absent");
        int code = Cli.run("inspect", "--geojson", corpus.resolve("polygons_holes.shp").toString());
        assertThat(code).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode actual = json.readTree(out.toByteArray());
        JsonNode expected = json.readTree(corpus.resolve("polygons_holes.expected.geojson").toFile());
        assertThat(actual.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(actual.get("crs")).isEqualTo(expected.get("crs"));
        assertThat(actual.get("features")).isEqualTo(expected.get("features"));
    }

    @TestFactory
    Stream<DynamicTest> geojsonOfEveryCorpusShapefileIsGdals() throws IOException {
        Path corpus = corpus();
        assumeTrue(corpus != null, "shared/ is absent");
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(p -> p.toString().endsWith(".shp")).sorted().toList();
        }
        return files.stream().map(shp -> DynamicTest.dynamicTest(shp.getFileName().toString(), () -> {
            String name = shp.getFileName().toString().replace(".shp", "");
            assertGeoJsonEquals(shp, corpus.resolve(name + ".expected.geojson"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> geojsonOfEveryCraftedDialectIsGdals(@TempDir Path dir) throws IOException {
        assumeTrue(GdalReading.available(), "gdal-bin (ogr2ogr) is not installed");
        return CraftedDialects.writeAll(dir).entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () ->
                assertGeoJsonEquals(e.getValue(), GdalReading.geoJson(e.getValue(), dir.resolve(e.getKey() + ".gdal.geojson")))));
    }

    private void assertGeoJsonEquals(Path shp, Path expectedFile) throws IOException {
        out.reset();
        int code = Cli.run("inspect", "--geojson", shp.toString());
        assertThat(code).as("exit code").isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode actual = json.readTree(out.toByteArray());
        JsonNode expected = json.readTree(expectedFile.toFile());
        assertThat(actual.get("crs")).as("crs").isEqualTo(expected.get("crs"));
        assertSameJson("features", expected.get("features"), actual.get("features"));
    }

    /** JSON equality with numbers equal to 1e-9 (GDAL writes 15 significant digits, we write the shortest exact form). */
    private static void assertSameJson(String where, JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual != null && actual.isNumber()) {
            assertThat(actual.doubleValue()).as(where).isCloseTo(expected.doubleValue(), within(1e-9));
            return;
        }
        assertThat(actual).as(where).isNotNull();
        assertThat(actual.getNodeType()).as(where).isEqualTo(expected.getNodeType());
        assertThat(actual.size()).as(where + " size").isEqualTo(expected.size());
        if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) assertSameJson(where + "[" + i + "]", expected.get(i), actual.get(i));
        } else if (expected.isObject()) {
            List<String> names = new ArrayList<>();
            expected.fieldNames().forEachRemaining(names::add);
            List<String> actualNames = new ArrayList<>();
            actual.fieldNames().forEachRemaining(actualNames::add);
            assertThat(actualNames).as(where + " keys").isEqualTo(names);
            for (String n : names) assertSameJson(where + "." + n, expected.get(n), actual.get(n));
        } else {
            assertThat(actual).as(where).isEqualTo(expected);
        }
    }

    @Test
    void missingFileExitsWithOneAndSaysWhich() {
        int code = Cli.run("inspect", "no/such/file.shp");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("inspect: file.shp: file not found\n");
    }
}
