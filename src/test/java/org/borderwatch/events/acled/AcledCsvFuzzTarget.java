package org.borderwatch.events.acled;

import java.nio.file.Path;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.model.Event;

/**
 * Fuzz target for the ACLED/UCDP CSV import through its public entry point: any bytes import some rows and report
 * the rest, or are refused with an EventStoreException naming the file; any other exception is a finding.
 */
public final class AcledCsvFuzzTarget {
    private static final Path NAME = Path.of("import.csv");

    private AcledCsvFuzzTarget() {}

    public static void fuzzerTestOneInput(byte[] data) {
        try {
            CsvImport imported = new ConflictCsv().read(NAME, data, null);
            for (Event e : imported.events()) {
                if (!Double.isFinite(e.lon()) || !Double.isFinite(e.lat()))
                    throw new AssertionError("imported event " + e.id() + " has a position that is not finite");
            }
        } catch (EventStoreException e) {
            // refused, with the importer's own message naming the file and line
        }
    }
}
