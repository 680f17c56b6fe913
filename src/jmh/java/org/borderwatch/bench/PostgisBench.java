package org.borderwatch.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.SyntheticEvents;
import org.borderwatch.events.geojson.FeatureJson;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.postgis.EditConflictException;
import org.borderwatch.events.postgis.EventVersion;
import org.borderwatch.events.postgis.EventView;
import org.borderwatch.events.postgis.PasswordSource;
import org.borderwatch.events.postgis.PostgisEventStore;
import org.locationtech.jts.geom.Envelope;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The shared store at scale, against a server from scripts/postgis-local (PGPASSFILE set to its pgpass): fills N
 * deterministic synthetic events (once, by COPY), then times what the app does with them: connecting without
 * reading them plus the first whole-region view (the data of the first frame), views at the whole-region scale and
 * at 1:100k (counted per cell in the database when they hold more than the app fetches, else fetched), then runs E
 * concurrent editor clients making K edits each on a small set of events so that they conflict, and checks from
 * the audit history that no edit was lost or duplicated.
 *
 * <pre>java -cp "target/classes:target/lib/*" org.borderwatch.bench.PostgisBench postgresql://admin@127.0.0.1:PORT/borderwatch 1000000 20 500</pre>
 *
 * <p>A fifth argument {@code --fill-only} stops after the fill, so a big store can be built ahead of a quiet window;
 * {@code scripts/postgis-bench} runs it all in one command with the store kept in a reusable server folder.
 */
public final class PostgisBench {

    /** The app's limit on events fetched for one view ({@code ui.store.StoreView.FETCH_LIMIT}). */
    private static final int LIMIT = 5_000;

    public static void main(String[] args) throws Exception {
        StoreLocation.Database admin = (StoreLocation.Database) StoreLocation.parse(args[0]);
        int n = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        int edits = Integer.parseInt(args[3]);
        PasswordSource passwords = PasswordSource.standard(null);

        try (PostgisEventStore db = PostgisEventStore.connect(admin, passwords)) {
            int held = db.size();
            if (held == 0) copyIn(admin, passwords, n);
            else if (held != n)
                System.out.printf("the store already holds %,d events, not %,d: measuring those%n", held, n);
        }
        if (args.length > 4 && args[4].equals("--fill-only")) return;
        // 1:100k on a 1920 px wide screen at 0.28 mm per px is 54 km across: about 0.66° × 0.35° at 43° N
        Envelope region = new Envelope(18.5, 23.5, 41.5, 44.5);
        Envelope local = new Envelope(20.6, 21.26, 42.7, 43.05);
        // the app's clusters are 30 px wide: 0.094° on a 1600 px view of the region, 0.0103° at 1:100k
        double regionCell = 5.0 / 1600 * 30, localCell = 0.66 / 1920 * 30;
        EventFilter year = EventFilter.ALL.withDates(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        EventFilter month = EventFilter.ALL.withDates(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30));

        long t0 = System.nanoTime();
        PostgisEventStore viewer = PostgisEventStore.connect(admin.as("viewer"), passwords);
        EventView first = viewer.view(region, EventFilter.ALL, LIMIT, regionCell);
        System.out.printf(
                "connect as viewer (%,d events) and first whole-region view (%,d cells): %.0f ms%n",
                viewer.loadReport().loaded(), first.cells().size(), (System.nanoTime() - t0) / 1e6);

        time("whole-region view, all dates", 20, () -> viewer.view(region, EventFilter.ALL, LIMIT, regionCell));
        time("whole-region view, 2023", 20, () -> viewer.view(region, year, LIMIT, regionCell));
        time("whole-region view, September 2023", 20, () -> viewer.view(region, month, LIMIT, regionCell));
        time("1:100k view, 2023", 20, () -> viewer.view(local, year, LIMIT, localCell));
        time("1:100k view, September 2023", 20, () -> viewer.view(local, month, LIMIT, localCell));
        List<String> hot = new ArrayList<>();
        for (Event e : viewer.view(local, month, LIMIT, localCell).events()) {
            hot.add(e.id());
            if (hot.size() == 100) break;
        }
        viewer.close();

        if (clients > 0) editors(admin.as("editor"), passwords, hot, clients, edits);
    }

    /**
     * Writes {@code n} synthetic events with one COPY, the audit trigger off for it (a million history rows and
     * notifications are not what is measured here), then VACUUM ANALYZE so the planner knows the tables.
     */
    private static void copyIn(StoreLocation.Database admin, PasswordSource passwords, int n) throws Exception {
        Properties props = new Properties();
        props.setProperty("user", admin.user());
        props.setProperty("password", new String(passwords.password(admin)));
        String url = "jdbc:postgresql://" + admin.host() + ":" + admin.port() + "/" + admin.database();
        long t = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, props)) {
            try (Statement s = c.createStatement()) {
                s.execute("SET search_path = borderwatch, public");
                s.execute("SET ROLE bw_admin");
                c.setAutoCommit(false);
                s.execute("ALTER TABLE events DISABLE TRIGGER events_audit");
                CopyIn copy = c.unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn("COPY events (id, feature) FROM STDIN WITH (FORMAT csv)");
                FeatureJson json = new FeatureJson();
                StringBuilder chunk = new StringBuilder(1 << 20);
                for (Event e : new SyntheticEvents(n, 42)) {
                    chunk.append('"').append(e.id().replace("\"", "\"\"")).append("\",\"");
                    chunk.append(json.write(e, Map.of()).replace("\"", "\"\"")).append("\"\n");
                    if (chunk.length() > (1 << 20)) {
                        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                        copy.writeToCopy(bytes, 0, bytes.length);
                        chunk.setLength(0);
                    }
                }
                byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(bytes, 0, bytes.length);
                copy.endCopy();
                s.execute("ALTER TABLE events ENABLE TRIGGER events_audit");
                c.commit();
                c.setAutoCommit(true);
                System.out.printf("COPY %,d events: %.1f s%n", n, (System.nanoTime() - t) / 1e9);
                t = System.nanoTime();
                s.execute("VACUUM ANALYZE events");
                s.execute("VACUUM ANALYZE event_cells");
                System.out.printf("VACUUM ANALYZE: %.1f s%n", (System.nanoTime() - t) / 1e9);
            }
        }
    }

    private interface Query {
        EventView run();
    }

    private static void time(String what, int runs, Query q) {
        q.run();
        double[] ms = new double[runs];
        EventView last = null;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            last = q.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                "%s: %s, median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                what,
                last.counted()
                        ? String.format(
                                "%,d events counted in %,d cells",
                                last.total(), last.cells().size())
                        : String.format("%,d events fetched", last.events().size()),
                ms[runs / 2],
                ms[(int) Math.ceil(runs * 0.95) - 1],
                ms[runs - 1]);
    }

    /** Each client retitles random events of {@code hot}; a conflict is re-applied on the version it names. */
    private static void editors(
            StoreLocation.Database editor, PasswordSource passwords, List<String> hot, int clients, int edits)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger conflicts = new AtomicInteger();
        Map<String, Boolean> saved = new ConcurrentHashMap<>();
        List<Future<long[]>> results = new ArrayList<>();
        List<PostgisEventStore> stores = new ArrayList<>();
        for (int c = 0; c < clients; c++) stores.add(PostgisEventStore.connect(editor, passwords));
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            PostgisEventStore store = stores.get(c);
            results.add(pool.submit(() -> {
                SplittableRandom r = new SplittableRandom(client);
                long[] latencyNs = new long[edits];
                for (int k = 0; k < edits; k++) {
                    String id = hot.get(r.nextInt(hot.size()));
                    String mark = "c" + client + "-e" + k;
                    long t = System.nanoTime();
                    Event before = store.find(id).orElseThrow();
                    Event mine = before.withTitle(mark);
                    try {
                        store.replace(before, mine);
                    } catch (EditConflictException conflict) {
                        // surfaced: this client knowingly writes over the version it was shown
                        conflicts.incrementAndGet();
                        boolean done = false;
                        while (!done) {
                            try {
                                store.replaceVersion(conflict.theirs().withTitle(mark), conflict.theirVersion());
                                done = true;
                            } catch (EditConflictException again) {
                                conflicts.incrementAndGet();
                                conflict = again;
                            }
                        }
                    }
                    latencyNs[k] = System.nanoTime() - t;
                    if (saved.put(mark, true) != null)
                        throw new IllegalStateException(mark + " saved twice by its client");
                }
                return latencyNs;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : results) for (long l : f.get()) all.add(l);
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        for (PostgisEventStore s : stores) s.close();
        all.sort(null);
        System.out.printf(
                "%d editors × %d edits: %.1f s, %.0f edits/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; "
                        + "%d conflicts surfaced%n",
                clients,
                edits,
                seconds,
                all.size() / seconds,
                all.get(all.size() / 2) / 1e6,
                all.get((int) (all.size() * 0.95)) / 1e6,
                all.get((int) (all.size() * 0.99)) / 1e6,
                all.get(all.size() - 1) / 1e6,
                conflicts.get());

        // every saved edit is exactly one version in the audit history: none lost, none duplicated
        Map<String, Integer> inHistory = new ConcurrentHashMap<>();
        try (PostgisEventStore check = PostgisEventStore.connect(editor, passwords)) {
            for (String id : hot)
                for (EventVersion v : check.history(id))
                    if (v.op().equals("update")
                            && v.event() != null
                            && v.event().title().matches("c\\d+-e\\d+"))
                        inHistory.merge(v.event().title(), 1, Integer::sum);
        }
        long lost =
                saved.keySet().stream().filter(m -> !inHistory.containsKey(m)).count();
        long duplicated = inHistory.values().stream().filter(c -> c > 1).count();
        System.out.printf(
                "edits the clients saved: %d; found in the history: %d; lost %d; duplicated %d%n",
                saved.size(), inHistory.size(), lost, duplicated);
    }
}
