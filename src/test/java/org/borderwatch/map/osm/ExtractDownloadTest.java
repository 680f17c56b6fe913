package org.borderwatch.map.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fetches a Geofabrik-layout zip from a real HTTP server on the loopback address, started by the test, serving the
 * zip and its {@code .md5} as Geofabrik does (with Range support); never the internet.
 */
class ExtractDownloadTest {

    @TempDir
    Path tmp;

    private HttpServer server;
    private byte[] zip;
    private String md5;
    /** The Range header of each zip request, "" when none. */
    private final List<String> ranges = new CopyOnWriteArrayList<>();
    /** When set, the next zip request is cut after this many bytes. */
    private volatile int cutAfter = -1;

    @BeforeEach
    void serve() throws IOException {
        Path zipFile = GeofabrikFixture.zip(GeofabrikFixture.kosovo(tmp.resolve("src")), tmp.resolve("k.zip"), 400_000);
        zip = Files.readAllBytes(zipFile);
        md5 = ExtractDownload.md5(zipFile);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/europe/kosovo-latest-free.shp.zip.md5", ex -> {
            byte[] body = (md5 + "  kosovo-latest-free.shp.zip\n").getBytes(StandardCharsets.US_ASCII);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/europe/kosovo-latest-free.shp.zip", this::zipAnswer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void zipAnswer(HttpExchange ex) throws IOException {
        String range = ex.getRequestHeaders().getFirst("Range");
        ranges.add(range == null ? "" : range);
        int from = 0;
        if (range != null && range.startsWith("bytes="))
            from = Integer.parseInt(range.substring(6, range.indexOf('-')));
        if (from >= zip.length) {
            ex.sendResponseHeaders(416, -1);
            ex.close();
            return;
        }
        if (from > 0) {
            ex.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (zip.length - 1) + "/" + zip.length);
            ex.sendResponseHeaders(206, zip.length - from);
        } else {
            ex.sendResponseHeaders(200, zip.length);
        }
        int cut = cutAfter;
        cutAfter = -1;
        OutputStream out = ex.getResponseBody();
        if (cut >= 0) {
            out.write(zip, from, cut);
            out.flush();
            // the server drops a connection whose handler fails: the rest goes unsent, as in a network cut
            throw new IOException("test cuts the connection after " + cut + " bytes");
        }
        out.write(zip, from, zip.length - from);
        out.close();
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/europe/kosovo-latest-free.shp.zip");
    }

    private final ExtractDownload download = new ExtractDownload(ExtractDownload.defaultClient(), "BorderWatch test");

    @Test
    void downloadsChecksAgainstTheMd5AndKeepsTheFileUnderItsName() throws Exception {
        Path folder = tmp.resolve("dl");
        Optional<Path> kept = download.fetch(url(), folder, (d, t) -> {}, () -> false);

        assertThat(kept).contains(folder.resolve("kosovo-latest-free.shp.zip"));
        assertThat(Files.readAllBytes(kept.get())).isEqualTo(zip);
        assertThat(folder.resolve("kosovo-latest-free.shp.zip.part")).doesNotExist();
    }

    @Test
    void aPausedDownloadResumesWithARangeRequest() throws Exception {
        Path folder = tmp.resolve("dl");
        long[] seen = {0};
        Optional<Path> first = download.fetch(url(), folder, (d, t) -> seen[0] = d, () -> seen[0] > 0);
        assertThat(first).isEmpty();
        long partial = Files.size(folder.resolve("kosovo-latest-free.shp.zip.part"));
        assertThat(partial).isPositive().isLessThan(zip.length);

        Optional<Path> second = download.fetch(url(), folder, (d, t) -> {}, () -> false);

        assertThat(ranges).containsExactly("", "bytes=" + partial + "-");
        assertThat(Files.readAllBytes(second.get())).isEqualTo(zip);
    }

    @Test
    void aCutDownloadKeepsItsPartAndTheNextFetchGoesOnFromThere() throws Exception {
        Path folder = tmp.resolve("dl");
        cutAfter = 1000;
        assertThatThrownBy(() -> download.fetch(url(), folder, (d, t) -> {}, () -> false))
                .isInstanceOf(ExtractException.class)
                .hasMessageStartingWith("kosovo-latest-free.shp.zip: ");
        assertThat(folder.resolve("kosovo-latest-free.shp.zip")).doesNotExist();
        assertThat(Files.size(folder.resolve("kosovo-latest-free.shp.zip.part")))
                .isEqualTo(1000);
        Optional<Path> kept = download.fetch(url(), folder, (d, t) -> {}, () -> false);

        assertThat(ranges).last().isEqualTo("bytes=1000-");
        assertThat(Files.readAllBytes(kept.get())).isEqualTo(zip);
    }

    @Test
    void aWrongMd5IsRefusedAndNothingIsKept() throws Exception {
        md5 = "0123456789abcdef0123456789abcdef";
        Path folder = tmp.resolve("dl");

        assertThatThrownBy(() -> download.fetch(url(), folder, (d, t) -> {}, () -> false))
                .isInstanceOf(ExtractException.class)
                .hasMessageContaining("kosovo-latest-free.shp.zip")
                .hasMessageContaining("0123456789abcdef0123456789abcdef")
                .hasMessageContaining("deleted");
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void offlineSaysSoAndDownloadsNothing() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/europe/kosovo-latest-free.shp.zip");
        Path folder = tmp.resolve("dl");

        assertThatThrownBy(() -> download.fetch(nowhere, folder, (d, t) -> {}, () -> false))
                .isInstanceOf(ExtractException.class)
                .hasMessageContaining("kosovo-latest-free.shp.zip")
                .hasMessageContaining("offline");
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void fetchKeepsTheExtractCutToTheRegionAsABaseMapFolder() throws Exception {
        BaseMapFolder base = new BaseMapFolder(tmp.resolve("data"), tmp.resolve("cache"), tmp.resolve("config"));
        Optional<Path> kept = base.fetch(url(), download, (d, t) -> {}, () -> false);

        assertThat(kept).contains(tmp.resolve("data/kosovo"));
        assertThat(base.extracts()).containsExactly(tmp.resolve("data/kosovo"));
        OsmBaseMap map = base.open().orElseThrow();
        assertThat(map.layers()).extracting(l -> l.name()).contains("osm_roads", "osm_places", "osm_waterways");
        assertThat(map.problems()).isEmpty();
    }
}
