package org.borderwatch.tiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tiles from an XYZ or WMTS server over HTTP, kept in a disk cache as long as the server's {@code Cache-Control:
 * max-age} or {@code Expires} allows (a week when it says nothing, the least OpenStreetMap's tile policy asks
 * for); an expired tile is revalidated with its ETag. When the server cannot be reached or fails, an expired tile
 * on disk is used instead, so a map seen once still draws offline. Every request names the app and its version in
 * its User-Agent. Only tiles a frame or an export asks for are fetched: nothing is downloaded ahead.
 */
public final class WebTiles implements TileReader {

    private static final System.Logger LOG = System.getLogger(WebTiles.class.getName());
    private static final Duration DEFAULT_LIFETIME = Duration.ofDays(7);
    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d+)");

    private final TilePreset preset;
    private final TileDiskCache cache;
    private final HttpClient http;
    private final String userAgent;
    private final Duration timeout;
    private final Clock clock;
    private final AtomicBoolean offlineReported = new AtomicBoolean();

    /**
     * @param cacheRoot the app's tile cache folder; this server's tiles go in a folder of their own under it
     * @param userAgent e.g. {@code BorderWatch/1.0 (+https://…)}: tile policies forbid a library's default
     * @param timeout   how long one tile may take before it counts as not answered
     */
    public WebTiles(TilePreset preset, Path cacheRoot, String userAgent, Duration timeout, Clock clock) {
        this.preset = preset;
        this.cache = new TileDiskCache(TileDiskCache.folderFor(cacheRoot, preset.template()));
        this.userAgent = userAgent;
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The User-Agent for this build: the app's name, its version from the jar, and where it comes from. */
    public static String userAgent() {
        String version = Optional.ofNullable(WebTiles.class.getPackage().getImplementationVersion())
                .orElse("dev");
        return "BorderWatch/" + version + " (desktop map of the Serbia-Kosovo border region; Java HttpClient)";
    }

    /** The app's tile cache: {@code $XDG_CACHE_HOME/borderwatch/tiles}, else {@code ~/.cache/borderwatch/tiles}. */
    public static Path defaultCacheRoot() {
        String override = System.getProperty("borderwatch.cache.dir");
        if (override != null && !override.isBlank()) return Path.of(override).resolve("tiles");
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(Optional.ofNullable(System.getenv("HOME")).orElse(System.getProperty("user.home")), ".cache");
        return base.resolve("borderwatch").resolve("tiles");
    }

    public TilePreset preset() {
        return preset;
    }

    @Override
    public String label() {
        return preset.template().host();
    }

    @Override
    public TileInfo info() {
        return new TileInfo(256, 0, preset.maxZoom(), TileInfo.WORLD, preset.attribution(), preset.terms());
    }

    /**
     * @throws IOException naming the server and the tile: an HTTP error, no answer in time, or bytes that are not
     *     a PNG or JPEG image, when no earlier copy of the tile is on disk
     */
    @Override
    public BufferedImage read(TileId id) throws IOException {
        long now = clock.millis();
        TileDiskCache.Entry cached = cache.read(id);
        if (cached != null && cached.freshAt(now)) {
            try {
                return TileBytes.decode(cached.bytes(), where(id));
            } catch (IOException e) {
                // a damaged cache file is fetched again
                cached = null;
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(preset.template().uri(id))
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .header("Accept", "image/png,image/jpeg;q=0.9,*/*;q=0.1");
        if (cached != null && cached.etag() != null) request.header("If-None-Match", cached.etag());
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return stale(
                    cached, id, String.format(Locale.ROOT, "no answer within %.1f s", timeout.toMillis() / 1000.0));
        } catch (IOException e) {
            return stale(
                    cached,
                    id,
                    "cannot be reached (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(where(id) + ": fetch interrupted", e);
        }
        int status = response.statusCode();
        if (status == 304 && cached != null) {
            TileDiskCache.Entry renewed = new TileDiskCache.Entry(cached.bytes(), expiry(response, now), cached.etag());
            cache.writeExpiry(id, renewed);
            return TileBytes.decode(cached.bytes(), where(id));
        }
        if (status == 404) throw new IOException(where(id) + ": the server has no such tile (HTTP 404)");
        if (status != 200) return stale(cached, id, "answered HTTP " + status);
        byte[] body = response.body();
        BufferedImage tile = TileBytes.decode(body, where(id));
        if (!noStore(response)) {
            try {
                cache.write(
                        id,
                        new TileDiskCache.Entry(
                                body,
                                expiry(response, now),
                                response.headers().firstValue("ETag").orElse(null)));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "tile cache: " + where(id) + " not kept: " + e.getMessage());
            }
        }
        return tile;
    }

    @Override
    public void close() {
        // HttpClient of Java 17 holds no resources that need closing; the cache is plain files
    }

    private BufferedImage stale(TileDiskCache.Entry cached, TileId id, String why) throws IOException {
        if (cached == null) throw new IOException(where(id) + ": " + why);
        if (offlineReported.compareAndSet(false, true))
            LOG.log(
                    System.Logger.Level.WARNING,
                    "{0} {1}; drawing its tiles from the cache, expired ones too",
                    label(),
                    why);
        return TileBytes.decode(cached.bytes(), where(id));
    }

    private String where(TileId id) {
        return label() + ", tile " + id;
    }

    private static boolean noStore(HttpResponse<?> r) {
        return r.headers()
                .firstValue("Cache-Control")
                .orElse("")
                .toLowerCase(Locale.ROOT)
                .contains("no-store");
    }

    /** When the tile must be asked for again: max-age wins over Expires (RFC 9111), else a week. */
    static long expiry(HttpResponse<?> r, long nowMillis) {
        String control = r.headers().firstValue("Cache-Control").orElse("").toLowerCase(Locale.ROOT);
        if (control.contains("no-cache")) return nowMillis;
        Matcher m = MAX_AGE.matcher(control);
        if (m.find()) {
            long seconds = Math.min(Long.parseLong(m.group(1).length() > 12 ? "999999999999" : m.group(1)), 1L << 40);
            return nowMillis + seconds * 1000;
        }
        Optional<String> expires = r.headers().firstValue("Expires");
        if (expires.isPresent()) {
            try {
                return ZonedDateTime.parse(expires.get().strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant()
                        .toEpochMilli();
            } catch (DateTimeParseException e) {
                // RFC 9111: an invalid Expires means already expired
                return nowMillis;
            }
        }
        return nowMillis + DEFAULT_LIFETIME.toMillis();
    }
}
