package org.borderwatch.shapefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs GDAL's ogr2ogr, when installed, to get its reading of a shapefile as GeoJSON. */
public final class GdalReading {
    private GdalReading() {}

    /** Whether ogr2ogr runs on this machine. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("ogr2ogr", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Writes GDAL's reading of {@code shp} next to {@code out}, as the corpus's expected files were
     * made; returns {@code out}.
     */
    public static Path geoJson(Path shp, Path out) throws IOException, InterruptedException {
        Files.deleteIfExists(out);
        Process p = new ProcessBuilder(
                        "ogr2ogr",
                        "-f",
                        "GeoJSON",
                        "-lco",
                        "RFC7946=NO",
                        "-lco",
                        "WRITE_NAME=NO",
                        "-lco",
                        "COORDINATE_PRECISION=15",
                        out.toString(),
                        shp.toString())
                .redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("ogr2ogr failed on " + shp.getFileName() + ": " + log);
        }
        return out;
    }
}
