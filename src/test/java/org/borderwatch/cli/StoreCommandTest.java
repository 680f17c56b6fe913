package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.postgis.PostgisServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code store copy} and {@code --store postgresql://…} against a real server. */
class StoreCommandTest {

    @RegisterExtension
    static final PostgisServer server = new PostgisServer();

    @TempDir
    Path dir;

    @BeforeEach
    void emptyStore() throws Exception {
        server.reset();
    }

    @Test
    void copiesAFileIntoADatabaseAndBackLosingNothing() throws Exception {
        Path shipped = Path.of("data/events.geojson");
        String text = Files.readString(shipped, StandardCharsets.UTF_8);
        // a collection member, an extra Feature member and a feature the reader refuses, besides the shipped events
        String extended = text.replaceFirst(
                        "\\{\\s*\"type\"\\s*:\\s*\"FeatureCollection\"",
                        "{\"type\":\"FeatureCollection\",\"x_meta\":{\"by\":[1,2]}")
                .replaceFirst("\\{\\s*\"type\"\\s*:\\s*\"Feature\"", "{\"type\":\"Feature\",\"bbox\":[20,42,21,43]");
        int end = extended.lastIndexOf(']');
        extended = extended.substring(0, end)
                + ",{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"id\":\"broken\"}}"
                + extended.substring(end);
        Path source = dir.resolve("source.geojson");
        Files.writeString(source, extended, StandardCharsets.UTF_8);
        GeoJsonEventStore original = GeoJsonEventStore.open(source);
        assertThat(original.loadReport().problems()).hasSize(1);

        String uri = server.as("editor").text();
        CommandRun in = CommandRun.of("store", "copy", source.toString(), uri);
        assertThat(in.exitCode()).as(in.err()).isZero();
        assertThat(in.out()).contains("copied " + original.size() + " events and 1 unreadable features kept");

        Path back = dir.resolve("back.geojson");
        CommandRun out = CommandRun.of("store", "copy", uri, back.toString());
        assertThat(out.exitCode()).as(out.err()).isZero();
        GeoJsonEventStore copy = GeoJsonEventStore.open(back);
        assertThat(copy.all()).isEqualTo(original.all());
        assertThat(copy.topMembers()).isEqualTo(original.topMembers());
        String first = original.all().get(0).id();
        assertThat(copy.featureMembers(first))
                .isEqualTo(original.featureMembers(first))
                .containsKey("bbox");
        assertThat(copy.unreadableFeatures()).isEqualTo(original.unreadableFeatures());
        assertThat(copy.loadReport().problems()).hasSize(1);
    }

    @Test
    void refusesToCopyIntoADatabaseThatHoldsEvents() throws Exception {
        String uri = server.as("editor").text();
        assertThat(CommandRun.of("store", "copy", "data/events.geojson", uri).exitCode())
                .isZero();
        CommandRun again = CommandRun.of("store", "copy", "data/events.geojson", uri);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("already holds events; copy only into an empty store");
    }

    @Test
    void aViewerCannotImportAndIsToldWhy() throws Exception {
        Path csv = dir.resolve("in.csv");
        assertThat(CommandRun.of("export-csv", "data/events.geojson", "--out", csv.toString())
                        .exitCode())
                .isZero();
        CommandRun run = CommandRun.of(
                "import-acled", csv.toString(), "--into", server.as("viewer").text());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("viewer may not do this: PostgreSQL refused it");
    }

    @Test
    void aLocationWithAPasswordIsRefusedBeforeAnythingConnects() {
        CommandRun run = CommandRun.of(
                "store", "copy", "data/events.geojson", "postgresql://editor:secret@127.0.0.1:5432/borderwatch");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("holds a password; put it in ~/.pgpass or PGPASSWORD")
                .doesNotContain("secret");
    }
}
