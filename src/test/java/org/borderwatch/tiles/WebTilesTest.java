package org.borderwatch.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebTilesTest {

    @TempDir
    Path cache;

    private TileServer server;
    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void start() throws Exception {
        server = new TileServer(id -> TestTiles.tile(TestTiles.colourOf(id), 256, "png"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WebTiles tiles(Duration timeout) {
        return new WebTiles(TilePreset.parse(server.template()), cache, "BorderWatch/test (unit test)", timeout, clock);
    }

    @Test
    void fetchesATileNamingTheAppInTheUserAgentAndServesItFromDiskAfterwards() throws Exception {
        TileId id = new TileId(9, 284, 186);
        assertThat(tiles(Duration.ofSeconds(5)).read(id).getRGB(5, 5))
                .isEqualTo(TestTiles.colourOf(id).getRGB());
        // a new reader over the same cache folder, as after a restart: no second request while the tile is fresh
        assertThat(tiles(Duration.ofSeconds(5)).read(id).getRGB(5, 5))
                .isEqualTo(TestTiles.colourOf(id).getRGB());
        assertThat(server.paths()).containsExactly("/9/284/186.png");
        assertThat(server.userAgents()).containsExactly("BorderWatch/test (unit test)");
    }

    @Test
    void fetchesAgainOnceMaxAgeHasPassed() throws Exception {
        server.cacheControl("public, max-age=60");
        TileId id = new TileId(3, 4, 2);
        WebTiles web = tiles(Duration.ofSeconds(5));
        web.read(id);
        clock.advance(Duration.ofSeconds(59));
        web.read(id);
        assertThat(server.paths()).hasSize(1);
        clock.advance(Duration.ofSeconds(2));
        web.read(id);
        assertThat(server.paths()).hasSize(2);
    }

    @Test
    void drawsExpiredTilesFromTheCacheWhenTheServerIsDown() throws Exception {
        server.cacheControl("max-age=10");
        TileId id = new TileId(5, 17, 11);
        WebTiles web = tiles(Duration.ofSeconds(5));
        web.read(id);
        clock.advance(Duration.ofHours(1));
        server.down(true);
        assertThat(web.read(id).getRGB(1, 1)).isEqualTo(TestTiles.colourOf(id).getRGB());
        server.close();
        assertThat(tiles(Duration.ofSeconds(2)).read(id).getRGB(1, 1))
                .isEqualTo(TestTiles.colourOf(id).getRGB());
    }

    @Test
    void namesTheServerAndTileOfEachFault() {
        WebTiles web = tiles(Duration.ofMillis(800));
        String host = "127.0.0.1, tile ";
        TileId missing = new TileId(4, 1, 1);
        TileId failing = new TileId(4, 1, 2);
        TileId slow = new TileId(4, 1, 3);
        TileId garbage = new TileId(4, 1, 4);
        server.fault(missing, TileServer.Fault.NOT_FOUND);
        server.fault(failing, TileServer.Fault.SERVER_ERROR);
        server.fault(slow, TileServer.Fault.SLOW);
        server.fault(garbage, TileServer.Fault.GARBAGE);
        assertThatThrownBy(() -> web.read(missing)).hasMessage(host + "4/1/1: the server has no such tile (HTTP 404)");
        assertThatThrownBy(() -> web.read(failing)).hasMessage(host + "4/1/2: answered HTTP 500");
        assertThatThrownBy(() -> web.read(slow)).hasMessage(host + "4/1/3: no answer within 0.8 s");
        assertThatThrownBy(() -> web.read(garbage)).hasMessageStartingWith(host + "4/1/4: not a PNG or JPEG tile");
    }

    @Test
    void reportsEachFailingTileOnceAndKeepsDrawingTheRest() throws Exception {
        TileId bad = new TileId(2, 1, 1);
        server.fault(bad, TileServer.Fault.SERVER_ERROR);
        List<String> problems = new CopyOnWriteArrayList<>();
        try (TileSource source = new TileSource(tiles(Duration.ofSeconds(5)), 2, problems::add)) {
            List<TileId> all = new ArrayList<>();
            for (int x = 0; x < 4; x++) for (int y = 0; y < 4; y++) all.add(new TileId(2, x, y));
            assertThat(source.await(all, Duration.ofSeconds(20))).isTrue();
            source.request(bad);
            source.await(List.of(bad), Duration.ofSeconds(5));
            assertThat(source.cached(bad)).isNull();
            assertThat(all.stream().filter(id -> source.cached(id) != null)).hasSize(15);
            assertThat(problems).containsExactly("127.0.0.1, tile 2/1/1: answered HTTP 500");
        }
        assertThat(server.mostConcurrentRequests()).isLessThanOrEqualTo(2);
    }

    @Test
    void tellsListenersWhenATileArrives() throws Exception {
        TileId id = new TileId(1, 1, 0);
        java.util.concurrent.CountDownLatch arrived = new java.util.concurrent.CountDownLatch(1);
        try (TileSource source = new TileSource(tiles(Duration.ofSeconds(5)), 2, p -> {})) {
            source.addListener(arrived::countDown);
            assertThat(source.cached(id)).isNull();
            source.request(id);
            assertThat(arrived.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(source.cached(id)).isNotNull();
            assertThat(source.version()).isEqualTo(1);
        }
    }

    @Test
    void takesWmtsRestAndSubdomainTemplates() {
        TileTemplate wmts = new TileTemplate(
                "https://maps.example.org/wmts/topo/GoogleMapsCompatible/{TileMatrix}/{TileRow}/{TileCol}.png");
        assertThat(wmts.uri(new TileId(7, 70, 45)).toString())
                .isEqualTo("https://maps.example.org/wmts/topo/GoogleMapsCompatible/7/45/70.png");
        TileTemplate s = TilePreset.OPENTOPOMAP.template();
        assertThat(s.uri(new TileId(1, 1, 0)).getHost()).isEqualTo("b.tile.opentopomap.org");
        assertThat(new TileTemplate("http://h/{z}/{x}/{-y}.png")
                        .uri(new TileId(2, 1, 0))
                        .getPath())
                .isEqualTo("/2/1/3.png");
        assertThatThrownBy(() -> new TileTemplate("https://h/{z}/{x}.png"))
                .hasMessageContaining("needs {z}, {x} and {y}");
        assertThatThrownBy(() -> TilePreset.parse("osmm")).hasMessageContaining("must start with http");
        assertThat(TilePreset.parse("osm").attribution()).contains("OpenStreetMap contributors");
    }

    @Test
    void asksAgainEachTimeWhenTheServerSaysNoCache() throws Exception {
        server.cacheControl("no-cache");
        TileId id = new TileId(1, 0, 0);
        WebTiles web = tiles(Duration.ofSeconds(5));
        web.read(id);
        web.read(id);
        assertThat(server.paths()).hasSize(2);
    }

    /** A clock the tests move forward. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
