package org.borderwatch.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.SyntheticEvents;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.postgis.EditConflictException;
import org.borderwatch.events.postgis.EventVersion;
import org.borderwatch.events.postgis.PasswordSource;
import org.borderwatch.events.postgis.PostgisEventStore;
import org.locationtech.jts.geom.Envelope;

/**
 * The shared store at scale, against a server from scripts/postgis-local (PGPASSFILE set to its pgpass):
 * fills N synthetic events (once), times opening the store, viewport-and-time queries at the whole-region
 * view (clustered in the database) and at 1:100k, then runs E concurrent editor clients making K edits each
 * on a small set of events so that they conflict, and checks from the audit history that no edit was lost
 * or duplicated.
 *
 * <pre>java -cp "target/classes:target/lib/*" org.borderwatch.bench.PostgisBench postgresql://admin@127.0.0.1:PORT/borderwatch 1000000 20 500</pre>
 */
public final class PostgisBench {

    public static void main(String[] args) throws Exception {
        StoreLocation.Database admin = (StoreLocation.Database) StoreLocation.parse(args[0]);
        int n = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        int edits = Integer.parseInt(args[3]);
        PasswordSource passwords = PasswordSource.standard(null);

        try (PostgisEventStore db = PostgisEventStore.open(admin, passwords)) {
            if (db.size() == 0) {
                long t = System.nanoTime();
                db.fill(new SyntheticEvents(n, 42), Map.of(), Map.of(), List.of());
                System.out.printf("fill %,d events: %.1f s%n", n, (System.nanoTime() - t) / 1e9);
            }
        }
        long t0 = System.nanoTime();
        PostgisEventStore viewer = PostgisEventStore.open(admin.as("viewer"), passwords);
        System.out.printf(
                "open as viewer, all %,d events read: %.0f ms%n", viewer.size(), (System.nanoTime() - t0) / 1e6);

        Envelope region = new Envelope(18.5, 23.5, 41.5, 44.5);
        LocalDate from = LocalDate.of(2023, 1, 1), to = LocalDate.of(2023, 12, 31);
        time(
                "region view, 2023, clustered in the database (0.05° cells)",
                20,
                () -> viewer.clusters(region, from, to, 0.05).size());
        // 1:100k on a 1920 px wide screen at 0.28 mm per px is 54 km across: about 0.66° × 0.35° at 43° N
        Envelope local = new Envelope(20.6, 21.26, 42.7, 43.05);
        time(
                "1:100k view, 2023, every event fetched and read",
                20,
                () -> viewer.query(local, from, to, null).size());
        time(
                "1:100k view, one month, every event fetched and read",
                20,
                () -> viewer.query(local, LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 30), null)
                        .size());
        List<String> hot = new ArrayList<>();
        for (Event e : viewer.all()) {
            hot.add(e.id());
            if (hot.size() == 100) break;
        }
        viewer.close();

        if (clients > 0) editors(admin.as("editor"), passwords, hot, clients, edits);
    }

    private interface Query {
        int run();
    }

    private static void time(String what, int runs, Query q) {
        q.run();
        double[] ms = new double[runs];
        int rows = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            rows = q.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                "%s: %,d rows, median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                what, rows, ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1]);
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
        for (int c = 0; c < clients; c++) stores.add(PostgisEventStore.open(editor, passwords));
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
                    Event mine = retitled(before, mark);
                    try {
                        store.replace(before, mine);
                    } catch (EditConflictException conflict) {
                        // surfaced: this client knowingly writes over the version it was shown
                        conflicts.incrementAndGet();
                        boolean done = false;
                        while (!done) {
                            try {
                                store.replaceVersion(retitled(conflict.theirs(), mark), conflict.theirVersion());
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
        try (PostgisEventStore check = PostgisEventStore.open(editor, passwords)) {
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

    private static Event retitled(Event e, String title) {
        return new Event(
                e.id(),
                e.kind(),
                e.category(),
                title,
                e.summary(),
                e.date(),
                e.end(),
                e.location(),
                e.geometry(),
                e.precision(),
                e.actors(),
                e.casualties(),
                e.equipment(),
                e.sources(),
                e.confidence(),
                e.tags(),
                e.updated(),
                e.extra());
    }
}
