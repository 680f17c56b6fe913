package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.map.osm.GeofabrikFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code basemap fetch} and {@code basemap list} against a Geofabrik-layout server on the loopback address. */
class BasemapCommandTest {

    @TempDir
    Path tmp;

    @Test
    void fetchKeepsTheExtractsAndListShowsTheirLayers() throws Exception {
        byte[] kosovo = Files.readAllBytes(
                GeofabrikFixture.zip(GeofabrikFixture.kosovo(tmp.resolve("k")), tmp.resolve("k.zip"), 100));
        byte[] serbia = Files.readAllBytes(
                GeofabrikFixture.zip(GeofabrikFixture.serbia(tmp.resolve("s")), tmp.resolve("s.zip"), 100));
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve(server, "/europe/kosovo-latest-free.shp.zip", kosovo);
        serve(server, "/europe/serbia-latest-free.shp.zip", serbia);
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/europe/";
            Path data = tmp.resolve("data");
            CommandRun fetch = CommandRun.of(
                    "basemap",
                    "fetch",
                    "--data-dir",
                    data.toString(),
                    "--url",
                    base + "kosovo-latest-free.shp.zip",
                    "--url",
                    base + "serbia-latest-free.shp.zip");
            assertThat(fetch.exitCode()).as(fetch.err()).isZero();
            assertThat(fetch.out())
                    .contains("kept " + data.resolve("basemap/kosovo"))
                    .contains("kept " + data.resolve("basemap/serbia"));

            CommandRun list = CommandRun.of("basemap", "list", "--data-dir", data.toString());
            assertThat(list.exitCode()).as(list.err()).isZero();
            assertThat(list.out())
                    .contains(data.resolve("basemap/kosovo") + ": landuse_a, natural, places, railways, roads,")
                    .contains(data.resolve("basemap/serbia") + ": places, roads, waterways");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void fetchOfflineSaysSoAndKeepsNothing() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        Path data = tmp.resolve("data");
        CommandRun run = CommandRun.of(
                "basemap",
                "fetch",
                "--data-dir",
                data.toString(),
                "--url",
                "http://127.0.0.1:" + closed + "/europe/kosovo-latest-free.shp.zip");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("basemap fetch: kosovo-latest-free.shp.zip: cannot reach 127.0.0.1:" + closed)
                .contains("offline");
        assertThat(data.resolve("basemap/kosovo")).doesNotExist();
    }

    private static void serve(HttpServer server, String path, byte[] body) throws Exception {
        String md5 = hex(java.security.MessageDigest.getInstance("MD5").digest(body));
        server.createContext(path + ".md5", ex -> {
            byte[] text =
                    (md5 + "  " + path.substring(path.lastIndexOf('/') + 1) + "\n").getBytes(StandardCharsets.US_ASCII);
            ex.sendResponseHeaders(200, text.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(text);
            }
        });
        server.createContext(path, ex -> {
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
