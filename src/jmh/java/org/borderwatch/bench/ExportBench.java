package org.borderwatch.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.borderwatch.events.SyntheticEvents;
import org.borderwatch.events.model.Event;
import org.borderwatch.export.ExportFormat;
import org.borderwatch.export.ExportRequest;
import org.borderwatch.export.Exporter;
import org.borderwatch.export.Extent;
import org.borderwatch.export.PageSize;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.render.MapPainter;
import org.borderwatch.shapefile.ShapefileDataStore;
import org.geotools.api.data.SimpleFeatureSource;

/**
 * Export benchmark: a 3840x2160 PNG and an A3 (300 DPI) PDF of the whole region, 18.5–23.5°E
 * 41.5–44.5°N in EPSG:32634, with the countries, admin1 and places layers that
 * {@code shared/bench/make-data.sh} builds and 10,000 synthetic events — the work QGIS does in
 * {@code run-anchors.sh} with {@code ONLY=hires} (render + PNG save of the same layers plus 10,000 points).
 * Each run is a whole export: layout, paint, encode, atomic write. Layers are read once (warm-up), as
 * QGIS reads them once before its timed frames, and {@value #WARMUP_RUNS} untimed exports let the JIT finish. Peak heap is the sum of the heap pools' peaks during a
 * run, after a GC before it, so it over- rather than under-states. Wall time is what QGIS is timed by; the
 * exporting thread's CPU time and the process's (which adds the PNG encoder's threads, GC and JIT) are
 * printed beside it because on a shared machine wall time mostly measures the other processes.
 * <p>Run: {@code mvn -B -Pbench -DskipTests package && java -Xmx2g -cp "target/classes:target/lib/*"
 * org.borderwatch.bench.ExportBench /tmp/borderwatch-bench-data 7}
 */
public final class ExportBench {
    /** CPU time of the exporting thread: layout and painting run on it, whatever else runs on the machine. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** CPU time of the whole process: adds the PNG encoder's deflate threads (and GC and JIT). */
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    /**
     * Untimed exports before the timed ones. With 2, the C2 compiler threads were still busy until
     * about the twelfth export (per-thread CPU from /proc), so the first timed runs measured the JIT.
     */
    public static final int WARMUP_RUNS = 15;

    private ExportBench() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "/tmp/borderwatch-bench-data");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        MapModel model = regionModel(data);
        List<Event> events = events();
        Path dir = Files.createTempDirectory("export-bench");
        Exporter exporter = new Exporter(new MapPainter(), "bench", Clock.systemUTC());
        System.out.printf(
                Locale.ROOT,
                "java %s, %d cores, max heap %d MB%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (String size : List.of("3840x2160", "a3")) {
            ExportFormat format = size.equals("a3") ? ExportFormat.PDF : ExportFormat.PNG;
            Path out = dir.resolve("bench." + format.extension());
            ExportRequest r = request(size, format, out);
            for (int i = 0; i < WARMUP_RUNS; i++) exporter.export(r, model, events);
            List<Double> ms = new ArrayList<>();
            List<Double> cpuMs = new ArrayList<>();
            List<Double> processCpuMs = new ArrayList<>();
            long peakHeap = 0;
            for (int i = 0; i < runs; i++) {
                System.gc();
                resetPeaks();
                long p0 = OS.getProcessCpuTime();
                long c0 = THREADS.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                exporter.export(r, model, events);
                double t = (System.nanoTime() - t0) / 1e6;
                double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
                double processCpu = (OS.getProcessCpuTime() - p0) / 1e6;
                cpuMs.add(cpu);
                processCpuMs.add(processCpu);
                long heap = heapPeak();
                ms.add(t);
                peakHeap = Math.max(peakHeap, heap);
                System.out.printf(
                        Locale.ROOT,
                        "RAW\texport_%s_%s\t%d\t%.1f ms\t%.1f ms CPU\t%.0f ms process CPU\t%d MB\t%d bytes%n",
                        format.extension(),
                        size,
                        i + 1,
                        t,
                        cpu,
                        processCpu,
                        heap >> 20,
                        Files.size(out));
            }
            Collections.sort(ms);
            Collections.sort(cpuMs);
            Collections.sort(processCpuMs);
            System.out.printf(
                    Locale.ROOT,
                    "%s %s: median %.1f ms (min %.1f, max %.1f, %d runs), median CPU %.1f ms (process %.0f ms), peak heap %d MB, file %.2f MB%n",
                    format,
                    size,
                    ms.get(ms.size() / 2),
                    ms.get(0),
                    ms.get(ms.size() - 1),
                    runs,
                    cpuMs.get(cpuMs.size() / 2),
                    processCpuMs.get(processCpuMs.size() / 2),
                    peakHeap >> 20,
                    Files.size(out) / 1e6);
        }
    }

    /** The countries, admin1 and places layers of {@code make-data.sh} in {@code data}, in EPSG:32634. */
    public static MapModel regionModel(Path data) throws IOException {
        Map<String, SimpleFeatureSource> sources = new TreeMap<>();
        for (String name : List.of("countries", "admin1", "places"))
            sources.put(name, new ShapefileDataStore(data.resolve(name + ".shp")).getFeatureSource());
        return RegionMap.model(
                sources,
                RegionMap.displayCrs(RegionMap.DEFAULT_CRS),
                "Natural Earth (public domain); GeoNames (CC BY 4.0)",
                Path.of("maps"));
    }

    /** The benchmark's 10,000 synthetic events. */
    public static List<Event> events() {
        List<Event> events = new ArrayList<>(10_000);
        new SyntheticEvents(10_000, 42).forEach(events::add);
        return events;
    }

    /** The whole region at {@code size} (a {@link PageSize} name), written to {@code out}, overwriting it. */
    public static ExportRequest request(String size, ExportFormat format, Path out) {
        return new ExportRequest(
                new Extent(18.5, 41.5, 23.5, 44.5, false),
                "EPSG:32634",
                PageSize.parse(size),
                format,
                "Benchmark: 10,000 events",
                null,
                null,
                null,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                "",
                List.of(),
                List.of(),
                List.of(),
                "synthetic 10k",
                null,
                out,
                true);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        return sum;
    }
}
