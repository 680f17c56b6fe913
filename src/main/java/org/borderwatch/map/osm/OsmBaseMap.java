package org.borderwatch.map.osm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.map.Layer;
import org.borderwatch.map.LayerInfo;
import org.borderwatch.map.LayerSources;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.map.catalogue.Catalogue;
import org.borderwatch.map.catalogue.CatalogueLayer;
import org.borderwatch.map.catalogue.CatalogueProblem;
import org.geotools.api.data.SimpleFeatureSource;

/**
 * OpenStreetMap extracts drawn as one base map: every Geofabrik layer the extracts hold gets the entry of the
 * style resource {@value #STYLE_RESOURCE} (a layer catalogue in the catalogue's own format, styled by {@code fclass}
 * and scale in the spirit of OpenStreetMap Carto), and the same layer of several extracts is read as one
 * ({@link MergedLayer}). Over the shipped map, the extract takes over the places and rivers at the scales where it is
 * better ({@link #TAKES_OVER}), so no place or river is drawn twice.
 */
public final class OsmBaseMap {

    /** The style of the extract's layers, a catalogue whose sources are the Geofabrik file names. */
    public static final String STYLE_RESOURCE = "osm-carto.catalogue.json";

    /**
     * The shipped layers an extract replaces, and the scale denominator below which it does: there the shipped
     * layer is hidden and the extract's own (whose entries end at the same scale) draws instead.
     */
    public static final Map<String, Double> TAKES_OVER = Map.of("places", 500_000.0, "rivers", 500_000.0);

    /** Where {@link RegionMap} puts a shapefile no catalogue names. */
    private static final int UNCATALOGUED_ORDER = 50;

    private final List<OsmExtract> extracts;
    private final List<Layer> layers = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Integer> orders = new HashMap<>();

    /**
     * Opens the layers of {@code extracts} (the first one's layer set and schema lead). A layer whose files cannot
     * be opened is left out and reported in {@link #problems()}.
     */
    public OsmBaseMap(List<OsmExtract> extracts) {
        this(extracts, List.of(), LayerSources.forUser());
    }

    /**
     * The base map of {@code extracts}, their files opened by {@code sources}, with {@code earlier} problems
     * (extracts that could not be opened) first.
     */
    OsmBaseMap(List<OsmExtract> extracts, List<String> earlier, LayerSources sources) {
        problems.addAll(earlier);
        if (extracts.isEmpty()) throw new IllegalArgumentException("no extract to draw");
        this.extracts = List.copyOf(extracts);
        OsmExtract first = extracts.get(0);
        Catalogue catalogue = Catalogue.of(Path.of(STYLE_RESOURCE), presentEntries(first), first.folder());
        for (CatalogueProblem p : catalogue.problems()) problems.add(p.toString());
        for (CatalogueLayer c : catalogue.layers()) {
            String kind = OsmExtract.kindOf(c.source().getFileName().toString());
            List<SimpleFeatureSource> parts = new ArrayList<>();
            try {
                for (OsmExtract e : extracts) if (e.layer(kind) != null) parts.add(sources.open(e.layer(kind)));
                layers.add(RegionMap.catalogued(c, MergedLayer.of(parts)));
                orders.put(c.name(), c.order());
            } catch (IOException e) {
                problems.add(STYLE_RESOURCE + ", layer " + c.name() + ": " + e.getMessage());
            }
        }
    }

    /** The extracts, in the order they were given. */
    public List<OsmExtract> extracts() {
        return extracts;
    }

    /** The extract's layers with their styles, bottom first. */
    public List<Layer> layers() {
        return List.copyOf(layers);
    }

    /** What could not be opened, one message each naming the layer. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /**
     * The shipped map with this base map among its layers by the drawing orders of the two catalogues (the
     * shipped one in {@code mapsDir}): the extract's areas over the shipped countries, its lines under the
     * Kosovo–Serbia line, and the shipped layers of {@link #TAKES_OVER} hidden where the extract's draw instead.
     * Layers no catalogue names keep the middle of the stack, as {@link RegionMap} puts them.
     *
     * @throws IOException if the shipped catalogue exists but cannot be read
     */
    public MapModel over(MapModel shipped, Path mapsDir) throws IOException {
        Map<String, Integer> order = new HashMap<>(orders);
        for (CatalogueLayer c : Catalogue.of(mapsDir).layers()) order.putIfAbsent(c.name(), c.order());
        List<Layer> all = new ArrayList<>();
        for (Layer l : shipped.layers()) {
            Double from = TAKES_OVER.get(l.name());
            all.add(from == null ? l : from(l, from));
        }
        all.addAll(layers);
        all.sort(Comparator.comparingInt(l -> order.getOrDefault(l.name(), UNCATALOGUED_ORDER)));
        List<String> allProblems = new ArrayList<>(shipped.problems());
        allProblems.addAll(problems);
        return new MapModel(all, shipped.displayCrs(), shipped.attribution(), shipped.background(), allProblems);
    }

    /** The layer drawn only from 1:{@code scale} up (a smaller scale), its other settings kept. */
    private static Layer from(Layer l, double scale) {
        LayerInfo i = l.info();
        double min = Math.max(i.minScale(), scale);
        if (min >= i.maxScale()) return l.withVisible(false);
        LayerInfo changed = new LayerInfo(
                i.group(), min, i.maxScale(), i.opacity(), i.attribution(), i.licence(), i.multiply(), i.fadeBelow());
        return new Layer(l.name(), l.title(), l.source(), l.style(), l.visible(), changed, l.image());
    }

    /** The style resource's entries whose layer file {@code extract} holds, as catalogue bytes. */
    private static byte[] presentEntries(OsmExtract extract) {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = OsmBaseMap.class.getResourceAsStream(STYLE_RESOURCE)) {
            if (in == null) throw new IOException("style resource " + STYLE_RESOURCE + " is missing");
            ObjectNode root = (ObjectNode) mapper.readTree(in);
            ArrayNode kept = mapper.createArrayNode();
            for (JsonNode layer : root.path("layers")) {
                String kind = OsmExtract.kindOf(layer.path("source").asText());
                if (kind != null && extract.layer(kind) != null) {
                    ObjectNode copy = layer.deepCopy();
                    // the file as the extract spells it (Geofabrik writes lower case, a user's copy may not)
                    copy.put("source", extract.layer(kind).getFileName().toString());
                    kept.add(copy);
                }
            }
            root.set("layers", kept);
            return mapper.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenStreetMap style " + STYLE_RESOURCE, e);
        }
    }
}
