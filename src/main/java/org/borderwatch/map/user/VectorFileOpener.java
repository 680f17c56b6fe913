package org.borderwatch.map.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderwatch.geojson.GeoJsonFeatureSource;
import org.borderwatch.geojson.GeoJsonFormatException;
import org.borderwatch.geopackage.GeoPackageDataStore;
import org.borderwatch.geopackage.GeoPackageFormatException;
import org.borderwatch.map.Layer;
import org.borderwatch.map.LayerInfo;
import org.borderwatch.map.LayerSources;
import org.borderwatch.shapefile.ShapefileDataStore;
import org.borderwatch.shapefile.ShapefileFormatException;
import org.geotools.api.data.Query;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.data.store.ContentFeatureSource;

/**
 * Opens vector files as added layers: shapefiles (.shp), GeoJSON FeatureCollections (.geojson, .json) and the
 * tables of GeoPackages (.gpkg), through {@link LayerSources}. A shapefile or GeoPackage layer is read once on opening
 * so that its unreadable records are listed with the layer; the drawing then reads it as LayerSources says.
 */
public final class VectorFileOpener implements UserLayerOpener {
    private final LayerSources sources;

    /** @param sources the one place layer files are opened */
    public VectorFileOpener(LayerSources sources) {
        this.sources = sources;
    }

    @Override
    public boolean opens(LayerSource source) {
        return source.kind().equals(LayerSource.VECTOR_FILE);
    }

    /**
     * The sources {@code file} holds: one per vector table of a GeoPackage (in name order), else the file itself.
     *
     * @throws IOException naming the file when it is missing, of a type this opener does not read, or unreadable
     */
    public static List<LayerSource> sourcesIn(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + ": file not found");
        String kind = type(file);
        if (!kind.equals("gpkg")) return List.of(LayerSource.vectorFile(file, null));
        GeoPackageDataStore store = new GeoPackageDataStore(file);
        if (store.layerNames().isEmpty()) {
            String why = store.problems().isEmpty()
                    ? ""
                    : " ("
                            + String.join(
                                    "; ",
                                    store.problems().stream()
                                            .map(Throwable::getMessage)
                                            .toList()) + ")";
            throw new GeoPackageFormatException(file, "holds no vector layer BorderWatch can read" + why);
        }
        List<LayerSource> out = new ArrayList<>();
        for (String table : store.layerNames()) out.add(LayerSource.vectorFile(file, table));
        return out;
    }

    /** The sources a command-line argument names: {@code PATH} (every table of a GeoPackage) or {@code PATH.gpkg:table}. */
    public static List<LayerSource> sourcesOf(String argument) throws IOException {
        LayerSource given = new LayerSource(LayerSource.VECTOR_FILE, argument);
        if (given.table() != null) return List.of(LayerSource.vectorFile(given.file(), given.table()));
        return sourcesIn(Path.of(argument));
    }

    /** What a new layer of {@code source} is called: the file's base name, or a GeoPackage's table and file. */
    public static String title(LayerSource source) {
        String file = source.file().getFileName().toString();
        if (source.table() != null) return source.table() + " (" + file + ")";
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    @Override
    public Opened open(UserLayer added) throws IOException {
        LayerSource s = added.source();
        Path file = s.file();
        if (!Files.isRegularFile(file)) throw new IOException(file + ": file not found");
        type(file);
        SimpleFeatureSource features = sources.open(file, s.table());
        List<String> problems = new ArrayList<>();
        if (features instanceof GeoJsonFeatureSource g)
            for (GeoJsonFormatException e : g.problems()) problems.add(e.getMessage());
        else if (features instanceof ContentFeatureSource content) {
            // read once so the rows that cannot be read are known, and listed, when the layer is added
            features.getCount(Query.ALL);
            if (content.getDataStore() instanceof ShapefileDataStore shp)
                for (ShapefileFormatException e : shp.problems()) problems.add(e.getMessage());
            else if (content.getDataStore() instanceof GeoPackageDataStore gpkg)
                for (GeoPackageFormatException e : gpkg.problems())
                    if (e.layer() == null
                            || e.layer().equals(features.getSchema().getTypeName())) problems.add(e.getMessage());
        }
        return new Opened(layer(added, features), problems);
    }

    /** The map layer of {@code added} drawn from {@code features}, in the added layers' group. */
    static Layer layer(UserLayer added, SimpleFeatureSource features) {
        Class<?> binding = features.getSchema().getGeometryDescriptor() == null
                ? null
                : features.getSchema().getGeometryDescriptor().getType().getBinding();
        LayerInfo info = new LayerInfo(
                UserLayer.GROUP,
                0,
                Double.POSITIVE_INFINITY,
                added.style().opacity(),
                added.source().file().getFileName().toString(),
                "",
                false,
                0);
        return new Layer(
                added.name(),
                added.title(),
                features,
                added.style().toStyle(added.name(), added.title(), binding),
                added.visible(),
                info);
    }

    /** The geometry type of a feature source, to choose a default style; null when it has none. */
    public static Class<?> binding(SimpleFeatureSource features) {
        return features.getSchema().getGeometryDescriptor() == null
                ? null
                : features.getSchema().getGeometryDescriptor().getType().getBinding();
    }

    private static String type(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".shp")) return "shp";
        if (name.endsWith(".geojson") || name.endsWith(".json")) return "geojson";
        if (name.endsWith(".gpkg")) return "gpkg";
        throw new IOException(
                file.getFileName() + ": not a layer BorderWatch reads (a .shp, .geojson, .json or .gpkg)");
    }
}
