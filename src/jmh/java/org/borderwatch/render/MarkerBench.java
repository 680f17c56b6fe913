package org.borderwatch.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderwatch.bench.ExportBench;
import org.borderwatch.events.model.Event;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.Viewport;
import org.geotools.geometry.jts.ReferencedEnvelope;

/**
 * The event markers alone, as {@link MarkerPainter} paints them over a frame: {@link ExportBench}'s
 * 10,000 synthetic events over the whole region, on the 4K export's map (3058x1922 px at pixel scale
 * 2) and on a 1920x1080 screen frame, and a run of screen pan frames (markers are repainted on every
 * pan frame, over the blitted layer buffer). Prints the median wall
 * and thread-CPU milliseconds per frame after a warm-up. It lives in the render package because the
 * marker painter is package-private.
 * <p>Run: {@code java -Xmx2g -cp "target/classes:target/lib/*" org.borderwatch.render.MarkerBench
 * /tmp/borderwatch-bench-data 30}
 */
public final class MarkerBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WARMUP = 40;

    private MarkerBench() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "/tmp/borderwatch-bench-data");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        MapModel model = ExportBench.regionModel(data);
        List<Event> events = List.copyOf(ExportBench.events());
        // the region box of the export request in UTM 34N
        ReferencedEnvelope region = new ReferencedEnvelope(240_000, 740_000, 4_590_000, 4_871_250, model.displayCrs());
        Viewport export = Viewport.fit(region, 3058, 1922, 2);
        Viewport screen = Viewport.fit(region, 1920, 1080, 1);
        run("export map, new painter", model, events, export, 0, true, runs);
        run("export map, same painter", model, events, export, 0, false, runs);
        run("screen, new painter", model, events, screen, 0, true, runs);
        run("screen pan frames", model, events, screen, 7, false, runs);
    }

    /**
     * Paints {@code runs} frames after a warm-up; each frame pans {@code panPx} from the last. A new
     * painter per frame draws as a one-off export does, with nothing pre-drawn (the projected events
     * are cached by the app either way).
     */
    private static void run(
            String name, MapModel model, List<Event> events, Viewport start, double panPx, boolean newPainter, int runs)
            throws Exception {
        MarkerPainter painter = new MarkerPainter();
        BufferedImage image = new BufferedImage(start.widthPx(), start.heightPx(), BufferedImage.TYPE_INT_RGB);
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        Viewport v = start;
        int footprints = 0;
        for (int i = -WARMUP; i < runs; i++) {
            Frame frame = new Frame(model, v, events, Set.of());
            if (newPainter) painter = new MarkerPainter();
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int[] n = new int[1];
            long t0 = System.nanoTime();
            long c0 = THREADS.getCurrentThreadCpuTime();
            painter.paint(g, frame, r -> n[0]++);
            long c1 = THREADS.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            g.dispose();
            footprints = n[0];
            if (i >= 0) {
                wall.add((t1 - t0) / 1e6);
                cpu.add((c1 - c0) / 1e6);
            }
            // back and forth, so the frames stay over the region
            if (panPx != 0) v = v.panByPixels((i & 8) == 0 ? panPx : -panPx, (i & 16) == 0 ? panPx / 2 : -panPx / 2);
        }
        Collections.sort(wall);
        Collections.sort(cpu);
        System.out.printf(
                Locale.ROOT,
                "%-26s median wall %7.2f ms (min %7.2f), median thread CPU %7.2f ms, %d symbols, %d runs%n",
                name,
                wall.get(wall.size() / 2),
                wall.get(0),
                cpu.get(cpu.size() / 2),
                footprints,
                runs);
    }
}
