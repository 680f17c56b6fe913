package org.borderwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.borderwatch.crossings.CrossingsLoad;
import org.borderwatch.crossings.CrossingsReader;
import org.borderwatch.crossings.EventLinks;
import org.borderwatch.events.EventStore;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.LoadReport;
import org.borderwatch.events.RecordProblem;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.geojson.EventSchema;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Event;
import org.borderwatch.gazetteer.Gazetteer;
import org.borderwatch.gazetteer.LocationRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate FILE}: checks an event store against the JSON Schema and the rules a schema cannot state
 * (unique ids, real dates, end not before date, every point with its source, an exact point within 1 km of the
 * gazetteer place it names), and prints the problems: at most {@value #PER_RECORD} per record
 * and {@value #PER_FILE} in all, then how many more there are, so a file with millions of faults is reported in
 * seconds. With a crossings file ({@code --crossings}, or crossings.geojson beside the store) it also checks that
 * file and that the store's closures and blockades at a crossing agree with the crossing's history. Exit 0 when
 * there are no errors (warnings allowed), 1 when there are errors, 2 when a file cannot be read.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description =
                "Check an event store (GeoJSON) against data/events.schema.json and the store's rules; print the"
                        + " problems (errors, and warnings for what loads but is not as the format wants it, like a byte order mark).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (there may be warnings)", "1:errors were found", "2:the file cannot be read"})
final class ValidateCommand implements Callable<Integer> {
    /** Problems listed for one record; the rest are counted. */
    static final int PER_RECORD = 20;
    /** Problems listed for the whole file; the rest are counted. */
    static final int PER_FILE = 1000;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the event store to check (or --store)")
    Path file;

    @Option(
            names = "--store",
            paramLabel = "LOCATION",
            description =
                    "the event store to check instead of FILE: a GeoJSON file or postgresql://user@host:port/db (each"
                            + " row is read as the file store reads a feature, and checked by the same rules)")
    String store;

    @Option(
            names = "--gazetteer",
            paramLabel = "FILE",
            description =
                    "the gazetteer the stores' place ids refer to (default: gazetteer.geojson beside FILE, if there)")
    Path gazetteerFile;

    @Option(
            names = "--crossings",
            paramLabel = "CROSSINGS",
            description =
                    "the crossings file to check the events against (default: crossings.geojson beside FILE, if there)")
    Path crossings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreLocation location;
        try {
            location = StoreOpener.either(file, store);
        } catch (InputException e) {
            err.println("validate: " + e.getMessage());
            return 2;
        }
        if (location instanceof StoreLocation.Database db) return checkDatabase(db, out, err);
        file = location.asPath();
        LoadReport report;
        GeoJsonEventStore store;
        List<RecordProblem> schemaProblems;
        List<RecordProblem> placeProblems;
        try {
            store = GeoJsonEventStore.open(file);
            report = store.loadReport();
            schemaProblems = new EventSchema().check(file);
            Gazetteer gazetteer = gazetteer();
            if (gazetteer != null) for (String p : gazetteer.problems()) err.println(p);
            List<Event> events = store.all();
            placeProblems = new LocationRules(gazetteer).check(file, events, fileIndexes(events.size(), report));
        } catch (EventStoreException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println(file.getFileName() + ": cannot read: " + e.getMessage());
            return 2;
        }
        List<RecordProblem> all = new ArrayList<>(merge(report.problems(), schemaProblems));
        all.addAll(placeProblems);
        Path crossingsFile = crossings != null ? crossings : siblingCrossings();
        if (crossingsFile != null) {
            try {
                CrossingsLoad load = new CrossingsReader().read(crossingsFile);
                all.addAll(load.problems());
                all.addAll(new EventLinks(load.crossings()).check(file, store.all()));
                out.println("checked against " + crossingsFile.getFileName() + ": "
                        + load.crossings().size() + " crossings");
            } catch (IOException e) {
                err.println(e.getMessage());
                return 2;
            }
        }
        return summarise(all, report, out);
    }

    /**
     * Checks a database store: every row as the loader reads it (the schema's rules that the loader applies, with
     * row, id and member), the place ids against the gazetteer, and with {@code --crossings} the links to crossings.
     */
    private int checkDatabase(StoreLocation.Database db, PrintWriter out, PrintWriter err) {
        file = db.asPath();
        EventStore opened;
        try {
            opened = StoreOpener.open(db, false);
        } catch (EventStoreException e) {
            err.println(e.getMessage());
            return 2;
        }
        try {
            LoadReport report = opened.loadReport();
            List<Event> events = opened.all();
            Gazetteer gazetteer = gazetteerFile == null ? null : Gazetteer.load(gazetteerFile);
            if (gazetteer != null) for (String p : gazetteer.problems()) err.println(p);
            List<RecordProblem> all = new ArrayList<>(report.problems());
            all.addAll(new LocationRules(gazetteer).check(file, events, fileIndexes(events.size(), report)));
            if (crossings != null) {
                CrossingsLoad load = new CrossingsReader().read(crossings);
                all.addAll(load.problems());
                all.addAll(new EventLinks(load.crossings()).check(file, events));
                out.println("checked against " + crossings.getFileName() + ": "
                        + load.crossings().size() + " crossings");
            }
            return summarise(all, report, out);
        } catch (IOException e) {
            err.println(e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            // the database stopped answering mid-way
            err.println("validate: " + e.getMessage());
            return 2;
        } finally {
            StoreOpener.close(opened);
        }
    }

    private int summarise(List<RecordProblem> all, LoadReport report, PrintWriter out) {
        print(all, out);
        long warnings = all.stream().filter(RecordProblem::isWarning).count();
        long errors = all.size() - warnings;
        out.println(file.getFileName() + ": " + report.loaded() + (report.loaded() == 1 ? " event" : " events")
                + " loaded, " + count(errors, "problem") + (warnings > 0 ? ", " + count(warnings, "warning") : ""));
        return errors == 0 ? 0 : 1;
    }

    private static String count(long n, String what) {
        return String.format(Locale.ROOT, "%,d %s%s", n, what, n == 1 ? "" : "s");
    }

    /** Prints the problems in file order, capped per record and per file; what is left out is counted. */
    private void print(List<RecordProblem> all, PrintWriter out) {
        Map<Integer, Integer> perRecord = new HashMap<>();
        Map<Integer, Integer> leftOut = new LinkedHashMap<>();
        int listed = 0;
        long beyondFile = 0;
        for (RecordProblem p : all) {
            int seen = perRecord.merge(p.index(), 1, Integer::sum);
            if (p.index() >= 0 && seen > PER_RECORD) {
                leftOut.merge(p.index(), 1, Integer::sum);
            } else if (listed >= PER_FILE) {
                beyondFile++;
            } else {
                out.println(p);
                listed++;
            }
        }
        for (Map.Entry<Integer, Integer> e : leftOut.entrySet()) {
            out.println(file.getFileName()
                    + String.format(Locale.ROOT, ": … and %,d more problems in record %d", e.getValue(), e.getKey()));
        }
        if (beyondFile > 0) {
            out.println(file.getFileName()
                    + String.format(
                            Locale.ROOT,
                            ": … and %,d more problems in the file; only the"
                                    + " first %,d are listed, and past %,d problems each record is checked only up to its first",
                            beyondFile,
                            PER_FILE,
                            EventSchema.DETAILED_PROBLEMS));
        }
    }

    private Gazetteer gazetteer() throws IOException {
        Path beside = file.toAbsolutePath().resolveSibling("gazetteer.geojson");
        Path chosen = gazetteerFile != null ? gazetteerFile : Files.isRegularFile(beside) ? beside : null;
        return chosen == null ? null : Gazetteer.load(chosen);
    }

    /** The record number in the file of each loaded event: loaded events keep file order, skipped records leave gaps. */
    private static int[] fileIndexes(int loaded, LoadReport report) {
        TreeSet<Integer> skipped = new TreeSet<>();
        for (RecordProblem p : report.problems()) if (p.index() >= 0) skipped.add(p.index());
        int[] out = new int[loaded];
        int index = 0;
        for (int i = 0; i < loaded; i++) {
            while (skipped.contains(index)) index++;
            out[i] = index++;
        }
        return out;
    }

    private Path siblingCrossings() {
        Path sibling = file.toAbsolutePath().resolveSibling("crossings.geojson");
        return Files.isRegularFile(sibling) ? sibling : null;
    }

    /**
     * The loader's problems with the schema's: where both speak of the same member, the loader's words (which say
     * what is wrong in the store's terms, not as a regular expression) stand alone; the loader stops at a feature's
     * first fault, the schema lists them all. File-level problems the schema also finds (syntax) are listed once.
     */
    private static List<RecordProblem> merge(List<RecordProblem> loaded, List<RecordProblem> schema) {
        Set<String> loaderPointers = new HashSet<>();
        for (RecordProblem p : loaded) {
            if (p.index() >= 0 && !p.pointer().isEmpty()) loaderPointers.add(p.pointer());
        }
        boolean loaderFaultsTheFile = loaded.stream().anyMatch(p -> p.index() < 0 && !p.isWarning());
        List<RecordProblem> out = new ArrayList<>(loaded);
        for (RecordProblem p : schema) {
            boolean saidByLoader = p.index() >= 0 ? saidAtOrAbove(p.pointer(), loaderPointers) : loaderFaultsTheFile;
            if (!saidByLoader) out.add(p);
        }
        return out;
    }

    /** Whether {@code pointer} or a member it lies in is in {@code said}: a look per level, not a scan of the set. */
    private static boolean saidAtOrAbove(String pointer, Set<String> said) {
        for (int end = pointer.length(); end > 0; end = pointer.lastIndexOf('/', end - 1)) {
            if (said.contains(pointer.substring(0, end))) return true;
        }
        return false;
    }
}
