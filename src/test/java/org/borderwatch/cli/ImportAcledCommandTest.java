package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAcledCommandTest {

    @TempDir
    Path dir;

    private static String sample() throws Exception {
        return Path.of(ImportAcledCommandTest.class.getResource("/org/borderwatch/events/acled/sample.csv").toURI()).toString();
    }

    @Test
    void createsTheStoreAndListsSkippedRows() throws Exception {
        Path store = dir.resolve("events.geojson");

        CommandRun run = CommandRun.of("import-acled", sample(), "--into", store.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("sample.csv, record 8 (id XKX0008), latitude: latitude 95.0 is outside [-90, 90]")
                .contains("added 6 events to " + store + ", skipped 4");
        assertThat(GeoJsonEventStore.open(store).size()).isEqualTo(6);
        assertThat(CommandRun.of("validate", store.toString()).exitCode()).isZero();
    }

    @Test
    void aSecondImportSkipsIdsAlreadyHeldAndStrictExitsOne() throws Exception {
        Path store = dir.resolve("events.geojson");
        CommandRun.of("import-acled", sample(), "--into", store.toString());

        CommandRun again = CommandRun.of("import-acled", sample(), "--into", store.toString(), "--strict");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.out()).contains("event XKX0001: already in events.geojson; skipped").contains("added 0 events");
        assertThat(GeoJsonEventStore.open(store).size()).isEqualTo(6);
    }
}
