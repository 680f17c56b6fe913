package org.borderwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.SyntheticEvents;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code generate N --out FILE [--seed S]}: writes a deterministic synthetic event store for tests and benchmarks. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write N synthetic events over 18.5–23.5°E 41.5–44.5°N; the same N and seed give the same file.")
final class GenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "N", description = "number of events (0 to 10,000,000)")
    int count;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the GeoJSON file to write")
    Path out;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "1",
            description = "random seed (default ${DEFAULT-VALUE})")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (count < 0 || count > 10_000_000) {
            spec.commandLine().getErr().println("generate: N must be between 0 and 10,000,000, got " + count);
            return 2;
        }
        try {
            GeoJsonEventStore.write(out, new SyntheticEvents(count, seed));
        } catch (EventStoreException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println("wrote " + count + " synthetic events to " + out);
        return 0;
    }
}
