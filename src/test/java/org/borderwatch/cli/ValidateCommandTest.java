package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private static String resource(String name) throws Exception {
        return Path.of(ValidateCommandTest.class
                        .getResource("/org/borderwatch/events/" + name)
                        .toURI())
                .toString();
    }

    @Test
    void exitsZeroForTheShippedStoreWithItsGazetteer() {
        CommandRun run =
                CommandRun.of("validate", Path.of("data/events.geojson").toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("events.geojson: 67 events loaded, 0 problems");
    }

    @Test
    void listsEveryProblemAndExitsOne() throws Exception {
        CommandRun run = CommandRun.of("validate", resource("malformed/end-before-date.geojson"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains(
                        "end-before-date.geojson, record 1 (id bad-1), /features/1/properties/end: end 2023-09-01 is before date 2023-09-24")
                .contains(
                        "end-before-date.geojson, record 0 (id ok-1), /features/0/properties/location/coordinate_source: the coordinate has no source")
                .contains("1 event loaded, 2 problems");
    }

    @Test
    void namesTheRecordOfAnApproximatePointWithoutRadius() throws Exception {
        CommandRun run = CommandRun.of("validate", resource("malformed/approximate-without-radius.geojson"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern(
                        "approximate-without-radius.geojson, record \\d+ \\(id [^)]+\\), /features/\\d+/properties/precision.*radius_km");
    }

    @Test
    void flagsAnExactPointFarFromTheGazetteerPlaceItNames() throws Exception {
        Path store = dir.resolve("moved.geojson");
        String shipped = Files.readString(Path.of("data/events.geojson"));
        // the monastery siege moved to Zvečan's town point, 8.5 km away, still claiming to be exact
        int at = shipped.indexOf("\"id\": \"2023-09-24-banjska-monastery-siege\"");
        int coords = shipped.lastIndexOf("\"coordinates\": [20.7825, 42.97139]", at);
        Files.writeString(
                store,
                shipped.substring(0, coords) + "\"coordinates\": [20.84028, 42.9075]"
                        + shipped.substring(coords + "\"coordinates\": [20.7825, 42.97139]".length()));

        CommandRun run = CommandRun.of("validate", store.toString(), "--gazetteer", "data/gazetteer.geojson");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("(id 2023-09-24-banjska-monastery-siege)")
                .contains("precision is exact but the point is 8.5 km from Banjska Monastery (bw:banjska-monastery)")
                .contains("67 events loaded, 1 problem");
    }

    @Test
    void reportsSchemaViolationsAndDuplicateIdsTogether() throws Exception {
        Path file = dir.resolve("dups.geojson");
        String good = Files.readString(Path.of(resource("malformed/duplicate-id.geojson")));
        Files.writeString(
                file,
                good.replace("\"confidence\": \"reported\"\n   }\n  }\n ]", "\"confidence\": \"sure\"\n   }\n  }\n ]"));

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("/features/1/properties/confidence").contains("duplicate id");
    }

    @Test
    void exitsTwoWhenTheFileIsMissing() {
        CommandRun run = CommandRun.of("validate", dir.resolve("none.geojson").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("none.geojson: file not found");
    }

    @Test
    void reportsInvalidJsonOnce() throws Exception {
        CommandRun run = CommandRun.of("validate", resource("malformed/missing-comma.geojson"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.contains("invalid JSON at line 3, column 1")))
                .hasSize(1);
    }

    @Test
    void byteOrderMarkIsAWarningAndExitsZero() throws Exception {
        CommandRun run = CommandRun.of("validate", resource("malformed/bom.geojson"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("bom.geojson: warning: file starts with a UTF-8 byte order mark")
                .contains("1 event loaded, 0 problems, 1 warning");
    }

    @Test
    void helpSaysWarningsAloneExitZero() {
        CommandRun run = CommandRun.of("validate", "--help");

        assertThat(run.out()).contains("Exit codes:").contains("0   no errors (there may be warnings)");
    }

    @Test
    void capsTheProblemsOfARecordWithAMillionWrongItemsAndCountsTheRest() throws Exception {
        String good = Files.readString(Path.of(resource("round-trip.geojson")));
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 900_000; i++) items.append(i == 0 ? "" : ",").append(i % 10);
        String bad = good.replaceFirst("\"sources\": \\[", "\"sources\": [" + items + ",");
        Path file = dir.resolve("huge.geojson");
        Files.writeString(file, bad);

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("more problems in record 0")
                .contains("array holds 900,002 items; only the first 1,000 were checked against the schema");
        assertThat(run.out().lines().count()).isLessThan(ValidateCommand.PER_RECORD * 4L);
    }
}
