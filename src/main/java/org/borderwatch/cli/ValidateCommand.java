package org.borderwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.borderwatch.events.geojson.EventSchema;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.LoadReport;
import org.borderwatch.events.RecordProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate FILE}: checks an event store against the JSON Schema and the rules a schema cannot state
 * (unique ids, real dates, end not before date), and prints every problem. Exit 0 when clean, 1 when
 * problems were found, 2 when the file cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check an event store (GeoJSON) against data/events.schema.json and the store's rules; print every problem.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the event store to check")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadReport report;
        List<RecordProblem> schemaProblems;
        try {
            report = GeoJsonEventStore.open(file).loadReport();
            schemaProblems = new EventSchema().check(file);
        } catch (EventStoreException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println(file.getFileName() + ": cannot read: " + e.getMessage());
            return 2;
        }
        List<RecordProblem> all = merge(report.problems(), schemaProblems);
        for (RecordProblem p : all) out.println(p);
        out.println(file.getFileName() + ": " + report.loaded() + (report.loaded() == 1 ? " event" : " events")
                + " loaded, " + all.size() + (all.size() == 1 ? " problem" : " problems"));
        return all.isEmpty() ? 0 : 1;
    }

    /**
     * Schema messages for each feature, plus the loader's problems that the schema cannot see (duplicate
     * ids, impossible dates, nesting, a BOM); the loader stops at a feature's first fault, the schema lists all.
     */
    private static List<RecordProblem> merge(List<RecordProblem> loaded, List<RecordProblem> schema) {
        Set<Integer> seenBySchema = new HashSet<>();
        boolean fileLevelBySchema = false;
        for (RecordProblem p : schema) {
            if (p.index() >= 0) seenBySchema.add(p.index());
            else fileLevelBySchema = true;
        }
        List<RecordProblem> out = new ArrayList<>();
        for (RecordProblem p : loaded) {
            boolean covered = p.index() >= 0 ? seenBySchema.contains(p.index()) && !p.message().startsWith("duplicate id")
                    : fileLevelBySchema && !p.message().contains("byte order mark");
            if (!covered) out.add(p);
        }
        for (RecordProblem p : schema) {
            boolean syntaxAlreadyReported = p.index() < 0 && p.message().startsWith("invalid JSON")
                    && out.stream().anyMatch(q -> q.message().startsWith("invalid JSON"));
            if (!syntaxAlreadyReported) out.add(p);
        }
        return out;
    }
}
