package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.borderwatch.geopackage.CraftedGeoPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code export --layer}: added layers drawn on the figure through the same painter, credited, and bad files named. */
class ExportLayerOptionTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Path target, String... layers) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "export", "--bbox", "20.2,42.6,21.4,43.3", "--size", "800x450", "--out", target.toString()));
        for (String l : layers) args.addAll(java.util.List.of("--layer", l));
        return cli.execute(args.toArray(String[]::new));
    }

    /** A square over the middle of the export's box. */
    private Path zone() throws Exception {
        return Files.writeString(dir.resolve("zone.geojson"), """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "zone"},
                  "geometry": {"type": "Polygon",
                   "coordinates": [[[20.7, 42.85], [20.9, 42.85], [20.9, 43.05], [20.7, 43.05], [20.7, 42.85]]]}}]}""");
    }

    @Test
    void anAddedLayerIsPaintedOnTheExportWhereItsFeaturesAre() throws Exception {
        Path plain = dir.resolve("plain.png");
        Path with = dir.resolve("with.png");
        assertThat(run(plain)).as(err.toString()).isZero();
        assertThat(run(with, zone().toString())).as(err.toString()).isZero();
        BufferedImage a = ImageIO.read(plain.toFile());
        BufferedImage b = ImageIO.read(with.toFile());
        // where it is drawn, the first palette colour (a red) tints the map
        int changed = 0;
        int redder = 0;
        for (int y = 0; y < a.getHeight(); y++)
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) == b.getRGB(x, y)) continue;
                changed++;
                java.awt.Color before = new java.awt.Color(a.getRGB(x, y));
                java.awt.Color after = new java.awt.Color(b.getRGB(x, y));
                if (after.getRed() - after.getBlue() > before.getRed() - before.getBlue()) redder++;
            }
        // the map takes about 500x300 px of the page, so the square about 7,000; the legend's new row changes a few
        // more
        assertThat(changed).isGreaterThan(3000);
        assertThat(redder).isGreaterThan(3000);
    }

    @Test
    void anAddedLayerIsCreditedAndInTheLegendOfAnSvg() throws Exception {
        Path svg = dir.resolve("map.svg");
        assertThat(run(svg, zone().toString())).as(err.toString()).isZero();
        String text = Files.readString(svg);
        assertThat(text).contains("zone.geojson");
        assertThat(text).contains(">zone<");
    }

    @Test
    void aGeoPackageWithBadRowsIsDrawnAndTheRowsAreListed() throws Exception {
        Path gpkg = CraftedGeoPackage.write(dir.resolve("crafted.gpkg"));
        assertThat(run(dir.resolve("map.png"), gpkg + ":towns"))
                .as(err.toString())
                .isZero();
        assertThat(err.toString())
                .contains("skipped crafted.gpkg, layer towns, row 3, field geom")
                .contains("skipped crafted.gpkg, layer towns, row 4, field population");
    }

    @Test
    void aRasterMbTilesFileGivenAsALayerIsDrawnOnTheExport() throws Exception {
        // every tile over the export's box at the zoom levels an 800 px figure of it can ask for
        byte[] magentaTile = org.borderwatch.tiles.TestTiles.tile(java.awt.Color.MAGENTA, 256, "png");
        java.util.Map<org.borderwatch.tiles.TileId, byte[]> tiles = new java.util.HashMap<>();
        for (int z = 6; z <= 12; z++) {
            int n = 1 << z;
            for (int x = tileX(20.2, n); x <= tileX(21.4, n); x++)
                for (int y = tileY(43.3, n); y <= tileY(42.6, n); y++)
                    tiles.put(new org.borderwatch.tiles.TileId(z, x, y), magentaTile);
        }
        Path mbtiles = org.borderwatch.tiles.TestTiles.mbtiles(
                dir.resolve("magenta.mbtiles"),
                java.util.Map.of("format", "png", "minzoom", "6", "maxzoom", "12", "name", "Magenta"),
                tiles,
                false);
        Path png = dir.resolve("tiles.png");

        assertThat(run(png, mbtiles.toString())).as(err.toString()).isZero();

        BufferedImage image = ImageIO.read(png.toFile());
        int magenta = 0;
        for (int y = 0; y < image.getHeight(); y++)
            for (int x = 0; x < image.getWidth(); x++) if (image.getRGB(x, y) == 0xFFFF00FF) magenta++;
        assertThat(magenta).as("pixels of the tile layer").isGreaterThan(image.getWidth() * image.getHeight() / 10);
    }

    private static int tileX(double lon, int n) {
        return (int) Math.floor((lon + 180) / 360 * n);
    }

    private static int tileY(double lat, int n) {
        double r = Math.toRadians(lat);
        return (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n);
    }

    @Test
    void aLayerFileThatIsMissingOrNotAGeoPackageFailsTheExportNamingIt() throws Exception {
        Path missing = dir.resolve("gone.shp");
        assertThat(run(dir.resolve("a.png"), missing.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--layer " + missing + ": " + missing + ": file not found");
        Path bad = Files.writeString(dir.resolve("notes.gpkg"), "plain text");
        assertThat(run(dir.resolve("b.png"), bad.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("notes.gpkg: not a GeoPackage");
        assertThat(Files.exists(dir.resolve("a.png"))).isFalse();
    }
}
