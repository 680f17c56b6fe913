package org.borderwatch.map.osm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.borderwatch.io.AtomicFile;
import org.borderwatch.map.LayerSources;
import org.borderwatch.shapefile.ShapefileDataStore;
import org.locationtech.jts.geom.Envelope;

/**
 * The app's detailed base data: the OpenStreetMap extracts the user fetched, kept in the app's data folder
 * ({@code $XDG_DATA_HOME/borderwatch/basemap}, else {@code ~/.local/share/borderwatch/basemap}), one folder of
 * shapefiles per extract, cut to the region; the downloaded zips in {@code downloads/} beside them; the URLs to
 * fetch in {@code basemap.json} of the settings folder. Every extract folder here is part of the base map.
 */
public final class BaseMapFolder {

    /** Geofabrik's daily "free" shapefile extracts of Kosovo and Serbia. */
    public static final List<URI> DEFAULT_URLS = List.of(
            URI.create("https://download.geofabrik.de/europe/kosovo-latest-free.shp.zip"),
            URI.create("https://download.geofabrik.de/europe/serbia-latest-free.shp.zip"));

    /** The region the app shows (longitude 18.5–23.5°E, latitude 41.5–44.5°N): extracts are cut to it. */
    public static final Envelope REGION = new Envelope(18.5, 23.5, 41.5, 44.5);

    private static final String SETTINGS_FILE = "basemap.json";

    private final Path dir;
    private final Path cacheDir;
    private final Path configDir;

    /**
     * @param dir       where extract folders and downloads are kept
     * @param cacheDir  where zips are unpacked before they are cut
     * @param configDir where {@code basemap.json} keeps the URLs
     */
    public BaseMapFolder(Path dir, Path cacheDir, Path configDir) {
        this.dir = dir;
        this.cacheDir = cacheDir;
        this.configDir = configDir;
    }

    /**
     * The user's folders: {@code borderwatch.data.dir} (property) or {@code $XDG_DATA_HOME/borderwatch} or
     * {@code $HOME/.local/share/borderwatch} for the data; {@code $XDG_CACHE_HOME} or {@code ~/.cache} for unpacking;
     * {@code borderwatch.config.dir} or {@code $XDG_CONFIG_HOME/borderwatch} or {@code ~/.config/borderwatch} for
     * the URLs, as the settings are kept.
     */
    public static BaseMapFolder ofUser(Function<String, String> environment, Function<String, String> properties) {
        Path home = Path.of(firstOf(environment.apply("HOME"), properties.apply("user.home")));
        Path data = dirOf(
                properties.apply("borderwatch.data.dir"), environment.apply("XDG_DATA_HOME"), home, ".local/share");
        Path cache = dirOf(null, environment.apply("XDG_CACHE_HOME"), home, ".cache");
        Path config = dirOf(
                properties.apply("borderwatch.config.dir"), environment.apply("XDG_CONFIG_HOME"), home, ".config");
        return new BaseMapFolder(data.resolve("basemap"), cache.resolve("extracts"), config);
    }

    private static Path dirOf(String override, String xdg, Path home, String fallback) {
        if (override != null && !override.isBlank()) return Path.of(override);
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(fallback)).resolve("borderwatch");
    }

    private static String firstOf(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    /** Where the extracts are kept. */
    public Path dir() {
        return dir;
    }

    /** The URLs to fetch: those of {@code basemap.json}, else {@link #DEFAULT_URLS}. */
    public List<URI> urls() throws IOException {
        Path file = configDir.resolve(SETTINGS_FILE);
        if (!Files.isRegularFile(file)) return DEFAULT_URLS;
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<URI> urls = new ArrayList<>();
        for (JsonNode u : root.path("extracts")) {
            try {
                urls.add(URI.create(u.asText()));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ", field /extracts: \"" + u.asText() + "\" is not a URL", e);
            }
        }
        return urls.isEmpty() ? DEFAULT_URLS : List.copyOf(urls);
    }

    /** Keeps {@code urls} as the ones to fetch, in {@code basemap.json} (written atomically). */
    public void saveUrls(List<URI> urls) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode list = mapper.createArrayNode();
        urls.forEach(u -> list.add(u.toString()));
        Files.createDirectories(configDir);
        // as bytes: AtomicFile's stream must stay open, and Jackson closes a stream it writes to
        byte[] json = mapper.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(mapper.createObjectNode().set("extracts", list));
        AtomicFile.write(configDir.resolve(SETTINGS_FILE), out -> out.write(json));
    }

    /**
     * The extracts kept, in name order: every folder of Geofabrik layers here (the fetched ones, or one a user
     * unpacked here) and every Geofabrik zip put here by hand; empty when there is none. Folders being written (their
     * names carry {@code .clipping-} or {@code .old-}) are not extracts yet.
     */
    public List<Path> extracts() throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) return found;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String n = p.getFileName().toString();
                if (n.contains(".clipping-") || n.contains(".old-")) continue;
                if (OsmExtract.recognises(p)) found.add(p);
            }
        }
        found.sort(null);
        return found;
    }

    /**
     * The kept extracts as one base map; empty when none can be opened. An extract that cannot be opened (a broken
     * or cut zip) is left out and named in the map's {@link OsmBaseMap#problems()}; the others draw.
     *
     * @throws ExtractException naming the file, when every extract kept is broken
     * @throws IOException      when the folder cannot be read
     */
    public Optional<OsmBaseMap> open() throws IOException, ExtractException {
        List<OsmExtract> opened = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        ExtractException first = null;
        for (Path p : extracts()) {
            try {
                opened.add(OsmExtract.open(p, new ExtractZip(cacheDir)));
            } catch (ExtractException e) {
                problems.add(e.getMessage() + "; left out of the base map");
                if (first == null) first = e;
            }
        }
        if (opened.isEmpty() && first != null) throw first;
        if (opened.isEmpty()) return Optional.empty();
        return Optional.of(new OsmBaseMap(opened, problems, LayerSources.forUser()));
    }

    /**
     * The one Geofabrik extract at {@code path} (a zip, unpacked into this folder's cache, or a folder) as a base map.
     *
     * @throws ExtractException naming the file when it is broken
     */
    public OsmBaseMap openExtract(Path path) throws IOException, ExtractException {
        return new OsmBaseMap(
                List.of(OsmExtract.open(path, new ExtractZip(cacheDir))), List.of(), LayerSources.forUser());
    }

    /**
     * Downloads {@code url} (continuing a stopped download), checks it, unpacks it and keeps its layers cut to
     * {@link #REGION} as an extract folder here. Empty when {@code stop} said so before the end.
     *
     * @throws ExtractException naming the file when it cannot be fetched, does not match its checksum or is broken
     * @throws IOException      when the folders cannot be written
     */
    public Optional<Path> fetch(
            URI url, ExtractDownload download, ExtractDownload.Progress progress, BooleanSupplier stop)
            throws IOException, ExtractException {
        Optional<Path> zip = download.fetch(url, dir.resolve("downloads"), progress, stop);
        if (zip.isEmpty()) return Optional.empty();
        OsmExtract whole = OsmExtract.open(zip.get(), new ExtractZip(cacheDir));
        Path target = dir.resolve(extractName(zip.get()));
        Path kept = within(whole, REGION) ? copyOf(whole, target) : ExtractClip.clip(whole, REGION, target);
        ExtractClip.deleteTree(whole.folder());
        return Optional.of(kept);
    }

    /** True when every layer of {@code e} lies inside {@code box}, by its header's bounds. */
    private static boolean within(OsmExtract e, Envelope box) throws IOException {
        for (Path shp : e.layers().values()) {
            var b = new ShapefileDataStore(shp).getFeatureSource().getBounds();
            if (!b.isNull() && !box.contains(b)) return false;
        }
        return true;
    }

    private static Path copyOf(OsmExtract e, Path target) throws IOException, ExtractException {
        // a cut to a box holding everything is an atomic copy
        return ExtractClip.clip(e, new Envelope(-180, 180, -90, 90), target);
    }

    /** "kosovo" for kosovo-latest-free.shp.zip: the folder the extract is kept in. */
    static String extractName(Path zip) {
        String n = zip.getFileName().toString();
        int cut = n.indexOf("-latest");
        if (cut < 0) cut = n.indexOf('.');
        return (cut <= 0 ? n : n.substring(0, cut)).replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
