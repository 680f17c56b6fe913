package org.borderwatch.map;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * The map: layers in drawing order (first is drawn first, at the bottom), the display CRS, the
 * background colour and what was wrong with the layers that could not be loaded. Immutable; the
 * "with" methods return a changed copy, so a frame being rendered never sees a half-applied change.
 */
public final class MapModel {

    /** The sea and everything no layer covers, when the catalogue does not say. */
    public static final Color DEFAULT_BACKGROUND = new Color(0xD4E3EC);

    private final List<Layer> layers;
    private final CoordinateReferenceSystem displayCrs;
    private final String attribution;
    private final Color background;
    private final List<String> problems;

    public MapModel(List<Layer> layers, CoordinateReferenceSystem displayCrs, String attribution) {
        this(layers, displayCrs, attribution, DEFAULT_BACKGROUND, List.of());
    }

    /**
     * @param attribution the credit line when no drawn layer carries its own (see {@link #attributionAt})
     * @param problems    one message per layer or catalogue entry left out, naming file, layer and field
     */
    public MapModel(
            List<Layer> layers,
            CoordinateReferenceSystem displayCrs,
            String attribution,
            Color background,
            List<String> problems) {
        this.layers = List.copyOf(layers);
        this.displayCrs = Objects.requireNonNull(displayCrs, "display CRS");
        this.attribution = Objects.requireNonNull(attribution, "attribution");
        this.background = Objects.requireNonNull(background, "background colour");
        this.problems = List.copyOf(problems);
    }

    public List<Layer> layers() {
        return layers;
    }

    public CoordinateReferenceSystem displayCrs() {
        return displayCrs;
    }

    /** The attribution line required by the data licences of every layer (see maps/README.md). */
    public String attribution() {
        return attribution;
    }

    /**
     * The credits of exactly the layers drawn at 1:{@code scaleDenominator} (shown, and within their scale
     * range), each once, in drawing order, as sentences. When no drawn layer carries a credit, the model's
     * whole {@link #attribution()} line.
     */
    public String attributionAt(double scaleDenominator) {
        Set<String> credits = new LinkedHashSet<>();
        boolean catalogued = false;
        for (Layer l : layers) {
            if (!l.info().attribution().isEmpty()) catalogued = true;
            if (l.drawnAt(scaleDenominator) && !l.info().attribution().isEmpty())
                credits.add(l.info().attribution());
        }
        if (!catalogued) return attribution;
        return credits.isEmpty() ? "" : String.join(". ", credits) + ".";
    }

    public Color background() {
        return background;
    }

    /** What could not be loaded, one message each, naming the file, the layer and the field. */
    public List<String> problems() {
        return problems;
    }

    /** A copy with the named layer shown or hidden. */
    public MapModel withVisible(String layerName, boolean visible) {
        List<Layer> changed = new ArrayList<>(layers.size());
        for (Layer l : layers) changed.add(l.name().equals(layerName) ? l.withVisible(visible) : l);
        return with(changed, displayCrs);
    }

    /** A copy with the named layer composed at {@code opacity} (0 to 1). */
    public MapModel withOpacity(String layerName, double opacity) {
        List<Layer> changed = new ArrayList<>(layers.size());
        for (Layer l : layers) changed.add(l.name().equals(layerName) ? l.withOpacity(opacity) : l);
        return with(changed, displayCrs);
    }

    /** A copy with the layers in the given order of names; names not listed keep their relative order at the end. */
    public MapModel withOrder(List<String> names) {
        List<Layer> ordered = new ArrayList<>(layers.size());
        for (String n : names)
            layers.stream().filter(l -> l.name().equals(n)).findFirst().ifPresent(ordered::add);
        for (Layer l : layers) if (!ordered.contains(l)) ordered.add(l);
        return with(ordered, displayCrs);
    }

    /** A copy drawn in another CRS. */
    public MapModel withDisplayCrs(CoordinateReferenceSystem crs) {
        return with(layers, crs);
    }

    private MapModel with(List<Layer> changed, CoordinateReferenceSystem crs) {
        return new MapModel(changed, crs, attribution, background, problems);
    }
}
