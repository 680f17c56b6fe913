package org.borderwatch.map.osm;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * One Geofabrik "free" shapefile extract: a folder (or a zip, unpacked into the cache) holding the layers
 * {@code gis_osm_roads_free_1}, {@code gis_osm_places_free_1} and so on, each a shapefile with {@code osm_id},
 * {@code code}, {@code fclass} and {@code name}. Recognised by those file names alone, as Geofabrik writes them.
 *
 * @param origin the folder or zip the user has (named in messages and in the attribution)
 * @param folder the folder the shapefiles are read from
 * @param layers the layer files present, by kind ({@code roads}, {@code water_a}, …) to file, in name order
 */
public record OsmExtract(Path origin, Path folder, TreeMap<String, Path> layers) {

    private static final Pattern LAYER = Pattern.compile("(?i)^gis_osm_([a-z_]+?)_free_1\\.shp$");

    public OsmExtract {
        Objects.requireNonNull(origin, "extract");
        Objects.requireNonNull(folder, "folder of " + origin);
        layers = new TreeMap<>(layers);
        if (layers.isEmpty())
            throw new IllegalArgumentException(origin + ": holds no gis_osm_*_free_1 layer of a Geofabrik extract");
    }

    /**
     * True when {@code path} is a folder or zip of Geofabrik's free layout: at least one {@code gis_osm_*_free_1.shp}
     * at its top (a zip's entries may sit in one folder).
     */
    public static boolean recognises(Path path) {
        try {
            if (Files.isDirectory(path)) return !scan(path).isEmpty();
            if (!Files.isRegularFile(path)
                    || !path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) return false;
            try (ZipFile zip = new ZipFile(path.toFile())) {
                Enumeration<? extends ZipEntry> e = zip.entries();
                while (e.hasMoreElements()) {
                    String n = e.nextElement().getName();
                    if (LAYER.matcher(n.substring(n.lastIndexOf('/') + 1)).matches()) return true;
                }
            }
            return false;
        } catch (ZipException e) {
            // a broken zip is not recognised here; opening it says what is wrong
            return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp.zip");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The extract at {@code path}, a folder or a zip (unpacked by {@code zips}).
     *
     * @throws ExtractException naming the file (and the zip entry) when it is broken or holds no Geofabrik layer
     * @throws IOException      when the folder or the cache cannot be read or written
     */
    public static OsmExtract open(Path path, ExtractZip zips) throws IOException, ExtractException {
        Path folder = Files.isDirectory(path) ? path : zips.unpack(path);
        TreeMap<String, Path> layers = scan(folder);
        if (layers.isEmpty())
            throw new ExtractException(
                    path.getFileName().toString(),
                    null,
                    "holds no gis_osm_*_free_1.shp layer; is it a Geofabrik \"free\" shapefile extract?");
        return new OsmExtract(path, folder, layers);
    }

    /** The file of layer {@code kind} (roads, places, water_a…), or null when this extract lacks it. */
    public Path layer(String kind) {
        return layers.get(kind);
    }

    /** What the user calls it: the zip's or folder's name. */
    public String label() {
        return origin.getFileName().toString();
    }

    /** The layer kind of a file name such as {@code gis_osm_water_a_free_1.shp}, or null. */
    static String kindOf(String fileName) {
        Matcher m = LAYER.matcher(fileName);
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static TreeMap<String, Path> scan(Path folder) throws IOException {
        TreeMap<String, Path> found = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
            ds.forEach(files::add);
        }
        for (Path f : files) {
            String kind = kindOf(f.getFileName().toString());
            if (kind != null) found.put(kind, f);
        }
        return found;
    }
}
