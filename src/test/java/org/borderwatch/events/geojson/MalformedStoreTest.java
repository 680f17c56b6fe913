package org.borderwatch.events.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.LoadReport;
import org.borderwatch.events.RecordProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each malformed store in test resources (malformed/cases.tsv lists file, events expected to load, JSON
 * pointer and message) yields exactly one problem with that pointer and message; the good feature beside
 * the bad one still loads.
 */
class MalformedStoreTest {

    static Stream<Arguments> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(MalformedStoreTest.class
                        .getResource("/org/borderwatch/events/malformed/cases.tsv")
                        .toURI())
                .getParent();
        List<String> lines = Files.readAllLines(dir.resolve("cases.tsv"), StandardCharsets.UTF_8);
        return lines.stream().filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> {
            String[] f = l.split("\t", -1);
            return Arguments.of(dir.resolve(f[0]), Integer.parseInt(f[1]), f[2], f[3]);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsOneProblemWithItsPointerAndMessageAndLoadsTheRest(Path file, int loaded, String pointer, String message)
            throws EventStoreException {
        GeoJsonEventStore store = GeoJsonEventStore.open(file);
        LoadReport report = store.loadReport();

        assertThat(report.problems()).as(report.toString()).hasSize(1);
        RecordProblem problem = report.problems().get(0);
        assertThat(problem.message()).contains(message);
        assertThat(problem.pointer()).isEqualTo(pointer);
        assertThat(problem.file()).isEqualTo(file);
        assertThat(problem.toString()).startsWith(file.getFileName().toString());
        assertThat(store.size()).isEqualTo(loaded);
        if (loaded == 1) assertThat(store.find("ok-1")).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesTheFeatureOfARecordProblem(Path file, int loaded, String pointer, String message)
            throws EventStoreException {
        RecordProblem problem =
                GeoJsonEventStore.open(file).loadReport().problems().get(0);
        if (pointer.startsWith("/features/")) {
            assertThat(problem.index()).isEqualTo(Integer.parseInt(pointer.split("/")[2]));
            assertThat(problem.toString()).contains("record " + problem.index());
        }
    }
}
