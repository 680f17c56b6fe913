package org.borderwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderwatch.events.SyntheticEvents;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.locationtech.jts.geom.Envelope;

/**
 * Loads a generated event store (default 1,000,000 events) with the file store, and beside it with a plain
 * {@code ObjectMapper.readTree}, {@code ogrinfo -al -so} and QGIS, in one run on one machine. Prints load
 * time and heap retained per event (heap used after full GCs with the store held, minus before).
 *
 * <p>Run: {@code mvn -B -Pbench -DskipTests package && java -Xmx8g -cp "target/classes:target/lib/*"
 * org.borderwatch.bench.EventLoadBench /tmp/events_1m.geojson 1000000 5}; tools are skipped when absent, and all
 * three when {@code -Dbench.storeOnly=true} is given. Each load also prints CPU time (the process's and the calling
 * thread's) and collector time, since wall time on a shared machine says more about the neighbours than the load.
 */
public final class EventLoadBench {

    private EventLoadBench() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/borderwatch-events-1m.geojson");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            GeoJsonEventStore.write(file, new SyntheticEvents(count, 1));
            System.out.printf(Locale.ROOT, "generated %,d events in %.2f s%n", count, (System.nanoTime() - t) / 1e9);
        }
        System.out.printf(
                Locale.ROOT,
                "file %s, %,d bytes; %s, %d cores, max heap %,d MB%n",
                file,
                Files.size(file),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        List<Double> loads = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            long before = usedAfterGc();
            long cpu = processCpuNanos();
            long gc = gcMillis();
            long own = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t = System.nanoTime();
            GeoJsonEventStore store = GeoJsonEventStore.open(file);
            double s = (System.nanoTime() - t) / 1e9;
            double cpuS = (processCpuNanos() - cpu) / 1e9;
            long gcMs = gcMillis() - gc;
            double ownS = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - own) / 1e9;
            long after = usedAfterGc();
            int n = store.size();
            loads.add(s);
            long q = System.nanoTime();
            int inArea = store.query(new Envelope(20.5, 21.5, 42.5, 43.5), null, null, null)
                    .size();
            double areaMs = (System.nanoTime() - q) / 1e6;
            q = System.nanoTime();
            int inMonth = store.query(null, LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30), null)
                    .size();
            double monthMs = (System.nanoTime() - q) / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "RAW\tborderwatch_load\t%d\t%.3f s\tprocess cpu %.3f s\tcalling thread cpu %.3f s\tgc %d ms\t%,d events\t%.0f bytes/event retained\t"
                            + "area query %.1f ms (%,d)\tmonth query %.1f ms (%,d)\tproblems %d%n",
                    run,
                    s,
                    cpuS,
                    ownS,
                    gcMs,
                    n,
                    (after - before) / (double) n,
                    areaMs,
                    inArea,
                    monthMs,
                    inMonth,
                    store.loadReport().problems().size());
        }
        System.out.printf(Locale.ROOT, "borderwatch load median %.3f s%n", median(loads));
        if (Boolean.getBoolean("bench.storeOnly")) return;

        long before = usedAfterGc();
        long t = System.nanoTime();
        JsonNode tree = new ObjectMapper().readTree(file.toFile());
        double treeS = (System.nanoTime() - t) / 1e9;
        long after = usedAfterGc();
        System.out.printf(
                Locale.ROOT,
                "RAW\tjackson_readTree\t1\t%.3f s\t%,d features\t%.0f bytes/event retained%n",
                treeS,
                tree.get("features").size(),
                (after - before) / (double) tree.get("features").size());
        tree = null;

        tool("ogrinfo", List.of("ogrinfo", "-al", "-so", file.toString()));
        // the QGIS script lives in the shared folder beside the project, or wherever -Dborderwatch.shared says
        Path qgisScript = Path.of(System.getProperty("borderwatch.shared", "../shared"), "bench/qgis_load_events.py");
        if (Files.isRegularFile(qgisScript)) {
            tool("qgis", List.of("/usr/bin/python3", qgisScript.toString(), file.toString(), "1"));
        } else {
            System.out.println("qgis: " + qgisScript + " is absent (set -Dborderwatch.shared=DIR), skipped");
        }
    }

    private static void tool(String name, List<String> command) throws IOException, InterruptedException {
        if (!Files.isExecutable(
                Path.of(command.get(0)).isAbsolute() ? Path.of(command.get(0)) : Path.of("/usr/bin", command.get(0)))) {
            System.out.println(name + ": not installed, skipped");
            return;
        }
        long t = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        int code = p.waitFor();
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "RAW\t%s\t1\t%.3f s\texit %d%n", name, s, code);
        output.lines()
                .filter(l -> l.startsWith("RAW") || l.startsWith("Feature Count"))
                .forEach(l -> System.out.println("  " + l));
    }

    /** CPU time of the whole process (every thread, GC and JIT included), which a busy machine does not inflate. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Time the collectors report spending (pauses and, for concurrent ones, their cycles) since the JVM started. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionTime()))
                .sum();
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
