package org.borderwatch.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.borderwatch.map.Layer;
import org.borderwatch.map.LayerSources;
import org.borderwatch.map.MapModel;
import org.geotools.api.feature.simple.SimpleFeature;

/**
 * The GeoNames ids of the places a model's layers label themselves at a scale (the places layer carries a
 * {@code geonameid} for each town and village), so a site label for the same place is not drawn twice. Kept per
 * model and scale band; not thread-safe.
 */
final class LabelledPlaces {

    /** Reads a layer's projected features (the painter's cache). */
    interface Features {
        ProjectedLayer of(Layer layer, MapModel model) throws IOException;
    }

    private final Features features;
    private MapModel model;
    private double scale = Double.NaN;
    private Set<Long> ids = Set.of();

    LabelledPlaces(Features features) {
        this.features = features;
    }

    /**
     * The ids of the features of {@code model}'s layers drawn at {@code scaleDenominator}.
     *
     * @throws UncheckedIOException naming the layer, if a layer not yet prepared cannot be read
     */
    Set<Long> labelledBy(MapModel m, double scaleDenominator) {
        if (m == model && scaleDenominator == scale) return ids;
        Set<Long> found = new HashSet<>();
        for (Layer layer : m.layers()) {
            if (layer.isRaster() || !layer.drawnAt(scaleDenominator)) continue;
            // a layer read by need is never read whole; its own labels may repeat a site's name
            if (LayerSources.loadsByNeed(layer.source())) continue;
            ProjectedLayer projected;
            try {
                projected = features.of(layer, m);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (projected.size() == 0 || projected.feature(0).getFeatureType().getDescriptor("geonameid") == null)
                continue;
            for (int i = 0; i < projected.size(); i++) {
                SimpleFeature f = projected.feature(i);
                if (f.getAttribute("geonameid") instanceof Number n) found.add(n.longValue());
            }
        }
        model = m;
        scale = scaleDenominator;
        ids = Set.copyOf(found);
        return ids;
    }
}
