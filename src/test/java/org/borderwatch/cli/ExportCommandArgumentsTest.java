package org.borderwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad arguments are refused before anything is loaded, with a message naming the option and a non-zero exit. */
class ExportCommandArgumentsTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertThat(run("export", "--out", dir.resolve("map.jpg").toString())).isEqualTo(ExportCommand.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("map.jpg").contains("use .png, .svg or .pdf");
    }

    @Test
    void aBboxThatIsNotFourNumbersIsRefused() {
        assertThat(run(
                        "export",
                        "--bbox",
                        "20,42,x,43",
                        "--out",
                        dir.resolve("m.png").toString()))
                .isEqualTo(ExportCommand.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("bbox \"20,42,x,43\"").contains("\"x\" is not a number");
    }

    @Test
    void aBadSizeDateKindOrWindowIsRefusedNamingTheOption() {
        Path out = dir.resolve("m.png");
        assertThat(run("export", "--size", "huge", "--out", out.toString())).isEqualTo(ExportCommand.BAD_ARGUMENTS);
        assertThat(run("export", "--from", "24/09/2023", "--out", out.toString()))
                .isEqualTo(ExportCommand.BAD_ARGUMENTS);
        assertThat(run("export", "--kinds", "riot", "--out", out.toString())).isEqualTo(ExportCommand.BAD_ARGUMENTS);
        assertThat(run("export", "--from", "2023-10-01", "--to", "2023-09-01", "--out", out.toString()))
                .isEqualTo(ExportCommand.BAD_ARGUMENTS);
        assertThat(err.toString())
                .contains("size \"huge\"")
                .contains("--from: \"24/09/2023\"")
                .contains("--kinds: \"riot\"")
                .contains("ends (2023-09-01) before it starts (2023-10-01)");
    }

    @Test
    void bboxAndExtentTogetherAreRefused() {
        assertThat(run(
                        "export",
                        "--bbox",
                        "20,42,21,43",
                        "--extent",
                        "1,2,3,4",
                        "--out",
                        dir.resolve("m.png").toString()))
                .isEqualTo(ExportCommand.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("--bbox or --extent, not both");
    }

    @Test
    void aMissingOutIsAUsageError() {
        assertThat(run("export", "--size", "a4")).isEqualTo(ExportCommand.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("--out");
    }

    @Test
    void aMissingStoreIsNamed() {
        assertThat(run(
                        "export",
                        "--store",
                        dir.resolve("none.geojson").toString(),
                        "--out",
                        dir.resolve("m.png").toString()))
                .isEqualTo(ExportCommand.FAILED);
        assertThat(err.toString()).contains("none.geojson");
    }
}
