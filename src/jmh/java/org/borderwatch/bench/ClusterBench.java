package org.borderwatch.bench;

import java.util.concurrent.TimeUnit;
import org.borderwatch.analysis.Clusters;
import org.borderwatch.analysis.EventIndex;
import org.borderwatch.map.Viewport;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
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
 * Clustering one 1920x1080 frame: the whole region (every event in view, the worst case) and a
 * 40 km view around Mitrovica (the usual case), at 100,000 and 1,000,000 events in UTM 34N.
 * Also times building the index (projection + k-d tree), paid once per event list and CRS.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx6g"})
public class ClusterBench {

    @Param({"100000", "1000000"})
    public int events;

    private java.util.List<org.borderwatch.events.model.Event> list;
    private CoordinateReferenceSystem utm34;
    private EventIndex index;
    private Viewport region;
    private Viewport mitrovica;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        list = ClusterBenchEvents.generate(events);
        utm34 = CRS.decode("EPSG:32634");
        index = EventIndex.build(list, utm34);
        // the region box in UTM 34N, fitted to 16:9
        region = new Viewport(new ReferencedEnvelope(240_000, 740_000, 4_590_000, 4_871_250, utm34), 1920, 1080, 1);
        // 40 km wide around Mitrovica (20.87 E, 42.89 N: x 489 km, y 4748 km)
        mitrovica = new Viewport(new ReferencedEnvelope(469_000, 509_000, 4_736_750, 4_759_250, utm34), 1920, 1080, 1);
    }

    @Benchmark
    public Clusters clusterWholeRegion() {
        return Clusters.of(index, region, Clusters.DEFAULT_RADIUS_PX);
    }

    @Benchmark
    public Clusters clusterMitrovica() {
        return Clusters.of(index, mitrovica, Clusters.DEFAULT_RADIUS_PX);
    }

    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 3, time = 1)
    public EventIndex buildIndex() throws Exception {
        return EventIndex.build(list, utm34);
    }
}
