package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossingsCommandTest {

    @TempDir
    Path dir;

    @Test
    void atPrintsEachCrossingsStatusOnTheDayWithItsSources() {
        CommandRun run = CommandRun.of("crossings", "--at", "2023-10-10");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Crossings on 2023-10-10")
                .contains(
                        "Jarinje / Јариње / Jarinjë: closed to entry from Serbia by Kosovo interior ministry, Kosovo side (2023-09-24 to 2023-10-17)")
                .contains("Brnjak / Брњак / Bërnjak: goods barred (2023-10-04 to 2025-03-23)")
                .contains("https://www.b92.net/eng/news/politics.php?yyyy=2023&mm=10&dd=18&nav_id=116863");
    }

    @Test
    void atADayNoReportCoversSaysUnknown() {
        CommandRun run = CommandRun.of("crossings", "--at", "2021-01-01");
        assertThat(run.out()).contains("Merdare / Мердаре / Merdarë: unknown (no report covers this day)");
    }

    @Test
    void historyPrintsTheIntervalsAndTheGaps() {
        CommandRun run = CommandRun.of("crossings", "--history");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("2022-12-10 to 2022-12-29  closed by Kosovo Police, Kosovo side")
                .contains(
                        "2022-12-27 to 2022-12-28  blocked by protesters from Serbia (lorry and tractors), Serbia side")
                .contains("sources differ:");
    }

    @Test
    void aBrokenRecordIsSkippedAndNamedAndTheRestPrinted() throws Exception {
        Path file = dir.resolve("crossings.geojson");
        Files.writeString(
                file,
                Files.readString(Path.of("data", "crossings.geojson"), StandardCharsets.UTF_8)
                        .replace("\"from\": \"2022-09-01\"", "\"from\": \"2022-09-31\""),
                StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of("crossings", "--data", file.toString(), "--at", "2023-10-10");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err())
                .contains(
                        "skipped crossings.geojson, record 2 (id merdare), /features/2/properties/history/0/from: not a real date");
        assertThat(run.out()).contains("Jarinje").doesNotContain("Merdare");
    }

    @Test
    void validateChecksTheStoreAgainstTheCrossingsBesideIt() throws Exception {
        Files.copy(Path.of("data", "crossings.geojson"), dir.resolve("crossings.geojson"));
        Path store = dir.resolve("events.geojson");
        Files.writeString(
                store,
                Files.readString(Path.of("data", "events.geojson"), StandardCharsets.UTF_8)
                        .replace("\"end\": \"2023-10-04\"", "\"end\": \"2023-10-09\""),
                StandardCharsets.UTF_8);
        CommandRun run = CommandRun.of("validate", store.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("checked against crossings.geojson: 6 crossings")
                .contains(
                        "events.geojson (id 2023-09-24-brnjak-closed-after-banjska), /properties/end: ends on 2023-10-09");
        assertThat(CommandRun.of("validate", "data/events.geojson").exitCode()).isZero();
    }

    @Test
    void exportCsvAddsTheGszColumnAndFiltersByIt() throws Exception {
        Path all = dir.resolve("all.csv"), in = dir.resolve("in.csv");
        CommandRun run = CommandRun.of("export-csv", "data/events.geojson", "--out", all.toString(), "--gsz");
        assertThat(run.exitCode()).as(run.err()).isZero();
        var rows = Files.readAllLines(all);
        assertThat(rows.get(0)).endsWith(",gsz");
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r).matches(".*,(in|possibly|out)$"));
        CommandRun some =
                CommandRun.of("export-csv", "data/events.geojson", "--out", in.toString(), "--in-gsz", "in,possibly");
        assertThat(some.exitCode()).isZero();
        var kept = Files.readAllLines(in);
        assertThat(kept.size()).isBetween(2, rows.size() - 1);
        assertThat(CommandRun.of(
                                "export-csv",
                                "data/events.geojson",
                                "--out",
                                in.toString(),
                                "--force",
                                "--in-gsz",
                                "maybe")
                        .exitCode())
                .isEqualTo(2);
    }
}
