package org.borderwatch.bench;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Event;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.Frame;
import org.borderwatch.render.FrameOptions;
import org.borderwatch.render.MapPainter;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.crs.DefaultGeographicCRS;

/**
 * Frames of the two gestures a user makes on the map (a bench main, not a test), on maps/ with the
 * region styles, labels, furniture and the events of data/events.geojson at 1920×1080 in EPSG:32634:
 * a long <em>drag</em> (24 px a frame, 2,400 px east then back, so every few frames the layer buffer
 * is redrawn, as in the app) and a <em>zoom</em> (each frame 0.4% wider, so every frame is drawn at a
 * new scale and lays out and draws its labels anew). Each frame goes into a new image, as the app's
 * render thread paints it. Prints median, 90th percentile and maximum wall-clock time and the median
 * CPU time of the render thread.
 * <pre>
 * mvn -B -Pbench -DskipTests package
 * java -Xmx3g -cp "target/classes:target/lib/*" org.borderwatch.bench.GestureBench maps data/events.geojson
 * </pre>
 */
public final class GestureBench {

    private static final int W = 1920;
    private static final int H = 1080;
    private static final int DRAG_STEP_PX = 24;
    private static final int DRAG_FRAMES = 100;
    private static final int ZOOM_FRAMES = 40;
    private static final int WARMUP_ROUNDS = 1;

    private interface FrameAt {
        Frame frame(int i);
    }

    public static void main(String[] args) throws Exception {
        Path maps = Path.of(args.length > 0 ? args[0] : "maps");
        Path store = Path.of(args.length > 1 ? args[1] : "data/events.geojson");
        MapModel model = RegionMap.load(maps, RegionMap.displayCrs("EPSG:32634"));
        List<Event> events = Files.exists(store) ? GeoJsonEventStore.open(store).all() : List.of();
        ReferencedEnvelope extent = new ReferencedEnvelope(18.5, 23.5, 41.5, 44.5, DefaultGeographicCRS.WGS84)
                .transform(model.displayCrs(), true);
        Viewport view = Viewport.fit(extent, W, H, 1.0);
        Frame start = new Frame(model, view, events, Set.of(), FrameOptions.STANDARD);
        MapPainter painter = new MapPainter();
        painter.prepare(model);
        System.out.printf(
                Locale.ROOT, "| gesture | frames | events | wall median ms | wall p90 | wall max | CPU median |%n");
        System.out.printf(Locale.ROOT, "|---|---:|---:|---:|---:|---:|---:|%n");
        // out and back, so the drag ends where it began and a warm-up round sees the same frames
        run(
                "drag",
                painter,
                events.size(),
                2 * DRAG_FRAMES,
                i -> start.withViewport(
                        view.panByPixels(-DRAG_STEP_PX * (i < DRAG_FRAMES ? i : 2 * DRAG_FRAMES - i), 0)));
        run("zoom", painter, events.size(), ZOOM_FRAMES, i -> {
            ReferencedEnvelope wider = new ReferencedEnvelope(extent);
            double k = 0.004 * (i + 1);
            wider.expandBy(extent.getWidth() * k / 2, extent.getHeight() * k / 2);
            return start.withViewport(Viewport.fit(wider, W, H, 1.0));
        });
    }

    private static void run(String name, MapPainter painter, int events, int frames, FrameAt at) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[frames];
        double[] cpu = new double[frames];
        for (int round = 0; round <= WARMUP_ROUNDS; round++)
            for (int i = 0; i < frames; i++) {
                Frame f = at.frame(i);
                long c = threads.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
                Graphics2D g = img.createGraphics();
                painter.paint(g, f);
                g.dispose();
                ms[i] = (System.nanoTime() - t) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
                name,
                frames,
                events,
                ms[frames / 2],
                ms[(int) (frames * 0.9)],
                ms[frames - 1],
                cpu[frames / 2]);
        System.out.flush();
    }
}
