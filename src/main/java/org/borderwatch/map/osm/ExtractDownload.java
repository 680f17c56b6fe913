package org.borderwatch.map.osm;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads one Geofabrik extract into a folder: the provider's {@code .md5} first, then the file into
 * {@code NAME.part}, continued with an HTTP Range request where an earlier download stopped (paused, cut, the app
 * closed). The finished file is checked against the {@code .md5} and only then renamed to its name; a file that
 * does not match is deleted, so no file under the final name is ever partial or wrong. Nothing here starts by
 * itself: the caller is the "Get detailed data" dialog or {@code basemap fetch}, each on the user's request.
 */
public final class ExtractDownload {

    /** Progress of one file: bytes on disk so far and the whole size (-1 while unknown). */
    @FunctionalInterface
    public interface Progress {
        void bytes(long done, long total);
    }

    private static final Pattern MD5 = Pattern.compile("^\\s*([0-9a-fA-F]{32})\\b");
    private static final int BUFFER = 1 << 16;

    private final HttpClient client;
    private final String userAgent;

    /** Downloads with {@code client}, naming the app as {@code userAgent} as Geofabrik asks. */
    public ExtractDownload(HttpClient client, String userAgent) {
        this.client = client;
        this.userAgent = userAgent;
    }

    /** A client that follows redirects and gives up connecting after 20 s. */
    public static HttpClient defaultClient() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20))
                .build();
    }

    /**
     * Fetches {@code url} into {@code folder}, under the URL's file name. Returns the checked file, or empty when
     * {@code stop} said so before the end (the {@code .part} stays and the next call continues it).
     *
     * @throws ExtractException naming the file, when the server cannot be reached (offline), answers with an error,
     *                          or the file does not match the provider's checksum (it is then deleted)
     * @throws IOException      when the folder cannot be written
     */
    public Optional<Path> fetch(URI url, Path folder, Progress progress, BooleanSupplier stop)
            throws IOException, ExtractException {
        String name = fileName(url);
        Files.createDirectories(folder);
        Path target = folder.resolve(name);
        Path part = folder.resolve(name + ".part");
        String expected = md5Of(URI.create(url + ".md5"), name);
        long have = Files.isRegularFile(part) ? Files.size(part) : 0;
        HttpRequest.Builder request = HttpRequest.newBuilder(url).header("User-Agent", userAgent);
        if (have > 0) request.header("Range", "bytes=" + have + "-");
        HttpResponse<InputStream> response = send(request.build(), name, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            boolean append;
            long total;
            if (status == 206) {
                append = true;
                total = totalOfRange(response);
            } else if (status == 416 && have > 0) {
                // the part already holds the whole file: only the check is left
                append = true;
                total = have;
            } else if (status == 200) {
                append = false;
                have = 0;
                total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            } else {
                throw new ExtractException(name, null, "the server answered " + status + " for " + url);
            }
            progress.bytes(have, total);
            if (status != 416) {
                try (OutputStream out = Files.newOutputStream(
                        part,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE,
                        append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                    byte[] buffer = new byte[BUFFER];
                    int n;
                    while ((n = read(body, buffer, name)) >= 0) {
                        out.write(buffer, 0, n);
                        have += n;
                        progress.bytes(have, total);
                        if (stop.getAsBoolean()) return Optional.empty();
                    }
                }
            }
            if (total >= 0 && have < total)
                throw new ExtractException(
                        name,
                        null,
                        "the download stopped at " + have + " of " + total + " bytes; fetch again to go on");
        }
        String actual = md5(part);
        if (!actual.equalsIgnoreCase(expected)) {
            Files.deleteIfExists(part);
            throw new ExtractException(
                    name,
                    null,
                    "its MD5 " + actual + " is not the provider's " + expected + " (" + name
                            + ".md5); the download was deleted");
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(target);
    }

    /** The checksum the provider publishes in {@code md5Url} ("HASH  NAME", as md5sum writes). */
    private String md5Of(URI md5Url, String name) throws ExtractException {
        HttpRequest request =
                HttpRequest.newBuilder(md5Url).header("User-Agent", userAgent).build();
        HttpResponse<String> response =
                send(request, name, HttpResponse.BodyHandlers.ofString(StandardCharsets.US_ASCII));
        if (response.statusCode() != 200)
            throw new ExtractException(
                    name, null, "no checksum: the server answered " + response.statusCode() + " for " + md5Url);
        Matcher m = MD5.matcher(response.body());
        if (!m.find()) throw new ExtractException(name, null, md5Url + " holds no MD5 checksum");
        return m.group(1).toLowerCase(Locale.ROOT);
    }

    private <T> HttpResponse<T> send(HttpRequest request, String name, HttpResponse.BodyHandler<T> body)
            throws ExtractException {
        try {
            return client.send(request, body);
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw offline(name, request.uri(), e);
        } catch (HttpTimeoutException e) {
            throw new ExtractException(name, request.uri().getHost() + " did not answer in time; try again later", e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnknownHostException || e instanceof UnknownHostException)
                throw offline(name, request.uri(), e);
            throw new ExtractException(name, "the download from " + request.uri() + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractException(name, "the download was interrupted", e);
        }
    }

    private static ExtractException offline(String name, URI uri, Exception e) {
        return new ExtractException(
                name,
                "cannot reach " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                        + ": this computer seems to be offline (or the server is down). Nothing was downloaded;"
                        + " the map keeps its shipped layers.",
                e);
    }

    private static int read(InputStream body, byte[] buffer, String name) throws ExtractException {
        try {
            return body.read(buffer);
        } catch (IOException e) {
            throw new ExtractException(
                    name, "the connection broke off (" + e.getMessage() + "); fetch again to go on", e);
        }
    }

    /** The whole size from "Content-Range: bytes A-B/TOTAL", or -1. */
    private static long totalOfRange(HttpResponse<?> response) {
        String range = response.headers().firstValue("Content-Range").orElse("");
        int slash = range.lastIndexOf('/');
        if (slash < 0 || range.endsWith("*")) return -1;
        try {
            return Long.parseLong(range.substring(slash + 1).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The file name of {@code url}'s path (the last segment). */
    static String fileName(URI url) {
        String path = url.getPath();
        String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        if (name.isBlank() || name.startsWith("."))
            throw new IllegalArgumentException(url + " does not name a file to download");
        return name;
    }

    /** The MD5 of a file, in lower-case hex. */
    static String md5(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = in.read(buffer)) >= 0) md.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
