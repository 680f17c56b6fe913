package org.borderwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.borderwatch.events.acled.AcledCsv;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.RecordProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import-acled CSV --into FILE}: adds the rows of an ACLED CSV export to an event store (created if
 * absent). Bad rows and ids the store already holds are skipped and listed; exit 1 for them with --strict.
 */
@Command(name = "import-acled", mixinStandardHelpOptions = true,
        description = "Add the events of an ACLED CSV export to an event store.")
final class ImportAcledCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CSV", description = "the ACLED CSV export")
    Path csv;

    @Option(names = "--into", required = true, paramLabel = "FILE", description = "the event store to add to (created if absent)")
    Path into;

    @Option(names = "--strict", description = "exit 1 if any row was skipped")
    boolean strict;

    @Option(names = "--force", description = "save even if the store changed on disk while importing")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            AcledCsv.Imported imported = new AcledCsv().read(csv);
            GeoJsonEventStore store = Files.exists(into) ? GeoJsonEventStore.open(into) : GeoJsonEventStore.create(into);
            if (!store.loadReport().complete()) {
                err.println(store.loadReport());
                return 2;
            }
            int skipped = imported.problems().size();
            for (RecordProblem p : imported.problems()) out.println(p);
            int added = 0;
            for (Event e : imported.events()) {
                if (store.find(e.id()).isPresent()) {
                    out.println(csv.getFileName() + ", event " + e.id() + ": already in " + into.getFileName() + "; skipped");
                    skipped++;
                } else {
                    store.add(e);
                    added++;
                }
            }
            store.save(force);
            out.println("added " + added + " events to " + into + ", skipped " + skipped);
            return strict && skipped > 0 ? 1 : 0;
        } catch (IOException e) {
            err.println(e.getMessage());
            return 2;
        } catch (EventStoreException e) {
            err.println(e.getMessage());
            return 2;
        }
    }
}
