package org.borderwatch.events.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.borderwatch.events.SyntheticEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stores of 10 MB, which the fuzzer no longer grows to (its inputs stop at 64 KB so that it runs fast): each loads
 * within the fuzzer's hang bound (20 s), read in parts as a large file is. The 2 s is a figure for a quiet
 * machine, not a test assertion.
 */
class LargeStoreTest {
    private static final Duration HANG = Duration.ofSeconds(20);
    private static final int TEN_MB = 10 << 20;

    @TempDir
    Path dir;

    @Test
    void tenMegabytesOfFeaturesLoadWithinTheHangBound() throws Exception {
        Path file = dir.resolve("many.geojson");
        int events = 1;
        while (Files.notExists(file) || Files.size(file) < TEN_MB) {
            events *= 2;
            GeoJsonEventStore.write(file, new SyntheticEvents(events, 7));
        }
        int written = events;
        GeoJsonEventStore store = assertTimeoutPreemptively(HANG, () -> GeoJsonEventStore.open(file));
        assertThat(store.size()).isEqualTo(written);
    }

    @Test
    void aFeatureWithTenMegabytesOfTitleLoadsWithinTheHangBound() throws Exception {
        Path file = dir.resolve("long.geojson");
        String title = "\\u00eb\\\"".repeat(TEN_MB / 8);
        Files.writeString(
                file,
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
                        + "\"coordinates\":[20.8,42.9]},\"properties\":{\"id\":\"x\",\"kind\":\"incident\","
                        + "\"category\":\"c\",\"title\":\"" + title + "\",\"date\":\"2023-09-24\","
                        + "\"precision\":{\"level\":\"exact\"},\"sources\":[],\"confidence\":\"reported\"}}]}",
                StandardCharsets.UTF_8);
        GeoJsonEventStore store = assertTimeoutPreemptively(HANG, () -> GeoJsonEventStore.open(file));
        // loaded, or refused with the reason: either way an answer, not a hang
        assertThat(store.size() + store.loadReport().problems().size()).isPositive();
    }
}
