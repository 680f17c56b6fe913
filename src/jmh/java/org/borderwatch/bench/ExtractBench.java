package org.borderwatch.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import javax.imageio.ImageIO;
import org.borderwatch.map.Layer;
import org.borderwatch.map.LayerSources;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.map.Viewport;
import org.borderwatch.render.Frame;
import org.borderwatch.render.FrameOptions;
import org.borderwatch.render.MapPainter;
import org.borderwatch.shapefile.ShapefileDataStore;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.style.Style;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.geotools.styling.StyleBuilder;

/**
 * The base-map engine on a Geofabrik-layout extract (from {@link SyntheticExtract}) at 1920×1080 in
 * EPSG:32634, with the simple styles scripts/qgis_extract_bench.py gives QGIS: open → first complete frame
 * (the first time, when the spatial indexes are built, and again with them kept beside the data), full
 * redraws and pans (40 px) of the whole extract (about 1:1.1M) and of a 1:100k view at Zvečan, zoom steps
 * (×2 in and out around the centre) at 1:100k, and the heap used after a full GC at the end. Frames are
 * timed on the painting thread, wall clock and CPU (the layer buffer shares drawing with one helper thread).
 * Each timed loop of {@value #RUNS} frames follows {@value #WARMUP} frames.
 * <pre>
 * mvn -B -o -Pbench -DskipTests package
 * java -cp "target/classes:target/lib/*" org.borderwatch.bench.SyntheticExtract target/extracts dense kosovo serbia
 * java -Xmx2g -cp "target/classes:target/lib/*" org.borderwatch.bench.ExtractBench target/extract-bench target/extracts/dense target/extracts/kosovo target/extracts/serbia
 * </pre>
 */
public final class ExtractBench {

    private static final int W = 1920;
    private static final int H = 1080;
    private static final int RUNS = 20;
    private static final int WARMUP = 10;
    /** QGIS sizes symbols in millimetres; at 96 dpi a millimetre is this many pixels. */
    private static final double MM = 96 / 25.4;

    private static final String[] LAYERS = {
        "gis_osm_landuse_a_free_1",
        "gis_osm_water_a_free_1",
        "gis_osm_waterways_free_1",
        "gis_osm_railways_free_1",
        "gis_osm_roads_free_1",
        "gis_osm_places_free_1"
    };

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ExtractBench OUT_DIR EXTRACT_DIR...");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        CoordinateReferenceSystem utm = RegionMap.displayCrs("EPSG:32634");
        ReferencedEnvelope region = new ReferencedEnvelope(
                        SyntheticExtract.MIN_LON,
                        SyntheticExtract.MAX_LON,
                        SyntheticExtract.MIN_LAT,
                        SyntheticExtract.MAX_LAT,
                        DefaultGeographicCRS.WGS84)
                .transform(utm, true);
        Viewport whole = Viewport.fit(region, W, H, 1.0);
        ReferencedEnvelope zvecan =
                new ReferencedEnvelope(20.84, 20.84, 42.91, 42.91, DefaultGeographicCRS.WGS84).transform(utm, true);
        // 1:100k at 96 dpi: 100,000 × 0.0254 / 96 m per pixel
        double upp = 100_000 * 0.0254 / 96;
        Viewport local = new Viewport(
                new ReferencedEnvelope(
                        zvecan.getMinX() - upp * W / 2,
                        zvecan.getMinX() + upp * W / 2,
                        zvecan.getMinY() - upp * H / 2,
                        zvecan.getMinY() + upp * H / 2,
                        utm),
                W,
                H,
                1.0);
        System.out.println(
                "| extract | features | open → first frame, index built (ms) | open → first frame, index kept"
                        + " (ms) | whole redraw median (CPU) | whole pan median (CPU) | 1:100k redraw median (CPU)"
                        + " | 1:100k pan median / max (CPU median) | 1:100k zoom step median / max | heap used after GC (MB) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int i = 1; i < args.length; i++) run(Path.of(args[i]), utm, whole, local, out);
    }

    private static void run(Path dir, CoordinateReferenceSystem utm, Viewport whole, Viewport local, Path out)
            throws IOException {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
        boolean indexed = Files.exists(dir.resolve(LAYERS[0] + ".bwsi"));
        long t0 = System.nanoTime();
        MapModel model = model(dir, utm);
        MapPainter first = new MapPainter();
        paint(first, img, Frame.of(model, whole).withOptions(FrameOptions.FEATURES_ONLY));
        double firstMs = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        model = model(dir, utm);
        MapPainter painter = new MapPainter();
        paint(painter, img, Frame.of(model, whole).withOptions(FrameOptions.FEATURES_ONLY));
        double keptMs = (System.nanoTime() - t0) / 1e6;
        ImageIO.write(img, "png", new File(out.toFile(), dir.getFileName() + "-whole.png"));
        long features = 0;
        for (String layer : LAYERS) features += new ShapefileDataStore(dir.resolve(layer + ".shp")).recordCount();
        MapModel m = model;
        double[][] wholeRedraw = time(painter, img, i -> redraw(m, whole));
        Frame wholeFrame = Frame.of(m, whole).withOptions(FrameOptions.FEATURES_ONLY);
        double[][] wholePan =
                time(painter, img, i -> wholeFrame.withViewport(whole.panByPixels(i % 2 == 0 ? 40 : -40, 0)));
        double[][] localRedraw = time(painter, img, i -> redraw(m, local));
        ImageIO.write(img, "png", new File(out.toFile(), dir.getFileName() + "-1-100k.png"));
        Frame localFrame = Frame.of(m, local).withOptions(FrameOptions.FEATURES_ONLY);
        double[][] localPan =
                time(painter, img, i -> localFrame.withViewport(local.panByPixels(i % 2 == 0 ? 40 : -40, 0)));
        double[][] zoom = time(painter, img, i -> localFrame.withViewport(i % 2 == 0 ? zoomed(local, 0.5) : local));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        double heapMb = memory.getHeapMemoryUsage().getUsed() / 1e6;
        System.out.printf(
                Locale.ROOT,
                "| %s | %,d | %s | %.0f | %.1f (%.1f) | %.1f (%.1f) | %.1f (%.1f) | %.1f / %.1f (%.1f) | %.1f / %.1f | %.0f |%n",
                dir.getFileName(),
                features,
                indexed ? "(indexes were there)" : String.format(Locale.ROOT, "%.0f", firstMs),
                keptMs,
                median(wholeRedraw[0]),
                median(wholeRedraw[1]),
                median(wholePan[0]),
                median(wholePan[1]),
                median(localRedraw[0]),
                median(localRedraw[1]),
                median(localPan[0]),
                localPan[0][RUNS - 1],
                median(localPan[1]),
                median(zoom[0]),
                zoom[0][RUNS - 1],
                heapMb);
        System.out.flush();
    }

    private static Frame redraw(MapModel m, Viewport v) {
        // a new model instance per frame, as after a layer toggle: the painter cannot reuse its layer buffer
        return Frame.of(m.withDisplayCrs(m.displayCrs()), v).withOptions(FrameOptions.FEATURES_ONLY);
    }

    private static Viewport zoomed(Viewport v, double factor) {
        ReferencedEnvelope a = v.area();
        double hw = a.getWidth() * factor / 2, hh = a.getHeight() * factor / 2;
        return new Viewport(
                new ReferencedEnvelope(
                        a.getCenterX() - hw,
                        a.getCenterX() + hw,
                        a.getCenterY() - hh,
                        a.getCenterY() + hh,
                        a.getCoordinateReferenceSystem()),
                v.widthPx(),
                v.heightPx(),
                v.pixelScale());
    }

    /** The extract's layers, bottom first, with the symbols the QGIS script gives them. */
    static MapModel model(Path dir, CoordinateReferenceSystem crs) throws IOException {
        StyleBuilder sb = new StyleBuilder();
        LayerSources sources = new LayerSources(null);
        Style[] styles = {
            sb.createStyle(sb.createPolygonSymbolizer(null, sb.createFill(new Color(205, 230, 190)))),
            sb.createStyle(sb.createPolygonSymbolizer(
                    sb.createStroke(new Color(90, 140, 200), 0.26 * MM), sb.createFill(new Color(170, 205, 240)))),
            sb.createStyle(sb.createLineSymbolizer(sb.createStroke(new Color(90, 140, 200), 0.26 * MM))),
            sb.createStyle(sb.createLineSymbolizer(sb.createStroke(new Color(60, 60, 60), 0.4 * MM))),
            sb.createStyle(sb.createLineSymbolizer(sb.createStroke(new Color(150, 150, 150), 0.26 * MM))),
            sb.createStyle(sb.createPointSymbolizer(sb.createGraphic(
                    null,
                    sb.createMark("circle", new Color(200, 30, 30), Color.WHITE, 0.2 * MM),
                    null,
                    1,
                    1.6 * MM,
                    0)))
        };
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < LAYERS.length; i++) {
            Path shp = dir.resolve(LAYERS[i] + ".shp");
            layers.add(new Layer(LAYERS[i], LAYERS[i], sources.open(shp), styles[i], true));
        }
        return new MapModel(layers, crs, "© OpenStreetMap contributors (synthetic)");
    }

    private static double[][] time(MapPainter painter, BufferedImage img, IntFunction<Frame> frames) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARMUP; i++) paint(painter, img, frames.apply(i));
        double[] ms = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Frame f = frames.apply(i);
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            paint(painter, img, f);
            ms[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new double[][] {ms, cpu};
    }

    private static void paint(MapPainter painter, BufferedImage img, Frame frame) {
        Graphics2D g = img.createGraphics();
        painter.paint(g, frame);
        g.dispose();
    }

    private static double median(double[] sorted) {
        return (sorted[RUNS / 2 - 1] + sorted[RUNS / 2]) / 2;
    }
}
