package org.borderwatch.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.borderwatch.geojson.GeoJsonLayer;
import org.borderwatch.geopackage.GeoPackageDataStore;
import org.borderwatch.geopackage.GeoPackageFormatException;
import org.borderwatch.shapefile.ShapefileDataStore;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.data.store.ContentFeatureSource;

/**
 * The one place where a vector layer's file becomes a GeoTools {@link SimpleFeatureSource}, chosen by the
 * file's kind. Everything that draws or reads a layer then speaks only GeoTools: the renderer asks a
 * source for the features in a bounding box with a BBOX {@code Query}.
 * <p>
 * Large shapefiles (at least {@value #BY_NEED_RECORDS} records) get a spatial index, built on first open
 * and kept beside the data, or in {@code indexCache} when the data's folder is read-only; the renderer
 * then reads only the features near the view ({@link #loadsByNeed}). Smaller layers are read whole once,
 * which costs less than the queries would.
 * <p>
 * To add a reader: a case in {@link #open} for its extension, returning a source whose BBOX queries read
 * only what they need (or which is small), and, if it has its own index, a test in {@link #loadsByNeed}.
 */
public final class LayerSources {

    /** Record count from which a shapefile is indexed and read by need. */
    public static final long BY_NEED_RECORDS = 20_000;

    private final Path indexCache;

    /** @param indexCache where indexes of files in read-only folders go; null to keep them only beside the data */
    public LayerSources(Path indexCache) {
        this.indexCache = indexCache;
    }

    /**
     * The user's cache folder for indexes: {@code $XDG_CACHE_HOME/borderwatch/index}, else
     * {@code ~/.cache/borderwatch/index}.
     */
    public static Path userIndexCache(Function<String, String> environment, String userHome) {
        String xdg = environment.apply("XDG_CACHE_HOME");
        String home = environment.apply("HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(home != null && !home.isBlank() ? home : userHome, ".cache");
        return base.resolve("borderwatch").resolve("index");
    }

    /** Sources whose indexes go to the user's cache folder when the data's folder is read-only. */
    public static LayerSources forUser() {
        return new LayerSources(userIndexCache(System::getenv, System.getProperty("user.home")));
    }

    /**
     * Opens the vector layer in {@code file} by its kind.
     *
     * @throws IOException naming the file, when it cannot be opened or is of a kind no reader takes
     */
    public SimpleFeatureSource open(Path file) throws IOException {
        return open(file, null);
    }

    /**
     * Opens the vector layer in {@code file} by its kind; for a GeoPackage, its table {@code table} (null: its only
     * vector table). A GeoJSON FeatureCollection is read whole into memory under a spatial index; a GeoPackage is read
     * by the box through its R-tree.
     *
     * @throws IOException naming the file (and table), when it cannot be opened or is of a kind no reader takes
     */
    public SimpleFeatureSource open(Path file, String table) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".shp")) return shapefile(file);
        if (name.endsWith(".geojson") || name.endsWith(".json"))
            return GeoJsonLayer.read(file).source();
        if (name.endsWith(".gpkg")) return geoPackage(file, table);
        throw new IOException(file + ": no reader for this kind of file (BorderWatch reads shapefiles, .shp; GeoJSON,"
                + " .geojson or .json; GeoPackages, .gpkg)");
    }

    private static SimpleFeatureSource geoPackage(Path file, String table) throws IOException {
        GeoPackageDataStore store = new GeoPackageDataStore(file);
        if (table != null) return store.getFeatureSource(table);
        if (store.layerNames().size() == 1)
            return store.getFeatureSource(store.layerNames().get(0));
        throw new GeoPackageFormatException(
                file,
                "holds " + store.layerNames().size() + " vector layers; name one as " + file.getFileName() + ":TABLE ("
                        + String.join(", ", store.layerNames()) + ")");
    }

    private SimpleFeatureSource shapefile(Path shp) throws IOException {
        ShapefileDataStore store = new ShapefileDataStore(shp);
        if (store.recordCount() >= BY_NEED_RECORDS) store.index(indexCache);
        return store.getFeatureSource();
    }

    /**
     * Whether the renderer should read {@code source} by the view (BBOX queries through an index) rather than
     * whole.
     */
    public static boolean loadsByNeed(SimpleFeatureSource source) {
        // in-memory sources have no data store at all (they throw when asked), so only a content source is asked
        if (!(source instanceof ContentFeatureSource content)) return false;
        if (content.getDataStore() instanceof GeoPackageDataStore gpkg)
            return gpkg.indexedRows(content.getSchema().getTypeName()) >= BY_NEED_RECORDS;
        return content.getDataStore() instanceof ShapefileDataStore store && store.indexed();
    }
}
