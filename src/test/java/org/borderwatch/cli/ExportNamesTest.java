package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.export.Exporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** export --names end to end on the shipped maps, events and gazetteer: labels, callouts and the metadata. */
class ExportNamesTest {

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

    /** The Banjska area at about 1:50,000 on an A4-wide page, the siege labelled. */
    private int exportBanjska(Path svg, String... more) {
        String[] base = {
            "export",
            "--store",
            "data/events.geojson",
            "--bbox",
            "20.70,42.93,20.87,43.02",
            "--size",
            "1600x1000",
            "--select",
            "2023-09-24-banjska-monastery-siege",
            "--out",
            svg.toString()
        };
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return run(all);
    }

    @Test
    void anExportWithCyrillicNamesHasCyrillicLabelsInItsSvg() throws Exception {
        Path svg = dir.resolve("cyrillic.svg");

        assertThat(exportBanjska(svg, "--names", "sr-Cyrl")).as(err.toString()).isZero();

        String doc = Files.readString(svg);
        assertThat(doc).contains(">Бањска<").contains(">Манастир Бањска<");
        assertThat(doc).doesNotContain(">Banjska<");
    }

    @Test
    void aTwoPanelExportNamesTheSitesFromTheGazetteerInTheChosenNames() throws Exception {
        Path svg = dir.resolve("compare.svg");

        assertThat(run(
                        "export",
                        "--store",
                        "data/events.geojson",
                        "--bbox",
                        "20.70,42.93,20.87,43.02",
                        "--size",
                        "1600x1000",
                        "--compare",
                        "2023-09-01,2023-10-01",
                        "--names",
                        "sr-Cyrl",
                        "--out",
                        svg.toString()))
                .as(err.toString())
                .isZero();

        assertThat(Files.readString(svg))
                .as("the monastery is a gazetteer site, named only by the gazetteer")
                .contains(">Манастир Бањска<");
    }

    @Test
    void theCalloutGivesThePlaceInTheChosenNamesAndItsDistanceRangeFromTheLine() throws Exception {
        Path svg = dir.resolve("callout.svg");

        assertThat(exportBanjska(svg, "--names", "dual")).as(err.toString()).isZero();

        assertThat(Files.readString(svg))
                .contains(">Manastiri i Banjskës / Manastir Banjska<")
                .containsPattern(">[0-9.]+(–[0-9.]+)? km from the Kosovo–Serbia line<");
    }

    @Test
    void theNamesAreRecordedInTheMetadataAndARedoUsesThem() throws Exception {
        Path first = dir.resolve("first.svg");
        assertThat(exportBanjska(first, "--names", "sr-Cyrl"))
                .as(err.toString())
                .isZero();
        assertThat(Exporter.readRequest(first, dir.resolve("unused.svg"), false).names())
                .isEqualTo("sr-Cyrl");

        Path again = dir.resolve("again.svg");
        assertThat(run("export", "--from-metadata", first.toString(), "--out", again.toString()))
                .as(err.toString())
                .isZero();

        assertThat(Files.readString(again)).contains(">Бањска<");
        assertThat(Exporter.readRequest(again, dir.resolve("unused.svg"), false).names())
                .isEqualTo("sr-Cyrl");
    }

    @Test
    void refusesAnUnknownNamesStyleNamingTheAllowedOnes() {
        assertThat(exportBanjska(dir.resolve("x.svg"), "--names", "cyrillic")).isEqualTo(ExportCommand.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("sr-Latn, sr-Cyrl, sq, en, dual");
    }
}
