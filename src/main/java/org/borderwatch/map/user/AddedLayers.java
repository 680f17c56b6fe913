package org.borderwatch.map.user;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.map.Layer;
import org.borderwatch.map.LayerSources;
import org.borderwatch.map.MapModel;

/**
 * Puts added layers into a map model and reads them back out: the one place the window, the settings and the
 * {@code export} command meet them. Added layers go on top of the catalogue's, in the order added; the model then
 * keeps their order, visibility and opacity as the layers panel changes them, and {@link #inModel} reads those back
 * for the settings.
 */
public final class AddedLayers {
    private final List<UserLayerOpener> openers;

    /** @param openers each kind of added layer's opener; the first that claims a source opens it */
    public AddedLayers(List<UserLayerOpener> openers) {
        this.openers = List.copyOf(openers);
    }

    /**
     * Vector files opened through {@code sources}, and raster MBTiles files, whose missing or corrupt tiles are told to
     * {@code tileProblems} once each.
     */
    public static AddedLayers ofFiles(LayerSources sources, java.util.function.Consumer<String> tileProblems) {
        return new AddedLayers(List.of(new VectorFileOpener(sources), new MbTilesOpener(tileProblems)));
    }

    /**
     * The layers {@code file} holds: an MBTiles file is one tile layer; otherwise as {@link
     * VectorFileOpener#sourcesIn} says (every vector table of a GeoPackage, else the file).
     *
     * @throws IOException naming the file when it is missing or of a kind no opener reads
     */
    public static List<LayerSource> sourcesIn(java.nio.file.Path file) throws IOException {
        if (org.borderwatch.map.TileLayers.isMbTiles(file)) {
            if (!java.nio.file.Files.isRegularFile(file)) throw new IOException(file + ": file not found");
            return List.of(MbTilesOpener.source(file));
        }
        return VectorFileOpener.sourcesIn(file);
    }

    /** The layers a command-line argument names: {@code PATH} as {@link #sourcesIn}, or {@code PATH.gpkg:table}. */
    public static List<LayerSource> sourcesOf(String argument) throws IOException {
        java.nio.file.Path file = java.nio.file.Path.of(argument);
        if (org.borderwatch.map.TileLayers.isMbTiles(file)) return sourcesIn(file);
        return VectorFileOpener.sourcesOf(argument);
    }

    /**
     * What opening gave: the layers opened, in the order asked, and one message per layer left out (a file gone, a
     * file that cannot be read) or per record skipped, each naming the file, the layer and the record.
     */
    public record Result(List<UserLayer> added, List<Layer> layers, List<String> problems) {
        public Result {
            added = List.copyOf(added);
            layers = List.copyOf(layers);
            problems = List.copyOf(problems);
        }
    }

    /** Opens each of {@code wanted}, leaving out, with a message, those that cannot be opened. Reads files. */
    public Result open(List<UserLayer> wanted) {
        List<UserLayer> added = new ArrayList<>();
        List<Layer> layers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (UserLayer u : wanted) {
            try {
                UserLayerOpener.Opened o = opener(u.source()).open(u);
                added.add(u);
                layers.add(o.layer());
                o.problems().forEach(p -> problems.add("skipped " + p));
            } catch (IOException e) {
                problems.add("layer \"" + u.title() + "\" left out: " + e.getMessage());
            }
        }
        return new Result(added, layers, problems);
    }

    /**
     * Opens new layers of {@code sources}, each styled by default for its geometry with the palette's colours from
     * {@code firstIndex} on. Reads files.
     */
    public Result openNew(List<LayerSource> sources, int firstIndex) {
        List<UserLayer> added = new ArrayList<>();
        List<Layer> layers = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int index = firstIndex;
        for (LayerSource s : sources) {
            UserLayer provisional = new UserLayer(VectorFileOpener.title(s), s, UserStyle.byDefault(index, null), true);
            Result r = open(List.of(provisional));
            problems.addAll(r.problems());
            if (r.layers().isEmpty()) continue;
            Layer l = r.layers().get(0);
            // an image layer (MBTiles) is drawn whole: the translucency that lets a base map show through an area
            // layer would only wash out its colours
            UserStyle style = l.isRaster()
                    ? UserStyle.byDefault(index++, null).withOpacity(1)
                    : UserStyle.byDefault(index++, geometry(l));
            UserLayer styled = provisional.withStyle(style);
            added.add(styled);
            layers.add(restyled(l, styled));
        }
        return new Result(added, layers, problems);
    }

    private UserLayerOpener opener(LayerSource source) throws IOException {
        for (UserLayerOpener o : openers) if (o.opens(source)) return o;
        throw new IOException(source.location() + ": no opener for layers of kind " + source.kind());
    }

    /** {@code layer} drawn as {@code added} now says (style, opacity, visibility); the data is not read again. */
    public static Layer restyled(Layer layer, UserLayer added) {
        if (layer.isRaster()) return layer.withOpacity(added.style().opacity()).withVisible(added.visible());
        return new Layer(
                        layer.name(),
                        layer.title(),
                        layer.source(),
                        added.style().toStyle(layer.name(), layer.title(), geometry(layer)),
                        added.visible(),
                        layer.info(),
                        null)
                .withOpacity(added.style().opacity());
    }

    private static Class<?> geometry(Layer layer) {
        return layer.source() == null ? null : VectorFileOpener.binding(layer.source());
    }

    /** {@code base} with {@code layers} on top; a layer of the same name already there is replaced in its place. */
    public static MapModel onto(MapModel base, List<Layer> layers) {
        Map<String, Layer> byName = new HashMap<>();
        for (Layer l : layers) byName.put(l.name(), l);
        List<Layer> all = new ArrayList<>();
        for (Layer l : base.layers()) all.add(byName.containsKey(l.name()) ? byName.remove(l.name()) : l);
        for (Layer l : layers) if (byName.containsKey(l.name())) all.add(l);
        return new MapModel(all, base.displayCrs(), base.attribution(), base.background(), base.problems());
    }

    /** {@code model} without the layer named {@code name}. */
    public static MapModel without(MapModel model, String name) {
        List<Layer> kept =
                model.layers().stream().filter(l -> !l.name().equals(name)).toList();
        return new MapModel(kept, model.displayCrs(), model.attribution(), model.background(), model.problems());
    }

    /**
     * The added layers as {@code model} has them: in its drawing order, with its visibility and opacity; {@code known}
     * gives each one's source and style. Added layers no longer in the model are left out.
     */
    public static List<UserLayer> inModel(MapModel model, List<UserLayer> known) {
        Map<String, UserLayer> byName = new HashMap<>();
        for (UserLayer u : known) byName.put(u.name(), u);
        List<UserLayer> out = new ArrayList<>();
        for (Layer l : model.layers()) {
            UserLayer u = byName.get(l.name());
            if (u != null)
                out.add(u.withVisible(l.visible())
                        .withStyle(u.style().withOpacity(l.info().opacity())));
        }
        return out;
    }

    /** True when {@code layer} is one the user added. */
    public static boolean isAdded(Layer layer) {
        return layer.name().startsWith(UserLayer.NAME_PREFIX);
    }
}
