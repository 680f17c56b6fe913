package org.borderwatch.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that saves the store in a loop (SIGKILL, no shutdown hooks) at random moments, 100
 * times: afterwards the file must always load cleanly and hold exactly the old or the new content.
 */
class AtomicSaveInterruptionTest {

    private static final int KILLS = 100;

    @TempDir
    Path dir;

    static Event extraEvent() {
        return new Event(
                "extra-1",
                EventKind.INCIDENT,
                "protest",
                "Extra",
                null,
                EventDate.parse("2023-06-01"),
                null,
                null,
                new org.locationtech.jts.geom.GeometryFactory()
                        .createPoint(new org.locationtech.jts.geom.Coordinate(20, 43)),
                new Precision(Precision.Level.SETTLEMENT, 0),
                null,
                null,
                null,
                List.of(new Source(null, null, "https://example.org/e", null)),
                Confidence.REPORTED,
                null,
                null,
                null);
    }

    @Test
    void aSaveKilledAtRandomPointsLeavesTheOldOrTheNewFileNeverAMix() throws Exception {
        Path file = dir.resolve("events.geojson");
        GeoJsonEventStore.write(file, new SyntheticEvents(3000, 3));
        byte[] without = Files.readAllBytes(file);
        Path other = dir.resolve("with.geojson");
        Files.copy(file, other);
        GeoJsonEventStore with = GeoJsonEventStore.open(other);
        with.add(extraEvent());
        with.save(false);
        byte[] withExtra = Files.readAllBytes(other);
        Files.delete(other);
        Files.deleteIfExists(dir.resolve("with.geojson.bak"));

        Random random = new Random(42);
        int killedMidWrite = 0;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(
                            java,
                            "-Xshare:auto",
                            "-XX:TieredStopAtLevel=1",
                            "-cp",
                            System.getProperty("java.class.path"),
                            SaveLoop.class.getName(),
                            file.toString())
                    .redirectErrorStream(true)
                    .start();
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).as("child start, kill " + kill).isEqualTo("ready");
            // every other kill waits for a temporary file, so that on a busy machine too many land mid-write
            if (kill % 2 == 0) awaitTemporaryFile(dir);
            Thread.sleep(random.nextInt(kill % 2 == 0 ? 5 : 120));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            byte[] now = Files.readAllBytes(file);
            assertThat(Arrays.equals(now, without) || Arrays.equals(now, withExtra))
                    .as("after kill %d the file is the old or the new content (%d bytes)", kill, now.length)
                    .isTrue();
            assertThat(GeoJsonEventStore.open(file).loadReport().isClean()).isTrue();
            try (var leftovers = Files.list(dir)) {
                List<Path> temps = leftovers
                        .filter(p -> p.getFileName().toString().endsWith(".tmp"))
                        .toList();
                if (!temps.isEmpty()) killedMidWrite++;
                for (Path t : temps) Files.delete(t);
            }
        }
        // proves the kills landed inside saves, not only between them
        assertThat(killedMidWrite).as("kills that interrupted a save mid-write").isGreaterThan(KILLS / 4);
    }

    private static void awaitTemporaryFile(Path dir) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            try (var files = Files.list(dir)) {
                if (files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"))) return;
            }
            Thread.sleep(1);
        }
    }
}
