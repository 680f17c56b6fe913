package org.borderwatch.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.Frame;
import org.borderwatch.render.FrameOptions;
import org.borderwatch.render.MapPainter;
import org.borderwatch.shapefile.ShapefileDataStore;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.style.Mark;
import org.geotools.api.style.Style;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.geotools.styling.StyleBuilder;

/**
 * Render benchmark (a bench main, not a test): full redraws at 1920×1080 in EPSG:32634 over
 * 18.5,41.5,23.5,44.5 of (1) all layers of maps/ with the region styles and furniture, and (2) the
 * countries, admin1 and places layers of the benchmark data set, alone and with points_10k and
 * points_1m, styled as shared/bench/qgis_render_bench.py styles them for QGIS (its millimetre sizes
 * at 96 dpi). Prints the first frame (reading and reprojecting included), then the median, min and
 * max of full redraws (a new model instance each frame, so nothing drawn is reused) and of pan
 * frames (the same model, the view moved 40 px between frames), the median of the first pan frame
 * after a redraw (40 px up: it also draws the margin rows above the frame, which a redraw leaves
 * for the first pan that shows them, decision 0009), with the median CPU time of the
 * painting thread and, for redraws, of all Java threads (the painter shares the layer buffer's
 * drawing with a helper thread), and writes each picture. Each timed loop of {@value #RUNS} frames
 * follows 3 s of the same frames.
 * <pre>
 * mvn -B -Pbench -DskipTests package
 * java -Xmx6g -cp "target/classes:target/lib/*" org.borderwatch.bench.RenderBench maps /tmp/borderwatch-bench-data target/render-bench [maps base base+10k base+1m]
 * </pre>
 */
public final class RenderBench {

    private static final int W = 1920;
    private static final int H = 1080;
    /**
     * Each timed loop first paints its frames for this long (at least {@value #MIN_WARMUP} of them),
     * so the JIT has compiled the painter as it has in a session of a few seconds' use.
     */
    private static final long WARMUP_NANOS = 3_000_000_000L;

    private static final int MIN_WARMUP = 5;
    private static final int RUNS = 20;
    private static final double MM = 96 / 25.4;

    public static void main(String[] args) throws Exception {
        Path maps = Path.of(args.length > 0 ? args[0] : "maps");
        Path data = Path.of(args.length > 1 ? args[1] : "/tmp/borderwatch-bench-data");
        Path out = Path.of(args.length > 2 ? args[2] : "target/render-bench");
        out.toFile().mkdirs();
        CoordinateReferenceSystem utm = RegionMap.displayCrs("EPSG:32634");
        ReferencedEnvelope extent =
                new ReferencedEnvelope(18.5, 23.5, 41.5, 44.5, DefaultGeographicCRS.WGS84).transform(utm, true);
        // QGIS's setExtent widens the extent to the frame's aspect the same way
        Viewport view = Viewport.fit(extent, W, H, 1.0);
        List<String> cases = args.length > 3
                ? Arrays.asList(args).subList(3, args.length)
                : List.of("maps", "base", "base+10k", "base+1m");
        System.out.printf(
                Locale.ROOT,
                "| case | features | first frame ms | redraw median | min | max | redraw CPU median"
                        + " | redraw all-threads CPU median | pan median | pan min | pan max | pan CPU median | first pan after redraw median |%n");
        System.out.printf(Locale.ROOT, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|%n");
        for (String c : cases) {
            if (c.equals("maps")) run("maps", RegionMap.load(maps, utm), view, FrameOptions.STANDARD, out);
            else
                run(
                        c,
                        benchModel(data, utm, c.equals("base") ? null : "points_" + c.substring(5)),
                        view,
                        FrameOptions.FEATURES_ONLY,
                        out);
        }
    }

    private static void run(String name, MapModel model, Viewport view, FrameOptions options, Path out)
            throws IOException {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
        MapPainter painter = new MapPainter();
        Frame frame = Frame.of(model, view).withOptions(options);
        long t0 = System.nanoTime();
        paint(painter, img, frame);
        double first = (System.nanoTime() - t0) / 1e6;
        // a new model instance per frame, as after a layer toggle: the painter cannot reuse its layer buffer
        double[][] redraw = time(
                painter,
                img,
                i -> new Frame(model.withDisplayCrs(model.displayCrs()), view, List.of(), java.util.Set.of(), options));
        double[][] pan = time(painter, img, i -> frame.withViewport(view.panByPixels(i % 2 == 0 ? 40 : -40, 0)));
        double[] panAfterRedraw = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Frame redrawn =
                    new Frame(model.withDisplayCrs(model.displayCrs()), view, List.of(), java.util.Set.of(), options);
            paint(painter, img, redrawn);
            long t = System.nanoTime();
            paint(painter, img, redrawn.withViewport(view.panByPixels(0, -40)));
            panAfterRedraw[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(panAfterRedraw);
        ImageIO.write(img, "png", new File(out.toFile(), name.replaceAll("[^a-z0-9+_]+", "_") + ".png"));
        long features = 0;
        // raster layers of the catalogue have no feature source
        for (Layer l : model.layers())
            if (l.source() != null) features += l.source().getCount(org.geotools.api.data.Query.ALL);
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                name,
                features,
                first,
                median(redraw[0]),
                redraw[0][0],
                redraw[0][RUNS - 1],
                median(redraw[1]),
                median(redraw[2]),
                median(pan[0]),
                pan[0][0],
                pan[0][RUNS - 1],
                median(pan[1]),
                median(panAfterRedraw));
        System.out.flush();
    }

    private interface FrameAt {
        Frame frame(int i);
    }

    /**
     * Wall-clock and CPU milliseconds of {@value #RUNS} frames, each sorted. CPU time is this thread's
     * own, which a shared, loaded machine disturbs less than wall-clock time.
     */
    private static double[][] time(MapPainter painter, BufferedImage img, FrameAt frames) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warmUntil = System.nanoTime() + WARMUP_NANOS;
        for (int i = 0; i < MIN_WARMUP || System.nanoTime() < warmUntil; i++) paint(painter, img, frames.frame(i));
        double[] ms = new double[RUNS];
        double[] cpu = new double[RUNS];
        double[] processCpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Frame f = frames.frame(i);
            long p = allThreadsCpuTime(threads);
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            paint(painter, img, f);
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            processCpu[i] = (allThreadsCpuTime(threads) - p) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        Arrays.sort(processCpu);
        return new double[][] {ms, cpu, processCpu};
    }

    /** CPU time of every live Java thread: the painting thread and any helper it hands work to. */
    private static long allThreadsCpuTime(ThreadMXBean threads) {
        long sum = 0;
        for (long id : threads.getAllThreadIds()) sum += Math.max(0, threads.getThreadCpuTime(id));
        return sum;
    }

    private static void paint(MapPainter painter, BufferedImage img, Frame frame) {
        Graphics2D g = img.createGraphics();
        painter.paint(g, frame);
        g.dispose();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The QGIS benchmark's layers and symbols, bottom first. */
    private static MapModel benchModel(Path data, CoordinateReferenceSystem crs, String extra) throws IOException {
        StyleBuilder sb = new StyleBuilder();
        Map<String, Style> styles = new LinkedHashMap<>();
        styles.put(
                "countries",
                sb.createStyle(sb.createPolygonSymbolizer(
                        sb.createStroke(new Color(40, 40, 40), 0.5 * MM), sb.createFill(new Color(235, 232, 222)))));
        styles.put(
                "admin1",
                sb.createStyle(sb.createPolygonSymbolizer(
                        sb.createStroke(new Color(90, 90, 90), 0.25 * MM, new float[] {
                            (float) (4 * 0.25 * MM), (float) (2 * 0.25 * MM)
                        }),
                        null)));
        Mark place = sb.createMark(StyleBuilder.MARK_CIRCLE, new Color(200, 30, 30), Color.WHITE, 0.2 * MM);
        styles.put(
                "places",
                sb.createStyle(sb.createPointSymbolizer(sb.createGraphic(null, place, null, 1, 1.6 * MM, 0))));
        if ("points_10k".equals(extra)) styles.put(extra, points(sb, new Color(30, 100, 220, 200), 1.2 * MM));
        if ("points_1m".equals(extra)) styles.put(extra, points(sb, new Color(30, 100, 220, 120), 0.6 * MM));
        List<Layer> layers = new ArrayList<>();
        for (Map.Entry<String, Style> e : styles.entrySet()) {
            SimpleFeatureSource src = new ShapefileDataStore(data.resolve(e.getKey() + ".shp")).getFeatureSource();
            layers.add(new Layer(e.getKey(), e.getKey(), src, e.getValue(), true));
        }
        return new MapModel(layers, crs, "");
    }

    private static Style points(StyleBuilder sb, Color fill, double sizePx) {
        Mark mark = sb.createMark(StyleBuilder.MARK_CIRCLE, fill, null, 0);
        mark.setStroke(null);
        mark.getFill().setOpacity(sb.literalExpression(fill.getAlpha() / 255.0));
        return sb.createStyle(sb.createPointSymbolizer(sb.createGraphic(null, mark, null, 1, sizePx, 0)));
    }
}
