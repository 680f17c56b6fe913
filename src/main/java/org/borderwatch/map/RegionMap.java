package org.borderwatch.map;

import java.awt.Color;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.borderwatch.map.catalogue.Catalogue;
import org.borderwatch.map.catalogue.CatalogueLayer;
import org.borderwatch.map.catalogue.CatalogueProblem;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.referencing.CRS;
import org.geotools.styling.StyleBuilder;

/**
 * Loads the maps/ folder into a {@link MapModel} as its layer catalogue ({@code catalogue.json}) describes it:
 * each catalogued layer in its drawing order with its style, scale range, group and credit. A catalogue entry
 * that is wrong, or whose file cannot be opened, is left out and reported in {@link MapModel#problems()}; a
 * shapefile the catalogue does not name is still drawn, with a plain style, in the middle of the stack. Opening
 * reads headers only; features are read when the renderer first needs them. Shown in UTM 34N by default.
 */
public final class RegionMap {

    /** The display CRS fit for the region: UTM zone 34N, whose central meridian 21°E crosses Kosovo. */
    public static final String DEFAULT_CRS = "EPSG:32634";

    private static final System.Logger LOG = System.getLogger(RegionMap.class.getName());
    /** Where shapefiles the catalogue does not name go: over the catalogue's areas, under its lines and places. */
    private static final int UNCATALOGUED_ORDER = 50;

    private RegionMap() {}

    /**
     * The map of the catalogue and shapefiles in {@code mapsDir}, in UTM 34N.
     *
     * @throws IOException naming the folder, if it holds no layer at all or cannot be read
     */
    public static MapModel load(Path mapsDir) throws IOException {
        return load(mapsDir, displayCrs(DEFAULT_CRS));
    }

    /**
     * The map of the catalogue and shapefiles in {@code mapsDir} drawn in {@code crs}.
     *
     * @throws IOException naming the folder, if it holds no layer at all or cannot be read
     */
    public static MapModel load(Path mapsDir, CoordinateReferenceSystem crs) throws IOException {
        if (!Files.isDirectory(mapsDir)) throw new IOException(mapsDir + ": not a folder of shapefiles");
        Catalogue catalogue = Catalogue.of(mapsDir);
        List<String> problems = new ArrayList<>();
        for (CatalogueProblem p : catalogue.problems()) problems.add(p.toString());
        List<Entry> entries = new ArrayList<>();
        LayerSources sources = LayerSources.forUser();
        Set<Path> catalogued = new HashSet<>();
        for (Path p : catalogue.claimed()) catalogued.add(p.toAbsolutePath().normalize());
        for (CatalogueLayer c : catalogue.layers()) {
            try {
                if (c.kind() == CatalogueLayer.Kind.RASTER) {
                    entries.add(new Entry(c.order(), catalogued(c, GeoImage.open(c.source()))));
                    continue;
                }
                SimpleFeatureSource source = sources.open(c.source());
                entries.add(new Entry(c.order(), catalogued(c, source)));
            } catch (IOException e) {
                problems.add(
                        catalogue.file().getFileName() + ", layer " + c.name() + ", field /source: " + e.getMessage());
            }
        }
        Map<String, SimpleFeatureSource> others = new TreeMap<>();
        try (DirectoryStream<Path> shps = Files.newDirectoryStream(
                mapsDir,
                p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".shp"))) {
            for (Path shp : shps) {
                if (catalogued.contains(shp.toAbsolutePath().normalize())) continue;
                String name = shp.getFileName().toString();
                others.put(name.substring(0, name.length() - 4), sources.open(shp));
            }
        }
        PlainStyles plain = new PlainStyles();
        for (Map.Entry<String, SimpleFeatureSource> o : others.entrySet())
            entries.add(new Entry(
                    UNCATALOGUED_ORDER,
                    new Layer(
                            o.getKey(),
                            o.getKey(),
                            o.getValue(),
                            plain.forGeometry(o.getKey(), binding(o.getValue())),
                            true)));
        if (entries.isEmpty())
            throw new IOException(mapsDir + ": holds no shapefile (.shp)"
                    + (problems.isEmpty() ? "" : "; " + String.join("; ", problems)));
        for (String p : problems) LOG.log(Level.WARNING, "layer left out: {0}", p);
        // stable: equal orders keep catalogue order, then name order
        entries.sort((a, b) -> Integer.compare(a.order, b.order));
        List<Layer> layers = entries.stream().map(Entry::layer).toList();
        return new MapModel(layers, crs, attribution(mapsDir), catalogue.background(), problems);
    }

    /** A map of the given sources by layer name, styled by {@code mapsDir}'s catalogue where it names them. */
    public static MapModel model(
            Map<String, SimpleFeatureSource> sources, CoordinateReferenceSystem crs, String attribution, Path mapsDir)
            throws IOException {
        Catalogue catalogue = Catalogue.of(mapsDir);
        PlainStyles plain = new PlainStyles();
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, SimpleFeatureSource> s : sources.entrySet()) {
            CatalogueLayer c = catalogue.layer(s.getKey());
            entries.add(
                    c != null
                            ? new Entry(c.order(), catalogued(c, s.getValue()))
                            : new Entry(
                                    UNCATALOGUED_ORDER,
                                    new Layer(
                                            s.getKey(),
                                            s.getKey(),
                                            s.getValue(),
                                            plain.forGeometry(s.getKey(), binding(s.getValue())),
                                            true)));
        }
        entries.sort((a, b) -> Integer.compare(a.order, b.order));
        return new MapModel(
                entries.stream().map(Entry::layer).toList(),
                crs,
                attribution,
                catalogue.background(),
                catalogue.problems().stream().map(CatalogueProblem::toString).toList());
    }

    /** A catalogued vector layer with its style made for the geometry of {@code source}. */
    public static Layer catalogued(CatalogueLayer c, SimpleFeatureSource source) {
        return new Layer(c.name(), c.title(), source, c.style(binding(source)), c.visible(), info(c));
    }

    /** A catalogued raster layer. */
    public static Layer catalogued(CatalogueLayer c, GeoImage image) {
        return new Layer(c.name(), c.title(), null, new StyleBuilder().createStyle(), c.visible(), info(c), image);
    }

    private static LayerInfo info(CatalogueLayer c) {
        return new LayerInfo(
                c.group(),
                c.minScale(),
                c.maxScale(),
                c.opacity(),
                c.attribution(),
                c.licence(),
                c.multiply(),
                c.fadeBelow());
    }

    /** The background colour of a catalogue, for maps built without {@link #load}. */
    public static Color background(Path mapsDir) throws IOException {
        return Catalogue.of(mapsDir).background();
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

    private record Entry(int order, Layer layer) {}

    private static Class<?> binding(SimpleFeatureSource source) {
        return source.getSchema().getGeometryDescriptor() == null
                ? null
                : source.getSchema().getGeometryDescriptor().getType().getBinding();
    }

    private static String attribution(Path mapsDir) throws IOException {
        Path file = mapsDir.resolve("ATTRIBUTION.txt");
        if (!Files.isRegularFile(file)) return "";
        return Files.readString(file, StandardCharsets.UTF_8).strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
