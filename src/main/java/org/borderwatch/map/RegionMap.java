package org.borderwatch.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.borderwatch.shapefile.ShapefileDataStore;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.referencing.CRS;

/**
 * Loads the maps/ folder into a {@link MapModel}: every shapefile becomes a layer styled by
 * {@link RegionStyles}, in cartographic order (countries at the bottom, then administrative
 * divisions, any other layers, the Kosovo–Serbia boundary, and places on top), shown in UTM 34N.
 * The attribution line comes from the folder's ATTRIBUTION.txt. Opening reads headers only;
 * features are read when the renderer first needs them.
 */
public final class RegionMap {

    /** The display CRS fit for the region: UTM zone 34N, whose central meridian 21°E crosses Kosovo. */
    public static final String DEFAULT_CRS = "EPSG:32634";

    private static final List<String> BOTTOM = List.of("countries", "admin1");
    private static final List<String> TOP = List.of("boundary_kosovo_serbia", "places");
    private static final Map<String, String> TITLES = Map.of("countries", "Countries", "admin1",
            "Administrative divisions", "boundary_kosovo_serbia", "Kosovo–Serbia boundary", "places", "Places");

    private RegionMap() {}

    /**
     * The map of every shapefile in {@code mapsDir}, in UTM 34N.
     *
     * @throws IOException naming the file, if the folder or a shapefile cannot be opened
     */
    public static MapModel load(Path mapsDir) throws IOException {
        return load(mapsDir, displayCrs(DEFAULT_CRS));
    }

    /**
     * The map of every shapefile in {@code mapsDir} drawn in {@code crs}.
     *
     * @throws IOException naming the file, if the folder or a shapefile cannot be opened
     */
    public static MapModel load(Path mapsDir, CoordinateReferenceSystem crs) throws IOException {
        if (!Files.isDirectory(mapsDir)) throw new IOException(mapsDir + ": not a folder of shapefiles");
        Map<String, SimpleFeatureSource> sources = new TreeMap<>();
        try (DirectoryStream<Path> shps = Files.newDirectoryStream(mapsDir,
                p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp"))) {
            for (Path shp : shps) {
                String name = shp.getFileName().toString();
                sources.put(name.substring(0, name.length() - 4), new ShapefileDataStore(shp).getFeatureSource());
            }
        }
        if (sources.isEmpty()) throw new IOException(mapsDir + ": holds no shapefile (.shp)");
        return model(sources, crs, attribution(mapsDir));
    }

    /** A map of the given sources by layer name, in cartographic order, styled by {@link RegionStyles}. */
    public static MapModel model(Map<String, SimpleFeatureSource> sources, CoordinateReferenceSystem crs,
            String attribution) {
        RegionStyles styles = new RegionStyles();
        List<String> order = new ArrayList<>();
        for (String n : BOTTOM) if (sources.containsKey(n)) order.add(n);
        for (String n : sources.keySet()) if (!BOTTOM.contains(n) && !TOP.contains(n)) order.add(n);
        for (String n : TOP) if (sources.containsKey(n)) order.add(n);
        List<Layer> layers = new ArrayList<>();
        for (String n : order) {
            SimpleFeatureSource source = sources.get(n);
            Class<?> binding = source.getSchema().getGeometryDescriptor() == null ? null
                    : source.getSchema().getGeometryDescriptor().getType().getBinding();
            layers.add(new Layer(n, TITLES.getOrDefault(n, n), source, styles.forLayer(n, binding), true));
        }
        return new MapModel(layers, crs, attribution);
    }

    /**
     * The CRS for a code such as {@code EPSG:32634}, longitude first when geographic.
     *
     * @throws IOException if the code is unknown
     */
    public static CoordinateReferenceSystem displayCrs(String code) throws IOException {
        try {
            return CRS.decode(code, true);
        } catch (FactoryException e) {
            throw new IOException("unknown CRS " + code + ": " + e.getMessage(), e);
        }
    }

    private static String attribution(Path mapsDir) throws IOException {
        Path file = mapsDir.resolve("ATTRIBUTION.txt");
        if (!Files.isRegularFile(file)) return "";
        return Files.readString(file, StandardCharsets.UTF_8).strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
