package org.borderwatch.tiles;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The tiles of one pyramid as a map frame wants them: what is decoded in memory is handed out at once, and what is
 * not is read by a few background workers, newest request first (the view the user looks at now), so drawing never
 * waits for a disk or a server. Each arrival tells the listeners, which repaint. A tile that fails is reported once,
 * naming the file or server and the tile, and is not asked for again for a minute; the rest keeps coming.
 * Thread-safe.
 */
public final class TileSource implements Closeable {

    private static final System.Logger LOG = System.getLogger(TileSource.class.getName());
    /** About 75 MB of 256 px ARGB tiles: a 4K HiDPI frame and its margin, and the levels above it. */
    private static final int MEMORY_TILES = 300;
    /** Requests beyond this are the oldest, for views long panned away from, and are dropped. */
    private static final int MAX_PENDING = 400;

    private static final long RETRY_AFTER_MS = 60_000;

    private final TileReader reader;
    private final Consumer<String> problems;
    private final Map<TileId, BufferedImage> memory = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TileId, BufferedImage> eldest) {
            return size() > MEMORY_TILES;
        }
    };
    private final Set<TileId> absent = new HashSet<>();
    private final Map<TileId, Long> failedAt = new HashMap<>();
    private final Set<TileId> reported = new HashSet<>();
    private final Deque<TileId> pending = new ArrayDeque<>();
    private final Set<TileId> queuedOrLoading = new HashSet<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<Thread> workers = new ArrayList<>();
    private long version;
    private boolean closed;

    /**
     * @param workers  how many tiles are read at once (a tile server's usage policy caps the connections)
     * @param problems told once per failing tile, with a message naming the file or server and the tile
     */
    public TileSource(TileReader reader, int workers, Consumer<String> problems) {
        this.reader = Objects.requireNonNull(reader, "tile reader");
        this.problems = Objects.requireNonNull(problems, "problem sink");
        if (workers < 1) throw new IllegalArgumentException("a tile source needs at least one worker, got " + workers);
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(this::work, "borderwatch-tiles-" + reader.label() + "-" + i);
            t.setDaemon(true);
            this.workers.add(t);
            t.start();
        }
    }

    public String label() {
        return reader.label();
    }

    public TileInfo info() {
        return reader.info();
    }

    /** Called, on a worker thread, each time a tile arrives. */
    public void addListener(Runnable onArrival) {
        listeners.add(onArrival);
    }

    public void removeListener(Runnable onArrival) {
        listeners.remove(onArrival);
    }

    /** Counts arrivals: a frame drawn at an older count may lack tiles there are now. */
    public synchronized long version() {
        return version;
    }

    /** The tile if it is in memory; never waits. */
    public synchronized BufferedImage cached(TileId id) {
        return memory.get(id);
    }

    /** True when the pyramid is known to have no tile there, or it failed lately: no point waiting for it. */
    public synchronized boolean settled(TileId id) {
        return memory.containsKey(id) || absent.contains(id) || recentlyFailed(id);
    }

    /** Asks for the tile in the background unless it is in memory, known absent, on its way or failed lately. */
    public synchronized void request(TileId id) {
        if (closed || settled(id) || !queuedOrLoading.add(id)) return;
        pending.addLast(id);
        while (pending.size() > MAX_PENDING) queuedOrLoading.remove(pending.removeFirst());
        notifyAll();
    }

    /**
     * Asks for {@code ids} and waits until each is in memory, known absent or failed, or until {@code timeout} has
     * passed: for an export, which must draw the tiles rather than show them later.
     *
     * @return true when every tile settled in time
     */
    public boolean await(Collection<TileId> ids, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (this) {
            // the last of the list is served first; ask in reverse so the workers go through it in order
            List<TileId> wanted = new ArrayList<>(ids);
            for (int i = wanted.size() - 1; i >= 0; i--) request(wanted.get(i));
            while (true) {
                if (wanted.stream().allMatch(this::settled)) return true;
                long left = deadline - System.nanoTime();
                if (left <= 0 || closed) return false;
                wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            closed = true;
            pending.clear();
            notifyAll();
        }
        workers.forEach(Thread::interrupt);
        reader.close();
    }

    private boolean recentlyFailed(TileId id) {
        Long at = failedAt.get(id);
        return at != null && System.currentTimeMillis() - at < RETRY_AFTER_MS;
    }

    private void work() {
        while (true) {
            TileId id;
            synchronized (this) {
                while (pending.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                if (closed) return;
                id = pending.removeLast();
            }
            load(id);
        }
    }

    private void load(TileId id) {
        BufferedImage tile = null;
        String problem = null;
        try {
            tile = reader.read(id);
        } catch (IOException e) {
            problem = e.getMessage();
        } catch (RuntimeException e) {
            // a decoder's unchecked failure on bad bytes is the tile's fault, not the map's: report it and go on
            problem = reader.label() + ", tile " + id + ": cannot be decoded: " + e;
        }
        boolean firstReport;
        synchronized (this) {
            queuedOrLoading.remove(id);
            if (problem != null) failedAt.put(id, System.currentTimeMillis());
            else if (tile == null) absent.add(id);
            else {
                failedAt.remove(id);
                memory.put(id, tile);
                version++;
            }
            firstReport = problem != null && reported.add(id);
            notifyAll();
        }
        if (firstReport) {
            LOG.log(System.Logger.Level.WARNING, problem);
            problems.accept(problem);
        }
        if (tile != null) listeners.forEach(Runnable::run);
    }
}
