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
        return Path.of(ValidateCommandTest.class.getResource("/org/borderwatch/events/" + name).toURI()).toString();
    }

    @Test
    void exitsZeroForAValidStore() throws Exception {
        CommandRun run = CommandRun.of("validate", resource("round-trip.geojson"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("round-trip.geojson: 3 events loaded, 0 problems");
    }

    @Test
    void listsEveryProblemAndExitsOne() throws Exception {
        CommandRun run = CommandRun.of("validate", resource("malformed/end-before-date.geojson"));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("end-before-date.geojson, record 1 (id bad-1), /features/1/properties/end: end 2023-09-01 is before date 2023-09-24")
                .contains("1 event loaded, 1 problem");
    }

    @Test
    void reportsSchemaViolationsAndDuplicateIdsTogether() throws Exception {
        Path file = dir.resolve("dups.geojson");
        String good = Files.readString(Path.of(resource("malformed/duplicate-id.geojson")));
        Files.writeString(file, good.replace("\"confidence\": \"reported\"\n   }\n  }\n ]", "\"confidence\": \"sure\"\n   }\n  }\n ]"));

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
        assertThat(run.out().lines().filter(l -> l.contains("invalid JSON at line 3, column 1"))).hasSize(1);
    }

    @Test
    void byteOrderMarkIsAWarningAndExitsZero() throws Exception {
        CommandRun run = CommandRun.of("validate", resource("malformed/bom.geojson"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("bom.geojson: warning: file starts with a UTF-8 byte order mark")
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
        assertThat(run.out()).contains("more problems in record 0")
                .contains("array holds 900,002 items; only the first 1,000 were checked against the schema");
        assertThat(run.out().lines().count()).isLessThan(ValidateCommand.PER_RECORD * 4L);
    }
}
