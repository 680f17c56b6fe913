package org.borderwatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.SyntheticEvents;
import org.borderwatch.events.acled.ConflictCsv;
import org.borderwatch.events.acled.CsvImport;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Event;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * An ACLED CSV import into a large store, as {@code import CSV --into FILE} runs it: read and map the rows, open
 * the store, add the events whose ids it lacks, save once. {@code wholeImport} is all of that; {@code addOnly}
 * is the step that used to search the store once per row. The CSV has today's 31 ACLED columns with ids that the
 * store does not hold; the store is synthetic ({@link SyntheticEvents}). Each invocation starts from a fresh copy
 * of the store file, made outside the timing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx8g", "-XX:+UseParallelGC", "-Xmn1g"})
public class CsvImportBench {

    private static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,"
            + "region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
            + "fatalities,tags,timestamp";
    private static final String[][] TYPES = {
        {"Battles", "Armed clash"},
        {"Protests", "Peaceful protest"},
        {"Riots", "Violent demonstration"},
        {"Strategic developments", "Arrests"},
        {"Explosions/Remote violence", "Grenade"},
        {"Violence against civilians", "Attack"}
    };
    private static final String[] PLACES = {"Zvecan", "Leposavic", "Zubin Potok", "North Mitrovica", "Raska", "Jarinje"
    };

    @Param({"1000000"})
    public int storeEvents;

    @Param({"100000"})
    public int rows;

    private Path dir;
    private Path pristine;
    private Path store;
    private Path csv;
    private List<Event> imported;

    @Setup(Level.Trial)
    public void makeFiles() throws IOException, EventStoreException {
        dir = Files.createTempDirectory("csv-import-bench");
        pristine = dir.resolve("pristine.geojson");
        store = dir.resolve("store.geojson");
        csv = dir.resolve("acled.csv");
        GeoJsonEventStore.write(pristine, new SyntheticEvents(storeEvents, 7));
        writeCsv(csv, rows);
        imported = new ConflictCsv().read(csv, null).events();
    }

    @Setup(Level.Invocation)
    public void freshStore() throws IOException {
        Files.copy(pristine, store, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The store loaded, afresh for each invocation, for {@link #addOnly}. */
    @State(Scope.Benchmark)
    public static class Loaded {
        GeoJsonEventStore store;

        @Setup(Level.Invocation)
        public void load(CsvImportBench files) throws EventStoreException {
            store = GeoJsonEventStore.open(files.pristine);
        }
    }

    @TearDown(Level.Trial)
    public void removeFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** The whole command: read the CSV, open the store, add, save. */
    @Benchmark
    public int wholeImport() throws EventStoreException {
        CsvImport read = new ConflictCsv().read(csv, null);
        GeoJsonEventStore s = GeoJsonEventStore.open(store);
        int held = s.addAbsent(read.events()).size();
        s.save(false);
        return held + s.size();
    }

    /** Adding the rows' events to the store already loaded: one pass over its ids. */
    @Benchmark
    public int addOnly(Loaded loaded) {
        return loaded.store.addAbsent(imported).size() + loaded.store.size();
    }

    /** Writes {@code rows} ACLED rows of today's 31 columns, the same for the same count; also for {@link ImportBench}. */
    static void writeCsv(Path file, int rows) throws IOException {
        Random r = new Random(20);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            LocalDate first = LocalDate.of(2018, 1, 1);
            for (int i = 0; i < rows; i++) {
                LocalDate day = first.plusDays(r.nextInt(2500));
                String[] type = TYPES[r.nextInt(TYPES.length)];
                String place = PLACES[r.nextInt(PLACES.length)];
                out.write(String.join(
                        ",",
                        "XKX" + (100000 + i),
                        day.toString(),
                        Integer.toString(day.getYear()),
                        Integer.toString(1 + r.nextInt(3)),
                        "Political violence",
                        type[0],
                        type[1],
                        "Police Forces of Kosovo (2008-)",
                        "",
                        "State forces",
                        "Protesters (Kosovo)",
                        "",
                        "Protesters",
                        "State forces-Protesters",
                        "",
                        "0",
                        "Europe",
                        "Kosovo",
                        "Mitrovica",
                        place,
                        "",
                        place,
                        String.format(java.util.Locale.ROOT, "%.4f", 42.7 + r.nextDouble() * 0.6),
                        String.format(java.util.Locale.ROOT, "%.4f", 20.5 + r.nextDouble() * 0.6),
                        Integer.toString(1 + r.nextInt(3)),
                        "Koha; Reuters",
                        "National",
                        "\"On " + day + ", a synthetic event near " + place + ", written for the import benchmark, "
                                + "with a note of about the length ACLED's notes have, \"\"quoted\"\" words and commas.\"",
                        Integer.toString(r.nextInt(3)),
                        "",
                        "1700000000"));
                out.write('\n');
            }
        }
    }
}
