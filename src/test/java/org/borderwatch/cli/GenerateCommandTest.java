package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void theSameCountAndSeedWriteTheSameFile() throws Exception {
        Path a = dir.resolve("a.geojson"), b = dir.resolve("b.geojson"), c = dir.resolve("c.geojson");

        assertThat(CommandRun.of("generate", "1000", "--out", a.toString(), "--seed", "4")
                        .exitCode())
                .isZero();
        assertThat(CommandRun.of("generate", "1000", "--out", b.toString(), "--seed", "4")
                        .exitCode())
                .isZero();
        assertThat(CommandRun.of("generate", "1000", "--out", c.toString(), "--seed", "5")
                        .exitCode())
                .isZero();

        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b)).isNotEqualTo(Files.readAllBytes(c));
    }

    @Test
    void generatedStoreValidatesWithinTheRegion() throws Exception {
        Path file = dir.resolve("g.geojson");
        CommandRun.of("generate", "2000", "--out", file.toString());

        CommandRun run = CommandRun.of("validate", file.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        var store = org.borderwatch.events.geojson.GeoJsonEventStore.open(file);
        assertThat(store.size()).isEqualTo(2000);
        assertThat(store.all()).allSatisfy(e -> {
            assertThat(e.lon()).isBetween(18.5, 23.5);
            assertThat(e.lat()).isBetween(41.5, 44.5);
        });
    }

    @Test
    void refusesANegativeCount() {
        CommandRun run = CommandRun.of(
                "generate", "-5", "--out", dir.resolve("x.geojson").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("N must be between 0 and 10,000,000, got -5");
    }
}
