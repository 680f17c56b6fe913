package org.borderwatch.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;

/**
 * The map: layers in drawing order (first is drawn first, at the bottom) and the display CRS.
 * Immutable; the "with" methods return a changed copy, so a frame being rendered never sees a
 * half-applied change.
 */
public final class MapModel {
    private final List<Layer> layers;
    private final CoordinateReferenceSystem displayCrs;
    private final String attribution;

    public MapModel(List<Layer> layers, CoordinateReferenceSystem displayCrs, String attribution) {
        this.layers = List.copyOf(layers);
        this.displayCrs = Objects.requireNonNull(displayCrs, "display CRS");
        this.attribution = Objects.requireNonNull(attribution, "attribution");
    }

    public List<Layer> layers() {
        return layers;
    }

    public CoordinateReferenceSystem displayCrs() {
        return displayCrs;
    }

    /** The attribution line required by the data licences (see maps/README.md). */
    public String attribution() {
        return attribution;
    }

    /** A copy with the named layer shown or hidden. */
    public MapModel withVisible(String layerName, boolean visible) {
        List<Layer> changed = new ArrayList<>(layers.size());
        for (Layer l : layers) changed.add(l.name().equals(layerName) ? l.withVisible(visible) : l);
        return new MapModel(changed, displayCrs, attribution);
    }

    /** A copy with the layers in the given order of names; names not listed keep their relative order at the end. */
    public MapModel withOrder(List<String> names) {
        List<Layer> ordered = new ArrayList<>(layers.size());
        for (String n : names) layers.stream().filter(l -> l.name().equals(n)).findFirst().ifPresent(ordered::add);
        for (Layer l : layers) if (!ordered.contains(l)) ordered.add(l);
        return new MapModel(ordered, displayCrs, attribution);
    }

    /** A copy drawn in another CRS. */
    public MapModel withDisplayCrs(CoordinateReferenceSystem crs) {
        return new MapModel(layers, crs, attribution);
    }
}
