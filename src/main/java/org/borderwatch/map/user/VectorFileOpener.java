package org.borderwatch.map.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderwatch.geojson.GeoJsonFormatException;
import org.borderwatch.geojson.GeoJsonLayer;
import org.borderwatch.geopackage.GeoPackageDataStore;
import org.borderwatch.geopackage.GeoPackageFormatException;
import org.borderwatch.map.Layer;
import org.borderwatch.map.LayerInfo;
import org.borderwatch.shapefile.ShapefileDataStore;
import org.borderwatch.shapefile.ShapefileFormatException;
import org.geotools.api.data.Query;
import org.geotools.api.data.SimpleFeatureSource;

/**
 * Opens vector files as added layers: shapefiles (.shp), GeoJSON FeatureCollections (.geojson, .json) and the
 * tables of GeoPackages (.gpkg). A GeoPackage layer is read once on opening so that its unreadable rows are listed
 * with the layer; the drawing then reads it by the frame's box through its R-tree.
 */
public final class VectorFileOpener implements UserLayerOpener {

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
        List<String> problems = new ArrayList<>();
        SimpleFeatureSource features = switch (type(file)) {
            case "shp" -> {
                ShapefileDataStore store = new ShapefileDataStore(file);
                SimpleFeatureSource f = store.getFeatureSource();
                f.getCount(Query.ALL);
                for (ShapefileFormatException e : store.problems()) problems.add(e.getMessage());
                yield f;
            }
            case "geojson" -> {
                GeoJsonLayer layer = GeoJsonLayer.read(file);
                for (GeoJsonFormatException e : layer.problems()) problems.add(e.getMessage());
                yield layer.source();
            }
            default -> {
                GeoPackageDataStore store = new GeoPackageDataStore(file);
                String table = s.table() != null ? s.table() : only(store, file);
                SimpleFeatureSource f = store.getFeatureSource(table);
                f.getCount(Query.ALL);
                for (GeoPackageFormatException e : store.problems())
                    if (table.equals(e.layer())) problems.add(e.getMessage());
                yield f;
            }
        };
        return new Opened(layer(added, features), problems);
    }

    /** The one vector table of a GeoPackage named without a table. */
    private static String only(GeoPackageDataStore store, Path file) throws IOException {
        if (store.layerNames().size() == 1) return store.layerNames().get(0);
        throw new GeoPackageFormatException(
                file,
                "holds " + store.layerNames().size() + " vector layers; name one as " + file.getFileName() + ":TABLE ("
                        + String.join(", ", store.layerNames()) + ")");
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
