package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.borderwatch.map.osm.GeofabrikFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code export --basemap}: an OpenStreetMap extract drawn under the figure as the window draws it, or none. */
class ExportBasemapOptionTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int export(Path target, String... more) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "export", "--bbox", "20.7,42.8,21.0,43.0", "--size", "800x450", "--out", target.toString()));
        args.addAll(java.util.List.of(more));
        return cli.execute(args.toArray(String[]::new));
    }

    @Test
    void aGeofabrikZipIsDrawnOverTheShippedMapAndNoneLeavesItOut() throws Exception {
        Path zip = GeofabrikFixture.zip(GeofabrikFixture.kosovo(dir.resolve("k")), dir.resolve("kosovo.zip"), 100);
        Path shipped = dir.resolve("shipped.png");
        Path detailed = dir.resolve("detailed.png");

        assertThat(export(shipped, "--basemap", "none")).as(err.toString()).isZero();
        assertThat(export(detailed, "--basemap", zip.toString()))
                .as(err.toString())
                .isZero();

        BufferedImage a = ImageIO.read(shipped.toFile());
        BufferedImage b = ImageIO.read(detailed.toFile());
        long changed = 0;
        for (int y = 0; y < a.getHeight(); y++)
            for (int x = 0; x < a.getWidth(); x++) if (a.getRGB(x, y) != b.getRGB(x, y)) changed++;
        assertThat(changed).as("pixels the extract changed").isGreaterThan(a.getWidth() * a.getHeight() / 100);
    }

    @Test
    void aPathThatIsNoExtractIsRefusedByName() throws Exception {
        Path notOne = Files.createDirectories(dir.resolve("holiday-photos"));

        assertThat(export(dir.resolve("x.png"), "--basemap", notOne.toString())).isNotZero();

        assertThat(err.toString()).contains("--basemap " + notOne + ": not a Geofabrik extract");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }
}
