package org.borderwatch.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.acled.ConflictCsv;
import org.borderwatch.events.acled.CsvImport;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.postgis.PostgisEventStore;
import org.borderwatch.events.postgis.StoreRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import CSV --into STORE}: adds the rows of an ACLED export or a UCDP GED file to an event store. Says how
 * many rows it took, merged and refused, with the reasons grouped; exits 1 when rows were refused unless
 * --allow-partial, and never creates a store when it took nothing.
 */
@Command(
        name = "import",
        aliases = {"import-acled", "import-ucdp"},
        mixinStandardHelpOptions = true,
        description = {
            "Add the events of an ACLED CSV export (any generation, as Excel, R or pandas left it) or a UCDP GED "
                    + "CSV file to an event store; the data set, encoding, delimiter and date format are recognised and said.",
            "Rows that cannot be events are refused and listed with their line; the complete rows are added. "
                    + "Exit 0 when every row was taken (or with --allow-partial), 1 when rows were refused, "
                    + "2 when nothing could be read or saved. Ids the store already holds are left as they are."
        })
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CSV", description = "the ACLED or UCDP GED CSV file")
    Path csv;

    @Option(
            names = "--into",
            required = true,
            paramLabel = "STORE",
            description = "the event store to add to: a GeoJSON file "
                    + "(created if absent and the import takes a row) or a database, postgresql://user@host:port/db")
    String store;

    /** The file of a file store; null for a database. */
    private Path into;

    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            description = "the file's encoding, e.g. windows-1252 (default: "
                    + "UTF-8 when the file is valid UTF-8, else Windows-1252, as Excel saves)")
    String encoding;

    @Option(names = "--allow-partial", description = "exit 0 even if some rows were refused")
    boolean allowPartial;

    @Option(names = "--force", description = "save even if the store changed on disk while importing")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        java.io.PrintWriter out = spec.commandLine().getOut();
        java.io.PrintWriter err = spec.commandLine().getErr();
        Charset charset;
        try {
            charset = encoding == null ? null : Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            err.println("import: --encoding " + encoding
                    + " is not an encoding Java knows (try UTF-8, windows-1252, ISO-8859-2)");
            return 2;
        }
        StoreLocation location;
        try {
            location = StoreOpener.parse(store);
        } catch (InputException e) {
            err.println("import: " + e.getMessage());
            return 2;
        }
        into = location instanceof StoreLocation.File f ? f.path() : location.asPath();
        Future<GeoJsonEventStore> opening =
                location instanceof StoreLocation.File && Files.isRegularFile(into) ? openBeside(into) : null;
        try {
            CsvImport read = new ConflictCsv().read(csv, charset);
            for (String note : read.notes()) out.println(csv.getFileName() + ": " + note);
            for (CsvImport.Refusal r : read.refused()) out.println(r.describe(csv));
            if (location instanceof StoreLocation.Database db) return intoDatabase(db, read, out, err);
            boolean exists = Files.exists(into);
            if (read.events().isEmpty()) {
                err.println(read.summary());
                err.println("import: took no rows, so " + into + (exists ? " is left as it was" : " was not created"));
                return read.rows() == 0 && read.refused().isEmpty() ? 0 : 1;
            }
            GeoJsonEventStore store = opening != null && exists
                    ? opened(opening)
                    : exists ? GeoJsonEventStore.open(into) : GeoJsonEventStore.create(into);
            if (!store.loadReport().complete()) {
                err.println(store.loadReport());
                return 2;
            }
            List<Event> held = store.addAbsent(read.events());
            int clashes = reportHeld(out, read.events(), held);
            store.save(force);
            out.println(read.summary());
            int added = read.events().size() - held.size();
            out.println("added " + added + (added == 1 ? " event to " : " events to ") + into
                    + (held.isEmpty()
                            ? ""
                            : "; " + held.size() + " ids were already there and were left as they are"
                                    + (clashes == 0 ? "" : " (" + clashes + " of them differ from the file's rows)")));
            return read.refused().isEmpty() || allowPartial ? 0 : 1;
        } catch (EventStoreException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    /**
     * Opens the store on a thread of its own while this one reads the CSV: the two reads take about as long, and a
     * large store's reading does not keep both cores busy all the time (docs/benchmarks.md, the import's whole
     * command). An import that takes no rows drops what was read; opening writes nothing.
     */
    private static Future<GeoJsonEventStore> openBeside(Path file) {
        FutureTask<GeoJsonEventStore> task = new FutureTask<>(() -> GeoJsonEventStore.open(file));
        Thread t = new Thread(task, "import-open-store");
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static GeoJsonEventStore opened(Future<GeoJsonEventStore> opening) throws EventStoreException {
        try {
            return opening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the store", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EventStoreException s) throw s;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Adds the events the database does not hold yet, each committed as it is added. */
    private int intoDatabase(
            StoreLocation.Database db, CsvImport read, java.io.PrintWriter out, java.io.PrintWriter err)
            throws EventStoreException {
        if (read.events().isEmpty()) {
            err.println(read.summary());
            err.println("import: took no rows, so " + db.name() + " is left as it was");
            return read.rows() == 0 && read.refused().isEmpty() ? 0 : 1;
        }
        try (PostgisEventStore target = (PostgisEventStore) StoreOpener.open(db, false)) {
            List<Event> held = new ArrayList<>();
            for (Event e : read.events()) {
                if (target.find(e.id()).isPresent())
                    held.add(target.find(e.id()).get());
                else target.add(e);
            }
            int clashes = reportHeld(out, read.events(), held);
            out.println(read.summary());
            out.println("added " + (read.events().size() - held.size()) + " events to " + db.name()
                    + (held.isEmpty()
                            ? ""
                            : "; " + held.size() + " ids were already there and were left as they are"
                                    + (clashes == 0 ? "" : " (" + clashes + " of them differ from the file's rows)")));
            return read.refused().isEmpty() || allowPartial ? 0 : 1;
        } catch (StoreRefusedException e) {
            err.println("import: " + e.getMessage());
            return 2;
        }
    }

    /** Lists the ids already in the store whose event differs from the file's; returns how many. */
    private int reportHeld(java.io.PrintWriter out, List<Event> incoming, List<Event> held) {
        if (held.isEmpty()) return 0;
        Map<String, Event> byId = incoming.stream().collect(Collectors.toMap(Event::id, Function.identity()));
        List<String> differ = new ArrayList<>();
        for (Event old : held) if (!old.equals(byId.get(old.id()))) differ.add(old.id());
        for (String id : differ.subList(0, Math.min(differ.size(), 20)))
            out.println(csv.getFileName() + ", event " + id + ": " + into.getFileName()
                    + " holds another version; kept the store's");
        if (differ.size() > 20) out.println("… and " + (differ.size() - 20) + " more ids held in another version");
        return differ.size();
    }
}
