package org.borderwatch.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.SyntheticEvents;
import org.borderwatch.events.acled.ConflictCsv;
import org.borderwatch.events.acled.CsvImport;
import org.borderwatch.events.geojson.GeoJsonEventStore;

/**
 * The import of issue 20's target (100,000 ACLED rows into a 1,000,000-event store in at most 10 s), phase by
 * phase, in one process: read and map the CSV, open the store, add the events it lacks, save. Makes its files once
 * in DIR (deterministic: {@link SyntheticEvents} with seed 7, {@link CsvImportBench#writeCsv}), copies the store
 * afresh before each round, and prints each phase's wall time and the process's CPU time over all threads. The
 * end-to-end command (a new JVM, as users run it) is printed at the end.
 *
 * <p>{@code java -XX:+UseParallelGC -Xmn1g -cp "target/classes:target/lib/*" org.borderwatch.bench.ImportBench DIR
 * [ROUNDS]}
 */
public final class ImportBench {
    static final int STORE_EVENTS = 1_000_000;
    static final int ROWS = 100_000;

    private ImportBench() {}

    public static void main(String[] args) throws IOException, EventStoreException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/borderwatch-import-bench");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Files.createDirectories(dir);
        Path pristine = dir.resolve("pristine.geojson");
        Path csv = dir.resolve("acled-100k.csv");
        Path store = dir.resolve("store.geojson");
        if (!Files.isRegularFile(pristine)) GeoJsonEventStore.write(pristine, new SyntheticEvents(STORE_EVENTS, 7));
        if (!Files.isRegularFile(csv)) CsvImportBench.writeCsv(csv, ROWS);
        System.out.printf(
                Locale.ROOT,
                "store %s (%.1f MB, %,d events), CSV %s (%.1f MB, %,d rows)%n",
                pristine,
                Files.size(pristine) / 1e6,
                STORE_EVENTS,
                csv,
                Files.size(csv) / 1e6,
                ROWS);
        for (int round = 1; round <= rounds; round++) {
            Files.copy(pristine, store, StandardCopyOption.REPLACE_EXISTING);
            Clock clock = new Clock();
            CsvImport read = new ConflictCsv().read(csv, null);
            String readTime = clock.lap();
            GeoJsonEventStore s = GeoJsonEventStore.open(store);
            String openTime = clock.lap();
            int held = s.addAbsent(read.events()).size();
            String addTime = clock.lap();
            s.save(false);
            String saveTime = clock.lap();
            System.out.printf(
                    Locale.ROOT,
                    "round %d: read %s, open %s, add %s, save %s; total %s; %,d events added, %,d held%n",
                    round,
                    readTime,
                    openTime,
                    addTime,
                    saveTime,
                    clock.total(),
                    read.events().size() - held,
                    held);
        }
        System.out.println("end to end, as users run it (the store copied afresh first):");
        System.out.println(
                "  cp " + pristine + " " + store + " && time bin/borderwatch import " + csv + " --into " + store);
    }

    /** Wall and process CPU time (all threads) since the last lap. */
    private static final class Clock {
        private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private final long wall0 = System.nanoTime();
        private final long cpu0 = os.getProcessCpuTime();
        private long wall = wall0;
        private long cpu = cpu0;

        String lap() {
            long w = System.nanoTime();
            long c = os.getProcessCpuTime();
            String out = format(w - wall, c - cpu);
            wall = w;
            cpu = c;
            return out;
        }

        String total() {
            return format(wall - wall0, cpu - cpu0);
        }

        private static String format(long wallNanos, long cpuNanos) {
            return String.format(Locale.ROOT, "%.2f s (cpu %.2f s)", wallNanos / 1e9, cpuNanos / 1e9);
        }
    }
}
