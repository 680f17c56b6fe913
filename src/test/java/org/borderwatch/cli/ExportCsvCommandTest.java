package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCsvCommandTest {

    @TempDir
    Path dir;

    @Test
    void exportsTheWholeStoreOrTheFilteredPart() throws Exception {
        Path store = dir.resolve("g.geojson");
        CommandRun.of("generate", "3000", "--out", store.toString(), "--seed", "2");
        Path all = dir.resolve("all.csv"), part = dir.resolve("part.csv");

        assertThat(CommandRun.of("export-csv", store.toString(), "--out", all.toString())
                        .exitCode())
                .isZero();
        CommandRun run = CommandRun.of(
                "export-csv",
                store.toString(),
                "--out",
                part.toString(),
                "--bbox",
                "20,42,21,43",
                "--from",
                "2023-01-01",
                "--to",
                "2023-06-30",
                "--kind",
                "incident");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readAllLines(all)).hasSize(3001);
        List<String> rows = Files.readAllLines(part);
        assertThat(rows.size()).isBetween(2, 3000);
        assertThat(run.out()).contains("wrote " + (rows.size() - 1) + " events");
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            double lat = Double.parseDouble(cells[12]), lon = Double.parseDouble(cells[13]);
            assertThat(lon).isBetween(20.0, 21.0);
            assertThat(lat).isBetween(42.0, 43.0);
            assertThat(cells[1]).isBetween("2023-01-01", "2023-06-30");
        }
    }

    @Test
    void roundTripsThroughImport() throws Exception {
        Path store = dir.resolve("g.geojson"), csv = dir.resolve("g.csv"), back = dir.resolve("back.geojson");
        CommandRun.of("generate", "500", "--out", store.toString());
        CommandRun.of("export-csv", store.toString(), "--out", csv.toString());

        CommandRun run = CommandRun.of("import", csv.toString(), "--into", back.toString());

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("added 500 events");
    }

    @Test
    void refusesToReplaceAFileWithoutForceAndWarnsWhatCannotGo() throws Exception {
        Path store = dir.resolve("g.geojson"), csv = dir.resolve("g.csv");
        CommandRun.of("generate", "50", "--out", store.toString());
        Files.writeString(csv, "keep me");

        CommandRun refused = CommandRun.of("export-csv", store.toString(), "--out", csv.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("exists; give --force to replace it");
        assertThat(Files.readString(csv)).isEqualTo("keep me");

        CommandRun forced = CommandRun.of("export-csv", store.toString(), "--out", csv.toString(), "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(forced.err())
                .contains("warning: ACLED's columns cannot hold, so g.csv leaves out: titles of 50 events");
        assertThat(CommandRun.of("export-csv", "--help").out()).contains("They cannot hold titles, end dates");
    }

    @Test
    void refusesABadBoundingBox() throws Exception {
        Path store = dir.resolve("g.geojson");
        CommandRun.of("generate", "10", "--out", store.toString());

        CommandRun run = CommandRun.of(
                "export-csv", store.toString(), "--out", dir.resolve("x.csv").toString(), "--bbox", "21,42,20,43");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--bbox needs W,S,E,N");
    }

    @Test
    void takesTheSameEventFiltersAsExportAndNamesABadOne() throws Exception {
        Path store = dir.resolve("g.geojson");
        CommandRun.of("generate", "2000", "--out", store.toString(), "--seed", "3");
        Path kinds = dir.resolve("kinds.csv"), confirmed = dir.resolve("confirmed.csv");

        CommandRun run = CommandRun.of(
                "export-csv", store.toString(), "--out", kinds.toString(), "--kinds", "incident,deployment");
        CommandRun narrower = CommandRun.of(
                "export-csv",
                store.toString(),
                "--out",
                confirmed.toString(),
                "--kinds",
                "incident,deployment",
                "--confidence",
                "confirmed");
        CommandRun bad = CommandRun.of(
                "export-csv", store.toString(), "--out", dir.resolve("x.csv").toString(), "--kinds", "riot");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(narrower.exitCode()).as(narrower.err()).isZero();
        int kindRows = Files.readAllLines(kinds).size(),
                confirmedRows = Files.readAllLines(confirmed).size();
        assertThat(kindRows).isBetween(3, 2000);
        assertThat(confirmedRows).isBetween(2, kindRows - 1);
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--kinds: \"riot\" is not incident, deployment or diplomatic");
    }
}
