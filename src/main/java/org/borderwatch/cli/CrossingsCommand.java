package org.borderwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.borderwatch.crossings.Crossing;
import org.borderwatch.crossings.CrossingsLoad;
import org.borderwatch.crossings.CrossingsReader;
import org.borderwatch.crossings.StatusInterval;
import org.borderwatch.crossings.StatusOnDay;
import org.borderwatch.events.model.Source;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crossings --at DATE} prints every crossing's status on that day with its sources; {@code --history} prints
 * each crossing's intervals and the gaps between them. Records of the crossings file that cannot be read are listed
 * on the error stream and left out. Exit 0, or 2 when the file cannot be read.
 */
@Command(
        name = "crossings",
        mixinStandardHelpOptions = true,
        description = "The crossing points and their status: on a day (--at) or over time (--history).")
final class CrossingsCommand implements Callable<Integer> {

    @Option(
            names = "--data",
            paramLabel = "FILE",
            defaultValue = "data/crossings.geojson",
            description = "the crossings file (default: ${DEFAULT-VALUE})")
    Path data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    static final class Mode {
        @Option(names = "--at", paramLabel = "DATE", description = "each crossing's status on this day (ISO date)")
        LocalDate at;

        @Option(names = "--history", description = "each crossing's status intervals, gaps included")
        boolean history;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CrossingsLoad load;
        try {
            load = new CrossingsReader().read(data);
        } catch (IOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        load.problems().forEach(p -> spec.commandLine().getErr().println("skipped " + p));
        if (mode.at != null) printDay(out, load, mode.at);
        else printHistory(out, load);
        return 0;
    }

    private static void printDay(PrintWriter out, CrossingsLoad load, LocalDate day) {
        out.println("Crossings on " + day + " (" + load.file().getFileName() + "):");
        for (StatusOnDay s : load.statusOn(day)) {
            out.println();
            StatusInterval iv = s.interval();
            if (iv == null) {
                out.println(s.crossing().names().display() + ": unknown (no report covers this day)");
                continue;
            }
            out.println(s.crossing().names().display() + ": " + iv.describe() + " (" + iv.from() + " to " + iv.lastDay()
                    + ")");
            printSources(out, iv);
        }
    }

    private static void printHistory(PrintWriter out, CrossingsLoad load) {
        for (Crossing c : load.crossings()) {
            out.println(c.names().display() + " [" + c.id() + "]");
            out.println("  position: " + c.position().level().jsonName() + ", within "
                    + c.position().radiusKm() + " km of " + c.lat() + "N " + c.lon() + "E");
            for (Crossing.Span span : c.spans()) {
                String days = span.from() + " to " + span.until().minusDays(1);
                if (span.interval() == null) {
                    out.println("  " + days + "  unknown (no report)");
                    continue;
                }
                out.println("  " + days + "  " + span.interval().describe());
                printSources(out, span.interval());
            }
            out.println();
        }
    }

    private static void printSources(PrintWriter out, StatusInterval iv) {
        if (iv.disagreements() != null) out.println("      sources differ: " + iv.disagreements());
        List<Source> sources = iv.sources();
        for (Source src : sources)
            out.println("      " + src.publisher() + (src.date() == null ? "" : ", " + src.date()) + ": " + src.url());
    }
}
