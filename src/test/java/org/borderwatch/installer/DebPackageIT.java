package org.borderwatch.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb that {@code mvn -Pinstaller package} makes, unpacked into a scratch root as dpkg would install it, runs:
 * its {@code borderwatch} prints the version and exports a map headless with the maps and events it carries. An
 * integration test (failsafe, after {@code package}), because it drives the profile, and jpackage takes minutes.
 * Skips, saying what is missing, on a machine without dpkg-deb, fakeroot (jpackage needs both for a .deb), jpackage
 * or Maven.
 */
class DebPackageIT {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static Path deb;
    private static String buildLog;

    @TempDir
    static Path scratch;

    @BeforeAll
    static void buildTheDebWithTheInstallerProfile() throws Exception {
        for (String tool : List.of("dpkg-deb", "fakeroot", "jpackage", "mvn"))
            assumeTrue(
                    onPath(tool),
                    tool + " is not on the PATH, so the .deb is not built or checked (.ci/run installs it)");
        Path log = scratch.resolve("installer-build.log");
        ProcessBuilder build = new ProcessBuilder(
                        "mvn", "-B", "-Dstyle.color=never", "-Pinstaller", "-DskipTests", "package")
                .directory(PROJECT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // gzip -1 instead of dpkg-deb's xz -6: the same files in the package, minutes less on a two-core machine
        build.environment().put("DPKG_DEB_COMPRESSOR_TYPE", "gzip");
        build.environment().put("DPKG_DEB_COMPRESSOR_LEVEL", "1");
        Process mvn = build.start();
        assertThat(mvn.waitFor(30, TimeUnit.MINUTES))
                .as("the installer build finished within 30 minutes")
                .isTrue();
        buildLog = Files.readString(log);
        assertThat(mvn.exitValue()).as("mvn -Pinstaller package:%n%s", buildLog).isZero();
        try (Stream<Path> files = Files.list(PROJECT.resolve("target/installer"))) {
            deb = files.filter(p -> p.getFileName().toString().endsWith(".deb"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    @Test
    void installedCommandPrintsItsVersion() throws Exception {
        Path root = installed();

        Result version = run(root.resolve("opt/borderwatch/bin/borderwatch"), "--version");

        assertThat(version.code()).as(version.output()).isZero();
        assertThat(version.output()).startsWith("BorderWatch 0.1.0");
    }

    @Test
    void installedCommandExportsAMapHeadlessFromTheEventsItShips() throws Exception {
        Path root = installed();
        Path png = scratch.resolve("export.png");
        Path events = root.resolve("opt/borderwatch/lib/app/data/events.geojson");

        Result export = run(
                root.resolve("opt/borderwatch/bin/borderwatch"),
                "export",
                "--store",
                events.toString(),
                "--size",
                "640x400",
                "--out",
                png.toString());

        assertThat(export.code()).as(export.output()).isZero();
        assertThat(export.output()).containsPattern("\\(PNG, 640x400 px, [1-9][0-9]* events\\)");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(640);
    }

    @Test
    void packageHasADesktopEntryWithItsIconAndTheGeoJsonAssociation() throws Exception {
        Path root = installed();

        Path desktop = root.resolve("opt/borderwatch/lib/borderwatch-borderwatch.desktop");
        // %f: a .geojson opened from the file manager reaches the app, which opens it in the window
        assertThat(Files.readString(desktop))
                .contains(
                        "Name=BorderWatch",
                        "Exec=/opt/borderwatch/bin/borderwatch %f",
                        "Icon=",
                        "MimeType=application/geo+json");
        assertThat(root.resolve("opt/borderwatch/lib/borderwatch.png")).isRegularFile();
    }

    @Test
    void postinstPutsTheCommandOnThePathAndPrermTakesItAway() throws Exception {
        Path control = scratch.resolve("control");
        if (!Files.isDirectory(control))
            assertThat(run(Path.of("dpkg-deb"), "-e", deb.toString(), control.toString())
                            .code())
                    .isZero();

        assertThat(Files.readString(control.resolve("postinst")))
                .contains("ln -sf /opt/borderwatch/bin/borderwatch /usr/bin/borderwatch", "xdg-desktop-menu install");
        assertThat(Files.readString(control.resolve("prerm"))).contains("rm -f /usr/bin/borderwatch");
    }

    /** The package's files unpacked into a scratch root, as {@code dpkg -i} lays them out (without its scripts). */
    private static synchronized Path installed() throws Exception {
        Path root = scratch.resolve("root");
        if (!Files.isDirectory(root)) {
            Result unpack = run(Path.of("dpkg-deb"), "-x", deb.toString(), root.toString());
            assertThat(unpack.code()).as(unpack.output()).isZero();
        }
        return root;
    }

    private record Result(int code, String output) {}

    private static Result run(Path command, String... args) throws IOException, InterruptedException {
        List<String> line =
                Stream.concat(Stream.of(command.toString()), Stream.of(args)).toList();
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("%s finished", line).isTrue();
        return new Result(p.exitValue(), output);
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
    }
}
