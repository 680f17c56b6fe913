package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.borderwatch.tiles.TestTiles;
import org.borderwatch.tiles.TileId;
import org.borderwatch.tiles.TileServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code export --tiles} against a tile server on the loopback address. */
class ExportTilesTest {

    @TempDir
    Path dir;

    private TileServer server;
    private String cacheBefore;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        server = new TileServer(id -> TestTiles.tile(TestTiles.colourOf(id), 256, "png"));
        cacheBefore = System.getProperty("borderwatch.cache.dir");
        System.setProperty("borderwatch.cache.dir", dir.resolve("cache").toString());
    }

    @AfterEach
    void stop() {
        server.close();
        if (cacheBefore == null) System.clearProperty("borderwatch.cache.dir");
        else System.setProperty("borderwatch.cache.dir", cacheBefore);
    }

    private int run(Path target) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(
                "export",
                "--bbox",
                "20.2,42.6,21.4,43.3",
                "--size",
                "1280x720",
                "--tiles",
                server.template(),
                "--out",
                target.toString());
    }

    @Test
    void drawsTheTilesOfTheExportsResolutionUnderTheMapAndCreditsTheirServer() throws Exception {
        server.fault(new TileId(10, 571, 376), TileServer.Fault.SERVER_ERROR);
        Path png = dir.resolve("tiles.png");
        assertThat(run(png)).as(err.toString()).isZero();
        // the map frame of the page (beside the legend, inside the margins) is about 900 px wide for 1.2° of
        // longitude, near 150 m a pixel in Web Mercator: zoom 10's 153 m pixels are nearest
        assertThat(server.paths()).isNotEmpty().allMatch(p -> p.startsWith("/10/"));
        Set<Integer> colours = new HashSet<>();
        for (String p : server.paths()) {
            String[] zxy = p.replace(".png", "").split("/");
            colours.add(TestTiles.colourOf(
                            new TileId(Integer.parseInt(zxy[1]), Integer.parseInt(zxy[2]), Integer.parseInt(zxy[3])))
                    .getRGB());
        }
        BufferedImage image = ImageIO.read(png.toFile());
        int tilePixels = 0;
        for (int y = 0; y < image.getHeight(); y++)
            for (int x = 0; x < image.getWidth(); x++) if (colours.contains(image.getRGB(x, y))) tilePixels++;
        assertThat(tilePixels).as("pixels of the tiles' colours").isGreaterThan(1280 * 720 / 4);
        assertThat(err.toString()).contains("tiles: 127.0.0.1, tile 10/571/376: answered HTTP 500");

        Path svg = dir.resolve("tiles.svg");
        int requests = server.paths().size();
        assertThat(run(svg)).as(err.toString()).isZero();
        assertThat(Files.readString(svg)).contains("Tiles: 127.0.0.1");
        // the second export draws from the disk cache: only the failed tile is asked for again
        assertThat(server.paths().size() - requests).isLessThanOrEqualTo(1);
    }
}
