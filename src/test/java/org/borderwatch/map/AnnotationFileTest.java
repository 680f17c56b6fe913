package org.borderwatch.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationFileTest {

    @TempDir
    Path dir;

    private static final List<Annotation> ALL = List.of(
            new Annotation.Label("a1", new LonLat(20.78, 42.97), "Banjska monastery"),
            new Annotation.Arrow("a2", new LonLat(20.5, 43.1), new LonLat(20.78, 42.97), "approach"),
            new Annotation.Circle("a3", new LonLat(20.87, 42.89), 5, "5 km zone"),
            new Annotation.Area(
                    "a4", List.of(new LonLat(20.6, 42.8), new LonLat(20.9, 42.8), new LonLat(20.75, 43.0)), "area"),
            new Annotation.Distance("a5", new LonLat(20.87, 42.89), new LonLat(21.17, 42.66), ""));

    @Test
    void liveBesideTheStoreNamedAfterIt() {
        assertThat(AnnotationFile.besideStore(Path.of("data/events.geojson")))
                .isEqualTo(Path.of("data/events.annotations.json"));
    }

    @Test
    void everyKindOfAnnotationRoundTripsThroughTheFile() throws Exception {
        Path file = dir.resolve("events.annotations.json");
        AnnotationFile.write(file, ALL);
        AnnotationJson.Loaded loaded = AnnotationFile.read(file);
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.annotations()).containsExactlyElementsOf(ALL);
    }

    @Test
    void saveReplacesTheOldFileAndLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("events.annotations.json");
        AnnotationFile.write(file, ALL);
        AnnotationFile.write(file, ALL.subList(0, 1));
        assertThat(AnnotationFile.read(file).annotations()).hasSize(1);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void skipsABrokenRecordNamingFileRecordAndFieldAndLoadsTheRest() throws Exception {
        Path file = dir.resolve("bad.annotations.json");
        Files.writeString(file, """
                {"annotations": [
                  {"id": "ok", "type": "label", "at": [20.5, 42.9], "text": "fine"},
                  {"id": "far", "type": "circle", "center": [20.5, 142.9], "radiusKm": 3},
                  {"id": "odd", "type": "spiral"}
                ]}""", StandardCharsets.UTF_8);
        AnnotationJson.Loaded loaded = AnnotationFile.read(file);
        assertThat(loaded.annotations()).extracting(Annotation::id).containsExactly("ok");
        assertThat(loaded.problems()).hasSize(2);
        assertThat(loaded.problems().get(0).toString())
                .startsWith(file + ", annotation 2 (far), field center:")
                .contains("latitude");
        assertThat(loaded.problems().get(1).toString())
                .contains("annotation 3 (odd), field type")
                .contains("spiral");
    }

    @Test
    void aFileThatIsNotJsonIsRefusedWithItsName() throws Exception {
        Path file = dir.resolve("x.annotations.json");
        Files.writeString(file, "{not json", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnnotationFile.read(file))
                .isInstanceOf(AnnotationFileException.class)
                .hasMessageStartingWith(file + ": not valid JSON");
    }
}
