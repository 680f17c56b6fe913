package org.borderwatch.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.borderwatch.analysis.Clusters;
import org.borderwatch.analysis.EventIndex;
import org.borderwatch.map.Viewport;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hit testing one click (10 px tolerance) at 100,000 and 1,000,000 events: in a 1920x1080 view of
 * the whole region (about 150 events within 10 px at 1 M) and of 40 km around Mitrovica, plus
 * picking a cluster of the current frame. JTS's STRtree answering the same rectangle query is the
 * in-process reference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx6g"})
public class PickBench {

    private static final double TOLERANCE_PX = 10;
    private static final int CLICKS = 4096;

    @Param({"100000", "1000000"})
    public int events;

    private EventIndex index;
    private Viewport region;
    private Viewport mitrovica;
    private Clusters regionClusters;
    private STRtree strtree;
    private final double[] clickX = new double[CLICKS];
    private final double[] clickY = new double[CLICKS];
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        CoordinateReferenceSystem utm34 = CRS.decode("EPSG:32634");
        index = EventIndex.build(ClusterBenchEvents.generate(events), utm34);
        region = new Viewport(new ReferencedEnvelope(240_000, 740_000, 4_590_000, 4_871_250, utm34), 1920, 1080, 1);
        mitrovica = new Viewport(new ReferencedEnvelope(469_000, 509_000, 4_736_750, 4_759_250, utm34), 1920, 1080, 1);
        regionClusters = Clusters.of(index, region, Clusters.DEFAULT_RADIUS_PX);
        strtree = new STRtree();
        for (int i = 0; i < index.size(); i++)
            strtree.insert(new Envelope(index.x(i), index.x(i), index.y(i), index.y(i)), i);
        strtree.build();
        Random r = new Random(5);
        for (int i = 0; i < CLICKS; i++) {
            clickX[i] = r.nextDouble() * 1920;
            clickY[i] = r.nextDouble() * 1080;
        }
    }

    private int click() {
        next = (next + 1) & (CLICKS - 1);
        return next;
    }

    @Benchmark
    public List<EventIndex.Hit> pickWholeRegion() {
        int c = click();
        return index.pick(region, clickX[c], clickY[c], TOLERANCE_PX);
    }

    @Benchmark
    public List<EventIndex.Hit> pickMitrovica() {
        int c = click();
        return index.pick(mitrovica, clickX[c], clickY[c], TOLERANCE_PX);
    }

    @Benchmark
    public Object pickClusterWholeRegion() {
        int c = click();
        return regionClusters.at(clickX[c], clickY[c], TOLERANCE_PX);
    }

    @Benchmark
    public List<?> strtreeQueryWholeRegion() {
        int c = click();
        double upp = region.unitsPerPixel();
        double wx = region.area().getMinX() + clickX[c] * upp,
                wy = region.area().getMaxY() - clickY[c] * upp;
        double tol = TOLERANCE_PX * upp;
        return strtree.query(new Envelope(wx - tol, wx + tol, wy - tol, wy + tol));
    }
}
