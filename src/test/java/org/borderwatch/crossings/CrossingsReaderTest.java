package org.borderwatch.crossings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossingsReaderTest {

    private static final Path SHIPPED = Path.of("data", "crossings.geojson");

    @TempDir
    Path dir;

    @Test
    void shippedDatasetLoadsAllSixCrossingsWithoutAProblem() throws IOException {
        CrossingsLoad load = new CrossingsReader().read(SHIPPED);
        assertThat(load.problems()).isEmpty();
        assertThat(load.crossings())
                .extracting(Crossing::id)
                .containsExactly("jarinje", "brnjak", "merdare", "mutivode", "bela-zemlja", "mucibaba");
        assertThat(load.byId("bela-zemlja").orElseThrow().names().albanian()).isEqualTo("Dheu i Bardhë");
    }

    @Test
    void shippedDatasetTellsTheStoryOfTheIssue() throws IOException {
        CrossingsLoad load = new CrossingsReader().read(SHIPPED);
        assertThat(status(load, "jarinje", "2022-12-10")).isEqualTo(CrossingStatus.CLOSED);
        assertThat(status(load, "brnjak", "2022-12-29")).isEqualTo(CrossingStatus.CLOSED);
        assertThat(status(load, "brnjak", "2022-12-30")).isEqualTo(CrossingStatus.OPEN);
        assertThat(status(load, "merdare", "2022-12-28")).isEqualTo(CrossingStatus.BLOCKED);
        assertThat(status(load, "merdare", "2022-12-29")).isEqualTo(CrossingStatus.OPEN);
        assertThat(status(load, "mucibaba", "2023-06-14")).isEqualTo(CrossingStatus.GOODS_BARRED);
        assertThat(status(load, "brnjak", "2023-10-03")).isEqualTo(CrossingStatus.CLOSED_TO_ENTRY_FROM_SERBIA);
        assertThat(status(load, "brnjak", "2023-10-04")).isEqualTo(CrossingStatus.GOODS_BARRED);
        assertThat(status(load, "jarinje", "2023-10-10")).isEqualTo(CrossingStatus.CLOSED_TO_ENTRY_FROM_SERBIA);
        assertThat(status(load, "merdare", "2024-10-07")).isEqualTo(CrossingStatus.OPEN);
        assertThat(status(load, "jarinje", "2024-10-07")).isEqualTo(CrossingStatus.GOODS_BARRED);
        // before any report and after the last one
        assertThat(status(load, "mutivode", "2022-11-01")).isEqualTo(CrossingStatus.UNKNOWN);
        assertThat(status(load, "merdare", "2026-01-01")).isEqualTo(CrossingStatus.UNKNOWN);
    }

    @Test
    void skipsARecordWithAnUnknownStatusNamingTheFieldAndLoadsTheRest() throws IOException {
        String text = Files.readString(SHIPPED, StandardCharsets.UTF_8)
                .replaceFirst("\"status\": \"closed\"", "\"status\": \"shut\"");
        Path file = dir.resolve("crossings.geojson");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CrossingsLoad load = new CrossingsReader().read(file);
        assertThat(load.crossings()).hasSize(5);
        assertThat(load.problems()).hasSize(1);
        assertThat(load.problems().get(0).toString())
                .startsWith("crossings.geojson, record 0 (id jarinje), /features/0/properties/history/0/status:");
    }

    @Test
    void skipsARecordWhoseIntervalsOverlap() throws IOException {
        String text = Files.readString(SHIPPED, StandardCharsets.UTF_8)
                .replaceFirst("\"from\": \"2022-08-01\"", "\"from\": \"2022-07-31\"");
        Path file = dir.resolve("crossings.geojson");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CrossingsLoad load = new CrossingsReader().read(file);
        assertThat(load.crossings()).hasSize(5);
        assertThat(load.problems().get(0).pointer()).isEqualTo("/features/0/properties/history/1/from");
        assertThat(load.problems().get(0).message()).contains("before the previous interval ends");
    }

    @Test
    void skipsABlockadeThatDoesNotSayByWhom() throws IOException {
        String text = Files.readString(SHIPPED, StandardCharsets.UTF_8)
                .replaceFirst("\"by\": \"protesters from Serbia \\(lorry and tractors\\)\",", "");
        Path file = dir.resolve("crossings.geojson");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CrossingsLoad load = new CrossingsReader().read(file);
        assertThat(load.byId("merdare")).isEmpty();
        assertThat(load.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("by"));
    }

    @Test
    void refusesAFileThatIsNotJsonNamingLineAndColumn() throws IOException {
        Path file = dir.resolve("broken.geojson");
        Files.writeString(file, "{\"type\": \"FeatureCollection\",\n \"features\": [ {");
        assertThatThrownBy(() -> new CrossingsReader().read(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("broken.geojson: invalid JSON at line 2");
    }

    private static CrossingStatus status(CrossingsLoad load, String id, String day) {
        return load.byId(id).orElseThrow().statusOn(LocalDate.parse(day)).status();
    }
}
