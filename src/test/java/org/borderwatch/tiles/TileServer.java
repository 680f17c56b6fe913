package org.borderwatch.tiles;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A tile server on the loopback address for tests: {@code /z/x/y.png} answers with the tile {@code tiles} makes,
 * unless a fault is set for that tile (404, 500, a slow answer, bytes that are not an image). Records each request's
 * path and User-Agent.
 */
public final class TileServer implements AutoCloseable {

    /** What the server does for a tile. */
    public enum Fault {
        NOT_FOUND,
        SERVER_ERROR,
        SLOW,
        GARBAGE
    }

    private final HttpServer server;
    private final Function<TileId, byte[]> tiles;
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();
    private final List<String> agents = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private volatile String cacheControl = "max-age=3600";
    private volatile boolean down;

    public TileServer(Function<TileId, byte[]> tiles) throws IOException {
        this.tiles = tiles;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "test-tile-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
    }

    /** {@code http://127.0.0.1:PORT/{z}/{x}/{y}.png} */
    public String template() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/{z}/{x}/{y}.png";
    }

    public void fault(TileId id, Fault f) {
        faults.put("/" + id + ".png", f);
    }

    public void cacheControl(String value) {
        cacheControl = value;
    }

    /** Every request answered with 503, as a server that is down behind its proxy. */
    public void down(boolean isDown) {
        down = isDown;
    }

    public List<String> paths() {
        return paths;
    }

    public List<String> userAgents() {
        return agents;
    }

    public int mostConcurrentRequests() {
        return mostInFlight.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void answer(HttpExchange ex) throws IOException {
        int now = inFlight.incrementAndGet();
        mostInFlight.accumulateAndGet(now, Math::max);
        try {
            String path = ex.getRequestURI().getPath();
            paths.add(path);
            agents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            if (down) {
                send(ex, 503, new byte[0]);
                return;
            }
            Fault f = faults.get(path);
            if (f == Fault.NOT_FOUND) send(ex, 404, new byte[0]);
            else if (f == Fault.SERVER_ERROR) send(ex, 500, "boom".getBytes());
            else if (f == Fault.GARBAGE) send(ex, 200, "<html>rate limited</html>".getBytes());
            else {
                if (f == Fault.SLOW) sleep(3000);
                TileId id = parse(path);
                if (id == null) send(ex, 404, new byte[0]);
                else {
                    ex.getResponseHeaders().set("Cache-Control", cacheControl);
                    ex.getResponseHeaders().set("Content-Type", "image/png");
                    send(ex, 200, tiles.apply(id));
                }
            }
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static TileId parse(String path) {
        String[] p = path.replace(".png", "").split("/");
        if (p.length != 4) return null;
        try {
            return new TileId(Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
