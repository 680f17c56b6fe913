package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.events.postgis.PostgisServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} and {@code export-csv} take {@code --store postgresql://…}, against a real server. */
class StoreOptionTest {

    @RegisterExtension
    static final PostgisServer server = new PostgisServer();

    @TempDir
    Path dir;

    @BeforeEach
    void shippedEventsInTheDatabase() throws Exception {
        server.reset();
        assertThat(CommandRun.of(
                                "store",
                                "copy",
                                "data/events.geojson",
                                server.as("editor").text())
                        .exitCode())
                .isZero();
    }

    @Test
    void exportCsvWritesADatabasesEventsAsTheFileWouldBe() throws Exception {
        Path fromFile = dir.resolve("file.csv");
        Path fromDb = dir.resolve("db.csv");
        assertThat(CommandRun.of(
                                "export-csv",
                                "data/events.geojson",
                                "--out",
                                fromFile.toString(),
                                "--from",
                                "2023-01-01")
                        .exitCode())
                .isZero();
        CommandRun run = CommandRun.of(
                "export-csv",
                "--store",
                server.as("viewer").text(),
                "--out",
                fromDb.toString(),
                "--from",
                "2023-01-01");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(fromDb, StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(fromFile, StandardCharsets.UTF_8));
    }

    @Test
    void validateChecksADatabaseAndNamesTheRowOfABrokenEvent() throws Exception {
        CommandRun clean =
                CommandRun.of("validate", "--store", server.as("viewer").text());
        assertThat(clean.exitCode()).as(clean.out() + clean.err()).isZero();
        assertThat(clean.out()).contains("events loaded, 0 problems");
        server.sql(
                "UPDATE borderwatch.events SET feature = replace(feature::text, '\"kind\":', '\"kind\":1,\"x\":')::json"
                        + " WHERE id = (SELECT min(id) FROM borderwatch.events)");
        CommandRun broken =
                CommandRun.of("validate", "--store", server.as("viewer").text());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.out()).contains("1 problem");
    }

    @Test
    void aStoreGivenTwiceOrNotAtAllIsRefused() {
        CommandRun both = CommandRun.of(
                "validate",
                "data/events.geojson",
                "--store",
                server.as("viewer").text());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("not both");
        CommandRun none = CommandRun.of("export-csv", "--out", "x.csv");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("no store given");
    }
}
