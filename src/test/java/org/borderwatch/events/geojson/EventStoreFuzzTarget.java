package org.borderwatch.events.geojson;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.RecordProblem;
import org.borderwatch.events.model.Event;
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
        // the store read a file below the parallel size plainly; only a larger one needs a plain read to compare with
        List<Event> plainEvents = store.all();
        List<RecordProblem> plainProblems = store.loadReport().problems();
        if (data.length >= GeoJsonEventReader.PARALLEL_FROM_BYTES) {
            GeoJsonEventReader.Result whole = new GeoJsonEventReader(1, Long.MAX_VALUE).read(file);
            plainEvents = whole.events();
            plainProblems = whole.report().problems();
        }
        // the parts one after the other on this thread: the same split and merge, without two threads per input
        GeoJsonEventReader.Result inParts = new GeoJsonEventReader(2, 0, Runnable::run).readInParts(file);
        if (inParts != null) {
            if (!inParts.events().equals(plainEvents))
                throw new AssertionError("read in parts, the events differ from a plain read");
            if (!inParts.report().problems().equals(plainProblems))
                throw new AssertionError("read in parts, the problems differ: "
                        + inParts.report().problems() + " vs " + plainProblems);
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
