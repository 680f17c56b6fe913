package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private static String resource(String path) throws Exception {
        return Path.of(ImportCommandTest.class
                        .getResource("/org/borderwatch/events/acled/" + path)
                        .toURI())
                .toString();
    }

    @Test
    void addsTheGoodRowsListsTheRefusedOnesAndExitsOneForThem() throws Exception {
        Path store = dir.resolve("events.geojson");

        CommandRun run = CommandRun.of("import-acled", resource("sample.csv"), "--into", store.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains("sample.csv, line 9 (id XKX0008), latitude: latitude 95.0 is outside [-90, 90]")
                .contains("sample.csv (ACLED): took 6 of 10 rows as 6 events; refused 4")
                .contains("1 × latitude out of range: line 9")
                .contains("added 6 events to " + store);
        assertThat(GeoJsonEventStore.open(store).size()).isEqualTo(6);
        assertThat(CommandRun.of("validate", store.toString()).exitCode()).isZero();
    }

    @Test
    void allowPartialExitsZeroWithRefusedRows() throws Exception {
        Path store = dir.resolve("events.geojson");

        CommandRun run =
                CommandRun.of("import", resource("csv/truncated.csv"), "--into", store.toString(), "--allow-partial");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("truncated.csv, line 4: a quoted cell opens here and never closes")
                .contains("added 2 events");
    }

    @Test
    void neverCreatesAStoreFromNothing() throws Exception {
        Path store = dir.resolve("events.geojson");

        CommandRun run = CommandRun.of(
                "import", resource("csv/no-row-readable.csv"), "--into", store.toString(), "--allow-partial");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("took 0 of 2 rows").contains("took no rows, so " + store + " was not created");
        assertThat(Files.exists(store)).isFalse();
    }

    @Test
    void aSecondImportLeavesIdsAlreadyHeld() throws Exception {
        Path store = dir.resolve("events.geojson");
        CommandRun.of("import", resource("csv/acled-gen4-2024.csv"), "--into", store.toString());

        CommandRun again = CommandRun.of("import", resource("csv/acled-gen4-2024.csv"), "--into", store.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out())
                .contains("added 0 events")
                .contains("3 ids were already there and were left as they are");
        assertThat(GeoJsonEventStore.open(store).size()).isEqualTo(3);
    }

    @Test
    void recognisesUcdpAndKeepsDatePrecisionAndEstimatesThroughTheStore() throws Exception {
        Path store = dir.resolve("events.geojson");

        CommandRun run = CommandRun.of("import", resource("csv/ucdp-ged.csv"), "--into", store.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ucdp-ged.csv (UCDP GED): took 3 of 3 rows as 3 events; refused 0");
        GeoJsonEventStore back = GeoJsonEventStore.open(store);
        assertThat(back.loadReport().problems()).isEmpty();
        assertThat(back.find("ucdp-9002").orElseThrow().date().precision().jsonName())
                .isEqualTo("month");
        assertThat(back.find("ucdp-9001").orElseThrow().casualties().killedHigh())
                .isEqualTo(20);
        assertThat(CommandRun.of("validate", store.toString()).exitCode()).isZero();
    }

    @Test
    void saysWhichEncodingItCannotUse() throws Exception {
        CommandRun run = CommandRun.of(
                "import",
                resource("csv/windows-1252.csv"),
                "--into",
                dir.resolve("s.geojson").toString(),
                "--encoding",
                "UTF-8");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .startsWith("windows-1252.csv: line 2, byte 0xEB at offset")
                .doesNotContain("Exception");
    }
}
