package org.borderwatch.export;

import com.sun.management.OperatingSystemMXBean;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderwatch.bench.ExportBench;
import org.borderwatch.events.model.Event;
import org.borderwatch.map.MapModel;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.Regime;

/**
 * Where a 3840x2160 PNG export of {@link ExportBench} spends its time: page layout, painting the
 * page (and, painted again on its own, the map inside it), encoding the PNG into memory, and the
 * atomic write (temporary file, fsync, rename) of the encoded bytes. Each phase prints its wall
 * time, the calling thread's CPU time and the whole process's CPU time (which counts encoder
 * threads too). It lives in the export package because the phases are package-private steps of
 * {@link Exporter#export}.
 * <p>Run: {@code java -Xmx2g -cp "target/classes:target/lib/*" org.borderwatch.export.ExportPhaseBench
 * /tmp/borderwatch-bench-data 7}
 */
public final class ExportPhaseBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ExportPhaseBench() {}

    /** Wall, thread-CPU and process-CPU milliseconds of one phase, one sample per run. */
    private record Samples(List<Double> wall, List<Double> thread, List<Double> process) {
        Samples() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        static double median(List<Double> xs) {
            List<Double> s = new ArrayList<>(xs);
            Collections.sort(s);
            return s.get(s.size() / 2);
        }
    }

    @FunctionalInterface
    private interface Phase {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "/tmp/borderwatch-bench-data");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        MapModel model = ExportBench.regionModel(data);
        List<Event> events = ExportBench.events();
        Path dir = Files.createTempDirectory("export-phases");
        Path out = dir.resolve("bench.png");
        ExportRequest r = ExportBench.request("3840x2160", ExportFormat.PNG, out);
        MapPainter painter = new MapPainter();
        painter.prepare(model);
        Map<String, Samples> phases = new LinkedHashMap<>();
        for (String name : List.of("layout", "paint page", "  of which the map", "encode", "atomic write"))
            phases.put(name, new Samples());
        long bytes = 0;
        for (int i = -ExportBench.WARMUP_RUNS; i < runs; i++) {
            boolean timed = i >= 0;
            PageBuilder.Page[] page = new PageBuilder.Page[1];
            BufferedImage[] image = new BufferedImage[1];
            ByteArrayOutputStream png = new ByteArrayOutputStream(4 << 20);
            time(
                    phases,
                    "layout",
                    timed,
                    () -> page[0] = PageBuilder.build(r, model, events, Regime.NONE, painter, Instant.now(), "bench"));
            time(phases, "paint page", timed, () -> image[0] = PngOutput.render(page[0].painter(), r.size()));
            // the map alone, on a fresh model instance so its layers are drawn, as in the page
            PageBuilder.Page again = PageBuilder.build(r, model, events, Regime.NONE, painter, Instant.now(), "bench");
            time(
                    phases,
                    "  of which the map",
                    timed,
                    () -> PngOutput.render(g -> paintMap(painter, again, g), r.size()));
            ExportFacts facts = page[0].facts();
            DocumentInfo info = new DocumentInfo(
                    facts.title(), facts.subtitle(), "bench", facts.exportedAt(), MetadataJson.write(r, facts));
            time(phases, "encode", timed, () -> PngOutput.write(image[0], r.size(), info, png));
            time(phases, "atomic write", timed, () -> AtomicOutput.write(out, true, o -> png.writeTo(o)));
            bytes = png.size();
        }
        System.out.printf(
                Locale.ROOT,
                "java %s, %d cores; 3840x2160 PNG, %d runs, %d bytes%n",
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                runs,
                bytes);
        System.out.printf(
                Locale.ROOT, "%-20s %10s %12s %13s%n", "phase (medians)", "wall ms", "thread CPU", "process CPU");
        phases.forEach((name, s) -> System.out.printf(
                Locale.ROOT,
                "%-20s %10.1f %12.1f %13.1f%n",
                name,
                Samples.median(s.wall()),
                Samples.median(s.thread()),
                Samples.median(s.process())));
    }

    private static void paintMap(MapPainter painter, PageBuilder.Page page, Graphics2D g) {
        Graphics2D m = (Graphics2D) g.create();
        try {
            m.translate(page.layout().map().getX(), page.layout().map().getY());
            painter.paint(m, page.frame());
        } finally {
            m.dispose();
        }
    }

    private static void time(Map<String, Samples> phases, String name, boolean timed, Phase phase) throws Exception {
        long p0 = OS.getProcessCpuTime();
        long c0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        phase.run();
        long t1 = System.nanoTime();
        long c1 = THREADS.getCurrentThreadCpuTime();
        long p1 = OS.getProcessCpuTime();
        if (!timed) return;
        Samples s = phases.get(name);
        s.wall().add((t1 - t0) / 1e6);
        s.thread().add((c1 - c0) / 1e6);
        s.process().add((p1 - p0) / 1e6);
    }
}
