package org.borderwatch.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.events.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentStoresTest {
    @TempDir
    Path dir;

    @Test
    void latestOpenedComesFirstOnceAndTheListIsKeptBetweenRuns() throws Exception {
        RecentStores recent = new RecentStores(dir.resolve("cfg/recent-stores.json"));
        recent.remember(f(dir.resolve("a.geojson")));
        recent.remember(f(dir.resolve("b.geojson")));
        recent.remember(f(dir.resolve("sub/../a.geojson")));
        assertThat(new RecentStores(dir.resolve("cfg/recent-stores.json")).list())
                .containsExactly(f(dir.resolve("a.geojson")), f(dir.resolve("b.geojson")));
    }

    @Test
    void keepsOnlyTheLatestEight() throws Exception {
        RecentStores recent = new RecentStores(dir.resolve("recent-stores.json"));
        for (int i = 0; i < 12; i++) recent.remember(f(dir.resolve("s" + i + ".geojson")));
        assertThat(recent.list()).hasSize(RecentStores.LIMIT).first().isEqualTo(f(dir.resolve("s11.geojson")));
        assertThat(recent.list()).last().isEqualTo(f(dir.resolve("s4.geojson")));
    }

    @Test
    void keepsDatabaseLocationsAsTheirUriWithoutAPassword() throws Exception {
        Path file = dir.resolve("recent-stores.json");
        RecentStores recent = new RecentStores(file);
        StoreLocation db = StoreLocation.parse("postgresql://editor@127.0.0.1:5433/borderwatch?sslmode=require");
        recent.remember(f(dir.resolve("a.geojson")));
        recent.remember(db);
        assertThat(new RecentStores(file).list()).containsExactly(db, f(dir.resolve("a.geojson")));
        assertThat(Files.readString(file)).contains("postgresql://editor@127.0.0.1:5433/borderwatch?sslmode=require");
    }

    private static StoreLocation f(Path path) {
        return new StoreLocation.File(path);
    }

    @Test
    void brokenListIsReplacedNotFatal() throws Exception {
        Path file = dir.resolve("recent-stores.json");
        Files.writeString(file, "{ not a list");
        RecentStores recent = new RecentStores(file);
        assertThat(recent.list()).isEmpty();
        assertThat(recent.remember(f(dir.resolve("x.geojson")))).containsExactly(f(dir.resolve("x.geojson")));
    }
}
