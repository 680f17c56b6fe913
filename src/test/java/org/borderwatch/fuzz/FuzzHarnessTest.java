package org.borderwatch.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.borderwatch.events.acled.AcledCsvFuzzTarget;
import org.borderwatch.events.geojson.EventStoreFuzzTarget;
import org.borderwatch.geopackage.CraftedGeoPackage;
import org.borderwatch.geopackage.GeoPackageFuzzTarget;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.AnnotationFuzzTarget;
import org.borderwatch.map.AnnotationJson;
import org.borderwatch.map.LonLat;
import org.borderwatch.map.catalogue.CatalogueFuzzTarget;
import org.borderwatch.shapefile.CraftedDialects;
import org.borderwatch.shapefile.ShapefileFuzzTarget;
import org.borderwatch.tiles.MbTilesFuzzTarget;
import org.borderwatch.tiles.TestTiles;
import org.borderwatch.tiles.TileId;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs each reader's fuzz target under Jazzer (coverage-guided, libFuzzer's engine). In {@code mvn verify} each
 * target tries {@code borderwatch.fuzz.runs} inputs from the fixed {@code borderwatch.fuzz.seed} and an empty corpus,
 * so every build tries the same inputs (a random run once failed one CI build in several); {@code -Pfuzz} runs each
 * for {@code borderwatch.fuzz.seconds} (600) from a random seed, keeping its corpus between runs. A crash (an exception other
 * than the reader's own, an OutOfMemoryError, a StackOverflowError), an input read slower than 2 s, or a failed
 * oracle (a silent wrong read) fails the test and leaves a reproducer in {@code target/fuzz/NAME/}. Seeds come from
 * the test files and, when present, {@code ../shared/corpus}. Each run's executions go to {@code target/fuzz/summary.txt}.
 * {@code -Dborderwatch.fuzz.targets=shapefile,acled-csv} runs only the targets named.
 */
class FuzzHarnessTest {
    private static final Path OUT = Path.of("target", "fuzz");
    /** Fuzz inputs up to this size; the readers are meant to take 10 MB in 2 s, libFuzzer grows inputs slowly anyway. */
    private static final int MAX_INPUT_BYTES = 10 << 20;
    /**
     * The event store and the shapefile store are fuzzed on inputs up to this size: their cost per input grows with
     * its size (several reads of it each), and a few seeds near 1 MB, mutated again and again, took most of the
     * time. Large inputs are checked apart, by {@code LargeInputsTest}: 10 MB of each reader's worst shapes.
     */
    private static final int STORE_INPUT_BYTES = 64 << 10;

    private static final int EVENT_INPUT_BYTES = STORE_INPUT_BYTES;

    private static final Pattern RUNS = Pattern.compile("stat::number_of_executed_units:\\s+(\\d+)");
    private static final Pattern SLOWEST = Pattern.compile("stat::slowest_unit_time_sec:\\s+(\\d+)");
    /**
     * An input running longer than this is reported as a hang. The target is 2 s for 10 MB; the first inputs also
     * pay for loading and instrumenting classes, which on a loaded machine alone can take longer, so the bound here is
     * wider and the slowest input of each run is recorded in the summary.
     */
    private static final int HANG_SECONDS = 20;
    /**
     * libFuzzer's limit on the whole process: the Java heap is capped at 1 GB by -Xmx, so a reader that runs away with
     * memory fails there as an OutOfMemoryError; the rest is the JVM's own (code, metaspace, the instrumented classes),
     * which on a quiet machine came to 2.3 GB after five inputs.
     */
    private static final int RSS_LIMIT_MB = 4096;

    /**
     * The two stores' targets, on inputs of at most {@link #STORE_INPUT_BYTES}, need far less heap than the others:
     * theirs is capped lower, so that a reader that holds on to memory is found as an OutOfMemoryError. The process
     * limit stays that of the others: a fresh clone's first run reached 2.47 GB in the JVM's own memory while it
     * instrumented classes and ran the seeds (a 2 GB limit failed a CI build there), though later runs stay under 1 GB.
     */
    private static final int STORE_HEAP_MB = 512;

    private static final int STORE_RSS_LIMIT_MB = RSS_LIMIT_MB;

    private record Target(String name, Class<?> type, Seeds seeds, int maxBytes, int heapMb, int rssLimitMb) {
        Target(String name, Class<?> type, Seeds seeds) {
            this(name, type, seeds, MAX_INPUT_BYTES, 1024, RSS_LIMIT_MB);
        }

        static Target store(String name, Class<?> type, Seeds seeds) {
            return new Target(name, type, seeds, STORE_INPUT_BYTES, STORE_HEAP_MB, STORE_RSS_LIMIT_MB);
        }
    }

    /** How long a target runs: at most {@code seconds}, and {@code runs} inputs when positive; seed 0 is random. */
    private record Budget(int seconds, int runs, long seed) {
        boolean repeatable() {
            return runs > 0 && seed != 0;
        }
    }

    private interface Seeds {
        void write(Path dir) throws IOException;
    }

    @TestFactory
    Stream<DynamicTest> everyReaderSurvivesFuzzing() {
        int seconds = Integer.getInteger("borderwatch.fuzz.seconds", 120);
        Budget budget = new Budget(
                seconds, Integer.getInteger("borderwatch.fuzz.runs", 1500), Long.getLong("borderwatch.fuzz.seed", 1));
        List<Target> targets = List.of(
                Target.store("events-geojson", EventStoreFuzzTarget.class, FuzzHarnessTest::eventSeeds),
                Target.store("shapefile", ShapefileFuzzTarget.class, FuzzHarnessTest::shapefileSeeds),
                new Target("annotations", AnnotationFuzzTarget.class, FuzzHarnessTest::annotationSeeds),
                new Target("acled-csv", AcledCsvFuzzTarget.class, FuzzHarnessTest::csvSeeds),
                // the same import, seeded with UCDP GED files only, so that mutations stay in the UCDP dialect
                new Target("ucdp-csv", AcledCsvFuzzTarget.class, FuzzHarnessTest::ucdpSeeds),
                new Target("catalogue", CatalogueFuzzTarget.class, FuzzHarnessTest::catalogueSeeds),
                new Target("mbtiles", MbTilesFuzzTarget.class, FuzzHarnessTest::mbtilesSeeds),
                new Target("geopackage", GeoPackageFuzzTarget.class, FuzzHarnessTest::geopackageSeeds));
        String only = System.getProperty("borderwatch.fuzz.targets", "");
        return targets.stream()
                .filter(t -> only.isBlank() || List.of(only.split(",")).contains(t.name()))
                .map(t -> DynamicTest.dynamicTest(t.name(), () -> fuzz(t, budget)));
    }

    private static void fuzz(Target t, Budget budget) throws IOException, InterruptedException {
        int seconds = budget.seconds();
        Path dir = OUT.resolve(t.name());
        Path seeds = dir.resolve("seeds");
        Path corpus = dir.resolve("corpus");
        if (budget.repeatable()) deleteTree(corpus);
        Files.createDirectories(seeds);
        Files.createDirectories(corpus);
        t.seeds().write(seeds);
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + t.heapMb() + "m",
                "-Xss4m"));
        // e.g. a profiler: -Dborderwatch.fuzz.jvm=-XX:StartFlightRecording=filename=shapefile.jfr
        String jvm = System.getProperty("borderwatch.fuzz.jvm", "");
        if (!jvm.isBlank()) command.addAll(List.of(jvm.trim().split("\\s+")));
        command.addAll(List.of(
                "-cp",
                classpath,
                "com.code_intelligence.jazzer.Jazzer",
                "--target_class=" + t.type().getName(),
                "--instrumentation_includes=org.borderwatch.**",
                "--custom_hook_includes=org.borderwatch.**",
                "--reproducer_path=" + dir,
                "-max_total_time=" + seconds,
                "-runs=" + (budget.runs() > 0 ? budget.runs() : -1),
                "-seed=" + budget.seed(),
                "-timeout=" + HANG_SECONDS,
                "-rss_limit_mb=" + t.rssLimitMb(),
                "-max_len=" + t.maxBytes(),
                "-print_final_stats=1",
                "-artifact_prefix=" + dir + "/",
                corpus.toString(),
                seeds.toString()));
        Path log = dir.resolve("last-run.log");
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean ended = p.waitFor(seconds + 300L, TimeUnit.SECONDS);
        if (!ended) p.destroyForcibly();
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Matcher runs = RUNS.matcher(text);
        long executions = runs.find() ? Long.parseLong(runs.group(1)) : -1;
        Matcher slowest = SLOWEST.matcher(text);
        String slowestSeconds = slowest.find() ? slowest.group(1) : "?";
        Files.writeString(
                OUT.resolve("summary.txt"),
                String.format(
                        Locale.ROOT,
                        "%s %s: %,d executions (limit %d s, %s), slowest input %s s, exit %s%n",
                        java.time.Instant.now(),
                        t.name(),
                        executions,
                        seconds,
                        budget.repeatable() ? budget.runs() + " inputs from seed " + budget.seed() : "random seed",
                        slowestSeconds,
                        ended ? p.exitValue() : "killed"),
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        assertThat(ended).as("%s: the fuzzing run ended", t.name()).isTrue();
        assertThat(p.exitValue())
                .as("%s found a problem; see %s and the reproducer beside it:%n%s", t.name(), log, tail(text))
                .isZero();
        assertThat(executions).as("%s ran", t.name()).isPositive();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }

    private static String tail(String text) {
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }

    private static Path shared() {
        String property = System.getProperty("borderwatch.shared");
        Path p = Path.of(property != null ? property : "../shared");
        return Files.isDirectory(p) ? p : null;
    }

    private static void copyMatching(Path from, String suffix, Path to, long maxBytes) throws IOException {
        if (from == null || !Files.isDirectory(from)) return;
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                if (Files.size(f) <= maxBytes)
                    Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Path resources(String sub) {
        return Path.of("src", "test", "resources", "org", "borderwatch", sub);
    }

    private static void eventSeeds(Path dir) throws IOException {
        copyMatching(resources("events"), ".geojson", dir, EVENT_INPUT_BYTES);
        splitStore(Path.of("data", "events.geojson"), dir);
    }

    /**
     * The features of a store too large for one input, as stores of a few features each: every kind of feature it
     * holds is a seed, and a mutation reads kilobytes, not the whole store.
     */
    private static void splitStore(Path store, Path dir) throws IOException {
        if (!Files.isRegularFile(store)) return;
        ObjectMapper mapper = new ObjectMapper();
        JsonNode features = mapper.readTree(store.toFile()).path("features");
        String name = store.getFileName().toString().replace(".geojson", "");
        for (int from = 0; from < features.size(); from += 4) {
            ObjectNode part = mapper.createObjectNode().put("type", "FeatureCollection");
            ArrayNode some = part.putArray("features");
            for (int i = from; i < Math.min(features.size(), from + 4); i++) some.add(features.get(i));
            byte[] bytes = mapper.writeValueAsBytes(part);
            if (bytes.length <= EVENT_INPUT_BYTES) Files.write(dir.resolve(name + "-" + from + ".geojson"), bytes);
        }
    }

    private static void shapefileSeeds(Path dir) throws IOException {
        Path crafted = Files.createTempDirectory("crafted-dialects");
        List<Path> shps = new ArrayList<>(CraftedDialects.writeAll(crafted).values());
        Path shared = shared();
        if (shared != null && Files.isDirectory(shared.resolve("corpus/shapefiles"))) {
            try (Stream<Path> files = Files.list(shared.resolve("corpus/shapefiles"))) {
                files.filter(f -> f.toString().endsWith(".shp")).forEach(shps::add);
            }
        }
        for (Path shp : shps) {
            String name = shp.getFileName().toString().replace(".shp", "");
            byte[][] parts =
                    FuzzFiles.split(FuzzFiles.of(shp.resolveSibling(name), ".shp", ".shx", ".dbf", ".prj", ".cpg"), 5);
            byte[] input = FuzzFiles.join(Arrays.asList(parts));
            if (input.length > STORE_INPUT_BYTES) input = FuzzFiles.join(Arrays.asList(firstRecords(parts)));
            if (input.length <= STORE_INPUT_BYTES) Files.write(dir.resolve(name + ".seed"), input);
        }
    }

    /**
     * A large shapefile cut to its first records, so that a real file's shapes and attributes seed the fuzzer within
     * its input size: the .shp to the records that fit in a quarter of it, the .shx and .dbf to as many, the
     * headers' lengths and counts set to match. Parts it cannot make sense of are left out.
     */
    private static byte[][] firstRecords(byte[][] parts) {
        byte[] shp = parts[0];
        byte[] shx = parts[1];
        byte[] dbf = parts[2];
        if (shp == null || shx == null || shp.length < 100 || shx.length < 100) return new byte[5][];
        ByteBuffer index = ByteBuffer.wrap(shx);
        int records = 0;
        int shpEnd = 100;
        for (int at = 100; at + 8 <= shx.length; at += 8) {
            int end = index.getInt(at) * 2 + 8 + index.getInt(at + 4) * 2;
            if (end > shp.length || end > STORE_INPUT_BYTES / 4) break;
            records++;
            shpEnd = Math.max(shpEnd, end);
        }
        byte[] cutShp = Arrays.copyOf(shp, shpEnd);
        ByteBuffer.wrap(cutShp).putInt(24, shpEnd / 2);
        byte[] cutShx = Arrays.copyOf(shx, 100 + 8 * records);
        ByteBuffer.wrap(cutShx).putInt(24, cutShx.length / 2);
        byte[] cutDbf = null;
        if (dbf != null && dbf.length >= 32) {
            ByteBuffer d = ByteBuffer.wrap(dbf).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            int headerBytes = d.getShort(8) & 0xFFFF;
            int recordBytes = d.getShort(10) & 0xFFFF;
            long end = headerBytes + (long) recordBytes * records;
            if (end <= dbf.length) {
                cutDbf = Arrays.copyOf(dbf, (int) end + 1);
                cutDbf[(int) end] = 0x1A;
                ByteBuffer.wrap(cutDbf).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(4, records);
            }
        }
        return new byte[][] {cutShp, cutShx, cutDbf, parts[3], parts[4]};
    }

    private static void annotationSeeds(Path dir) throws IOException {
        copyMatching(Path.of("data"), ".annotations.json", dir, 1 << 20);
        String two = AnnotationJson.write(List.of(
                new Annotation.Label("a1", new LonLat(20.85, 42.91), "Banjska monastery"),
                new Annotation.Arrow("a2", new LonLat(20.6, 43.1), new LonLat(20.9, 42.9), "route → south")));
        Files.writeString(dir.resolve("two.json"), two);
    }

    private static void ucdpSeeds(Path dir) throws IOException {
        copyMatching(resources("events").resolve("acled"), "ged.csv", dir, 1 << 20);
        copyMatching(resources("events").resolve("acled"), "ged-us-dates.csv", dir, 1 << 20);
    }

    private static void catalogueSeeds(Path dir) throws IOException {
        copyMatching(Path.of("maps"), "catalogue.json", dir, 1 << 20);
        Files.writeString(
                dir.resolve("small.json"),
                "{\"background\": \"#D4E3EC\", \"layers\": [{\"name\": \"rivers\", \"title\": \"Rivers\","
                        + " \"source\": \"rivers.shp\", \"kind\": \"vector\", \"group\": \"Water\", \"order\": 1,"
                        + " \"minScale\": 1000, \"maxScale\": 5000000, \"attribution\": \"OSM\", \"licence\": \"ODbL\","
                        + " \"rules\": [{\"filter\": \"kind = 'river'\", \"stroke\": {\"colour\": \"#3070B0\","
                        + " \"width\": [{\"below\": 100000, \"px\": 2}, {\"px\": 1}]}}]}]}");
    }

    /** Small MBTiles files: a table with a PNG and a JPEG tile, a view, vector bytes; and the corpus's files. */
    private static void mbtilesSeeds(Path dir) throws IOException {
        for (String name : List.of("table.mbtiles", "view.mbtiles", "vector.mbtiles"))
            Files.deleteIfExists(dir.resolve(name));
        try {
            java.util.Map<TileId, byte[]> two = new java.util.LinkedHashMap<>();
            two.put(new TileId(1, 0, 0), TestTiles.tile(java.awt.Color.RED, 16, "png"));
            two.put(new TileId(1, 1, 1), TestTiles.tile(java.awt.Color.BLUE, 16, "jpg"));
            TestTiles.mbtiles(
                    dir.resolve("table.mbtiles"),
                    java.util.Map.of("format", "png", "minzoom", "0", "maxzoom", "1", "bounds", "-180,-85,180,85"),
                    two,
                    false);
            TestTiles.mbtiles(dir.resolve("view.mbtiles"), java.util.Map.of(), two, true);
            TestTiles.mbtiles(
                    dir.resolve("vector.mbtiles"),
                    java.util.Map.of(),
                    java.util.Map.of(new TileId(0, 0, 0), new byte[] {0x1A, 2, 'a', 'b'}),
                    false);
        } catch (java.sql.SQLException e) {
            throw new IOException("cannot write the MBTiles seeds: " + e.getMessage(), e);
        }
        Path shared = shared();
        if (shared != null) copyMatching(shared.resolve("corpus/basedata/mbtiles"), ".mbtiles", dir, 1 << 20);
    }

    private static void geopackageSeeds(Path dir) throws IOException {
        CraftedGeoPackage.write(dir.resolve("crafted.gpkg"));
        Files.write(
                dir.resolve("point.blob"),
                CraftedGeoPackage.blob(
                        new org.locationtech.jts.geom.GeometryFactory()
                                .createPoint(new org.locationtech.jts.geom.Coordinate(20.9, 42.9)),
                        4326,
                        true));
    }

    private static void csvSeeds(Path dir) throws IOException {
        copyMatching(resources("events").resolve("acled"), ".csv", dir, 1 << 20);
        copyMatching(Path.of("src", "test", "resources"), "sample.csv", dir, 1 << 20);
        Path shared = shared();
        if (shared != null) copyMatching(shared.resolve("corpus"), ".csv", dir, 1 << 20);
    }
}
