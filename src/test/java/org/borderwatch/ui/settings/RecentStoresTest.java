package org.borderwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentStoresTest {
    @TempDir
    Path dir;

    @Test
    void latestOpenedComesFirstOnceAndTheListIsKeptBetweenRuns() throws Exception {
        RecentStores recent = new RecentStores(dir.resolve("cfg/recent-stores.json"));
        recent.remember(dir.resolve("a.geojson"));
        recent.remember(dir.resolve("b.geojson"));
        recent.remember(dir.resolve("sub/../a.geojson"));
        assertThat(new RecentStores(dir.resolve("cfg/recent-stores.json")).list())
                .containsExactly(dir.resolve("a.geojson"), dir.resolve("b.geojson"));
    }

    @Test
    void keepsOnlyTheLatestEight() throws Exception {
        RecentStores recent = new RecentStores(dir.resolve("recent-stores.json"));
        for (int i = 0; i < 12; i++) recent.remember(dir.resolve("s" + i + ".geojson"));
        assertThat(recent.list()).hasSize(RecentStores.LIMIT).first().isEqualTo(dir.resolve("s11.geojson"));
        assertThat(recent.list()).last().isEqualTo(dir.resolve("s4.geojson"));
    }

    @Test
    void brokenListIsReplacedNotFatal() throws Exception {
        Path file = dir.resolve("recent-stores.json");
        Files.writeString(file, "{ not a list");
        RecentStores recent = new RecentStores(file);
        assertThat(recent.list()).isEmpty();
        assertThat(recent.remember(dir.resolve("x.geojson"))).containsExactly(dir.resolve("x.geojson"));
    }
}
