package org.borderwatch.events.acled;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.events.model.Event;
import org.borderwatch.fuzz.FuzzFiles;

/**
 * Fuzz target for the ACLED/UCDP CSV import through its public entry point: any bytes import some rows and report
 * the rest, or are refused with an IOException naming the file; any other exception is a finding.
 */
public final class AcledCsvFuzzTarget {
    private static final Path DIR = FuzzFiles.scratch("csv-fuzz");

    private AcledCsvFuzzTarget() {}

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        Path file = DIR.resolve("import.csv");
        Files.write(file, data);
        try {
            AcledCsv.Imported imported = new AcledCsv().read(file);
            for (Event e : imported.events()) {
                if (!Double.isFinite(e.lon()) || !Double.isFinite(e.lat()))
                    throw new AssertionError("imported event " + e.id() + " has a position that is not finite");
            }
        } catch (IOException e) {
            // refused, with the importer's own message
        }
    }
}
