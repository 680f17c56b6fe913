package org.borderwatch.events.geojson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.fuzz.FuzzFiles;

/**
 * Fuzz target: any bytes as an event store load with problems reported, never an exception but the store's own.
 * Oracles for silent wrong reads: the parallel reader (in parts) gives what the plain reader gives, and the loaded
 * events, written and read again, are the same events.
 */
public final class EventStoreFuzzTarget {
    private static final Path DIR = FuzzFiles.scratch("events-fuzz");

    private EventStoreFuzzTarget() {}

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        Path file = DIR.resolve("events.geojson");
        Files.write(file, data);
        GeoJsonEventStore store;
        try {
            store = GeoJsonEventStore.open(file);
        } catch (EventStoreException e) {
            return;
        }
        GeoJsonEventReader.Result whole = new GeoJsonEventReader(1, Long.MAX_VALUE).read(file);
        GeoJsonEventReader.Result inParts = new GeoJsonEventReader(2, 0).readInParts(file);
        if (inParts != null) {
            if (!inParts.events().equals(whole.events()))
                throw new AssertionError("read in parts, the events differ from a plain read");
            if (!inParts.report().problems().equals(whole.report().problems()))
                throw new AssertionError("read in parts, the problems differ: "
                        + inParts.report().problems() + " vs " + whole.report().problems());
        }
        if (!store.loadReport().complete() || store.size() == 0) return;
        Path again = DIR.resolve("again.geojson");
        try (OutputStream out = Files.newOutputStream(again)) {
            new GeoJsonEventWriter().write(out, store.all(), GeoJsonEventWriter.Extras.NONE);
        }
        GeoJsonEventReader.Result reread = new GeoJsonEventReader(1, Long.MAX_VALUE).read(again);
        if (!reread.events().equals(store.all())) {
            throw new AssertionError("written and read again, the events differ; problems on reading again: "
                    + reread.report().problems());
        }
    }
}
