package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The export command end to end, headless, on the shipped maps/ and data/events.geojson. */
class ExportCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String[] mapArgs(Path target, String... more) {
        String[] base = {
            "export",
            "--store",
            "data/events.geojson",
            "--bbox",
            "20.2,42.6,21.4,43.3",
            "--size",
            "1280x720",
            "--from",
            "2023-09-01",
            "--to",
            "2023-10-31",
            "--title",
            "Banjska and after",
            "--select",
            "2023-09-24-banjska-monastery-siege",
            "--out",
            target.toString()
        };
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void writesAPngOfTheRequestedSizeWithoutADisplay() throws Exception {
        Path png = dir.resolve("map.png");
        assertThat(run(mapArgs(png))).as(err.toString()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
        assertThat(out.toString()).contains("wrote " + png).contains("events");
    }

    @Test
    void uncertaintyDrawsTheCirclesOfClusteredEventsAndIsKeptForARedo() throws Exception {
        Path plain = dir.resolve("plain.png");
        Path every = dir.resolve("every.png");
        assertThat(run(mapArgs(plain))).as(err.toString()).isZero();
        assertThat(run(mapArgs(every, "--uncertainty"))).as(err.toString()).isZero();

        BufferedImage a = ImageIO.read(plain.toFile());
        BufferedImage b = ImageIO.read(every.toFile());
        int changed = 0;
        for (int y = 0; y < a.getHeight(); y++)
            for (int x = 0; x < a.getWidth(); x++) if (a.getRGB(x, y) != b.getRGB(x, y)) changed++;
        // at this scale the approximate events of the north sit in clusters, whose circles only --uncertainty draws
        assertThat(changed).as("pixels the circles change").isGreaterThan(2_000);
        assertThat(org.borderwatch.export.Exporter.readRequest(every, dir.resolve("redo.png"), false)
                        .allUncertainty())
                .isTrue();
        assertThat(org.borderwatch.export.Exporter.readRequest(plain, dir.resolve("redo.png"), false)
                        .allUncertainty())
                .isFalse();
    }

    @Test
    void refusesToOverwriteWithoutForceAndReplacesWithIt() throws Exception {
        Path svg = dir.resolve("map.svg");
        Files.writeString(svg, "keep me");
        assertThat(run(mapArgs(svg))).isEqualTo(ExportCommand.FAILED);
        assertThat(err.toString()).contains(svg + ": already exists").contains("--force");
        assertThat(Files.readString(svg)).isEqualTo("keep me");
        assertThat(run(mapArgs(svg, "--force"))).as(err.toString()).isZero();
        assertThat(Files.readString(svg)).contains("<svg").contains("Banjska and after");
    }

    @Test
    void redoesAnExportFromItsMetadataInAnotherFormat() throws Exception {
        Path png = dir.resolve("old.png");
        assertThat(run(mapArgs(png))).as(err.toString()).isZero();
        Path pdf = dir.resolve("new.pdf");
        assertThat(run("export", "--from-metadata", png.toString(), "--out", pdf.toString()))
                .as(err.toString())
                .isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Banjska and after").contains("1 September – 31 October 2023");
        }
        assertThat(err.toString()).doesNotContain("changed since");
    }

    @Test
    void warnsWhenTheStoreChangedSinceTheExport() throws Exception {
        Path store = dir.resolve("events.geojson");
        Files.copy(Path.of("data/events.geojson"), store);
        Path png = dir.resolve("old.png");
        assertThat(run("export", "--store", store.toString(), "--size", "800x600", "--out", png.toString()))
                .isZero();
        Files.writeString(store, Files.readString(store).replace("Banjska", "Banjska "));
        assertThat(run(
                        "export",
                        "--from-metadata",
                        png.toString(),
                        "--out",
                        dir.resolve("new.png").toString()))
                .isZero();
        assertThat(err.toString()).contains("changed since " + png);
    }

    @Test
    void writesNumberedFramesAndAnAnimatedGif() throws Exception {
        Path frames = Files.createDirectory(dir.resolve("frames"));
        assertThat(run(
                        "export",
                        "--store",
                        "data/events.geojson",
                        "--size",
                        "800x600",
                        "--from",
                        "2023-09-20",
                        "--frames",
                        "3",
                        "--step",
                        "7d",
                        "--window",
                        "cumulative",
                        "--out",
                        frames.toString()))
                .as(err.toString())
                .isZero();
        assertThat(frames.resolve("frame-001.png")).exists();
        assertThat(frames.resolve("frame-003.png")).exists();
        assertThat(frames.resolve("animation.gif")).exists();
        assertThat(out.toString()).contains("wrote 3 frames");
    }

    @Test
    void actorConfidenceAndTextFiltersAreAppliedStatedOnThePageAndRedone() throws Exception {
        Path pdf = dir.resolve("filtered.pdf");
        assertThat(run(
                        "export",
                        "--store",
                        "data/events.geojson",
                        "--size",
                        "a4",
                        "--actors",
                        "Kosovo Police",
                        "--confidence",
                        "confirmed",
                        "--text",
                        "Banjska",
                        "--out",
                        pdf.toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("events)").doesNotContain(" 0 events)");
        Path again = dir.resolve("again.pdf");
        assertThat(run("export", "--from-metadata", pdf.toString(), "--out", again.toString()))
                .as(err.toString())
                .isZero();
        for (Path p : new Path[] {pdf, again})
            try (PDDocument doc = Loader.loadPDF(p.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text)
                        .as(p.toString())
                        .contains("Actors: Kosovo Police")
                        .contains("Confidence: confirmed")
                        .contains("Matching: “Banjska”");
            }
        String[] wrote =
                out.toString().lines().filter(l -> l.startsWith("wrote")).toArray(String[]::new);
        assertThat(wrote[1].replace(again.toString(), "")).isEqualTo(wrote[0].replace(pdf.toString(), ""));
    }

    @Test
    void anUnknownConfidenceIsABadArgumentThatNamesTheOption() {
        assertThat(run(
                        "export",
                        "--confidence",
                        "rumoured",
                        "--out",
                        dir.resolve("a.png").toString()))
                .isEqualTo(ExportCommand.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("--confidence").contains("rumoured").contains("confirmed, reported");
    }

    @Test
    void anUnknownLayerOrCrsIsABadArgument() {
        assertThat(run(
                        "export",
                        "--layers",
                        "railways",
                        "--out",
                        dir.resolve("a.png").toString()))
                .isEqualTo(ExportCommand.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("layer \"railways\" does not exist").contains("countries");
        assertThat(run(
                        "export",
                        "--crs",
                        "EPSG:999999",
                        "--out",
                        dir.resolve("b.png").toString()))
                .isEqualTo(ExportCommand.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("EPSG:999999");
    }
}
