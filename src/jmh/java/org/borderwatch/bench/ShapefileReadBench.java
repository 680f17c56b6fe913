package org.borderwatch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import org.borderwatch.shapefile.ShapefileDataStore;
import org.geotools.api.data.FeatureReader;
import org.geotools.api.data.Query;
import org.geotools.api.data.Transaction;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;

/**
 * Reads every feature (all attributes and geometry) of each shapefile given, RUNS times, and prints
 * wall time, features/s and peak heap after each run. Peak heap is the sum of the heap pools' peak
 * usage, reset before each run.
 * <p>
 * {@code java -Xmx256m -cp "target/classes:target/lib/*" org.borderwatch.bench.ShapefileReadBench RUNS FILE.shp...}
 */
public final class ShapefileReadBench {
    private ShapefileReadBench() {}

    public static void main(String[] args) throws IOException {
        int runs = Integer.parseInt(args[0]);
        for (int a = 1; a < args.length; a++) {
            Path shp = Path.of(args[a]);
            for (int run = 0; run <= runs; run++) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                long features = readAll(shp);
                double seconds = (System.nanoTime() - start) / 1e9;
                String label = run == 0 ? "warm-up" : "run " + run;
                System.out.printf(
                        Locale.ROOT,
                        "%s\t%s\t%d features\t%.3f s\t%.0f features/s\tpeak heap %.1f MB%n",
                        shp.getFileName(),
                        label,
                        features,
                        seconds,
                        features / seconds,
                        peakHeapBytes() / 1e6);
            }
        }
    }

    private static long readAll(Path shp) throws IOException {
        ShapefileDataStore store = new ShapefileDataStore(shp);
        long n = 0;
        long checksum = 0;
        try (FeatureReader<SimpleFeatureType, SimpleFeature> reader =
                store.getFeatureReader(new Query(store.getTypeNames()[0]), Transaction.AUTO_COMMIT)) {
            while (reader.hasNext()) {
                SimpleFeature f = reader.next();
                checksum += f.getAttributeCount();
                n++;
            }
        } finally {
            store.dispose();
        }
        if (checksum == 0 && n > 0) throw new IllegalStateException("features had no attributes");
        return n;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
        }
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
