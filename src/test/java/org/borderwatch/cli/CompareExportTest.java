package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two-panel exports and the border regime on exports, end to end on the shipped maps and data. */
class CompareExportTest {

    @TempDir
    Path dir;

    @Test
    void comparePdfHasBothDatesAsPanelTitlesAndOneLegendAndRedoesFromItsMetadata() throws Exception {
        Path pdf = dir.resolve("buildup.pdf");
        CommandRun run = CommandRun.of(
                "export",
                "--store",
                "data/events.geojson",
                "--bbox",
                "20.2,42.6,21.7,43.35",
                "--size",
                "a4",
                "--compare",
                "2023-09-01,2023-10-01",
                "--gsz",
                "--out",
                pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = pdfText(pdf);
        assertThat(text)
                .contains("2023-09-01 (")
                .contains("2023-10-01 (")
                .contains("Crossing status on each map's date")
                .contains("closed to entry from Serbia")
                .contains("Ground Safety Zone");
        assertThat(text.split("Legend", -1)).hasSize(2);

        Path again = dir.resolve("again.svg");
        CommandRun redo = CommandRun.of("export", "--from-metadata", pdf.toString(), "--out", again.toString());
        assertThat(redo.exitCode()).as(redo.err()).isZero();
        String svg = Files.readString(again);
        assertThat(svg)
                .contains("2023-09-01 (")
                .contains("2023-10-01 (")
                .contains("&quot;compare&quot;")
                .contains("&quot;gsz&quot;:true");
    }

    @Test
    void comparePanelsDifferWhereTheCrossingsChanged() throws Exception {
        Path png = dir.resolve("c.png");
        CommandRun run = CommandRun.of(
                "export",
                "--store",
                "data/events.geojson",
                "--bbox",
                "20.4,42.8,21.0,43.3",
                "--size",
                "1600x900",
                "--compare",
                "2023-09-20,2023-09-25",
                "--out",
                png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        // the left half and the right half of the page differ: Jarinje and Brnjak changed status on 24 September
        int w = image.getWidth() / 2;
        long differing = 0;
        for (int y = 150; y < image.getHeight() - 100; y += 2)
            for (int x = 20; x < w - 300; x += 2)
                if (image.getRGB(x, y) != image.getRGB(x + (w - 300) / 2 + 8, y)) differing++;
        assertThat(differing).isPositive();
    }

    @Test
    void aSingleExportListsEachCrossingsStatusOnItsLastDay() throws Exception {
        Path pdf = dir.resolve("one.pdf");
        CommandRun run = CommandRun.of(
                "export",
                "--store",
                "data/events.geojson",
                "--bbox",
                "20.2,42.6,21.7,43.35",
                "--size",
                "a4",
                "--to",
                "2022-12-15",
                "--out",
                pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(pdfText(pdf))
                .contains("Crossings on 2022-12-15")
                .contains("Jarinje: closed")
                .contains("Merdare: open");
    }

    @Test
    void anExportWithNoEndShowsTheCrossingsOnTheStoresLastDayAsTheAppDoes() throws Exception {
        Path pdf = dir.resolve("open-end.pdf");
        CommandRun run = CommandRun.of(
                "export",
                "--store",
                "data/events.geojson",
                "--bbox",
                "20.2,42.6,21.7,43.35",
                "--size",
                "a4",
                "--from",
                "2023-09-01",
                "--out",
                pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String lastDay = GeoJsonEventStore.open(Path.of("data/events.geojson")).all().stream()
                .map(Event::lastDay)
                .max(LocalDate::compareTo)
                .orElseThrow()
                .toString();
        assertThat(pdfText(pdf)).contains("Crossings on " + lastDay).doesNotContain("status not shown");
    }

    @Test
    void aCalloutOfAnEventAtACrossingSaysTheCrossingsStatusOnTheLastDay() throws Exception {
        Path pdf = dir.resolve("callout.pdf");
        CommandRun run = CommandRun.of(
                "export",
                "--store",
                "data/events.geojson",
                "--bbox",
                "20.2,42.6,21.7,43.35",
                "--size",
                "a4",
                "--to",
                "2023-10-10",
                "--select",
                "2023-09-24-jarinje-closed-after-banjska",
                "--out",
                pdf.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(pdfText(pdf).replaceAll("\\s+", " ")).contains("· Jarinje: closed to entry from Serbia");
    }

    @Test
    void refusesACompareWithOneDay() {
        CommandRun run = CommandRun.of(
                "export",
                "--compare",
                "2023-09-01",
                "--out",
                dir.resolve("x.png").toString());
        assertThat(run.exitCode()).isEqualTo(ExportCommand.BAD_ARGUMENTS);
        assertThat(run.err()).contains("--compare needs two days");
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
