package org.borderwatch.map.osm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.data.collection.CollectionFeatureSource;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.feature.collection.BaseSimpleFeatureCollection;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The same layer of several extracts read as one (Kosovo's roads and Serbia's roads): each extract's features in
 * turn, a feature whose {@code osm_id} an earlier extract already gave left out, so a road in both extracts' overlap
 * is drawn once. Only the ids of features lying where a later extract reaches are remembered, so the memory kept
 * grows with the overlap, not with the extracts. The schema is the first extract's; Geofabrik writes one schema per
 * layer for every region.
 */
final class MergedLayer extends BaseSimpleFeatureCollection {

    static final String ID_FIELD = "osm_id";

    private final List<SimpleFeatureSource> parts;

    private MergedLayer(List<SimpleFeatureSource> parts) {
        super(parts.get(0).getSchema());
        this.parts = List.copyOf(parts);
    }

    /** One source of {@code parts}: the part itself when alone, else their merge. */
    static SimpleFeatureSource of(List<SimpleFeatureSource> parts) {
        if (parts.isEmpty()) throw new IllegalArgumentException("no extract holds the layer");
        return parts.size() == 1 ? parts.get(0) : new CollectionFeatureSource(new MergedLayer(parts));
    }

    @Override
    public SimpleFeatureIterator features() {
        List<Envelope> later = new ArrayList<>();
        try {
            for (SimpleFeatureSource p : parts) later.add(p.getBounds());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Iterator(later);
    }

    private final class Iterator implements SimpleFeatureIterator {
        private final List<Envelope> bounds;
        private final Set<String> seen = new HashSet<>();
        private final boolean hasId = getSchema().getDescriptor(ID_FIELD) != null;
        private int part = -1;
        private SimpleFeatureIterator current;
        private SimpleFeature next;

        Iterator(List<Envelope> bounds) {
            this.bounds = bounds;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (current == null || !current.hasNext()) {
                    if (current != null) current.close();
                    current = null;
                    if (++part >= parts.size()) return false;
                    try {
                        current = parts.get(part).getFeatures().features();
                    } catch (IOException e) {
                        throw new UncheckedIOException(
                                "extract " + (part + 1) + " of " + parts.size() + ", layer "
                                        + getSchema().getTypeName(),
                                e);
                    }
                    continue;
                }
                SimpleFeature f = current.next();
                if (!hasId) {
                    next = f;
                    break;
                }
                Object id = f.getAttribute(ID_FIELD);
                String key = id == null ? null : id.toString();
                if (key != null && part > 0 && seen.contains(key)) continue;
                if (key != null && reachesLater(f)) seen.add(key);
                next = f;
            }
            return true;
        }

        /** True when a later extract's bounds reach the feature, so that extract may hold it again. */
        private boolean reachesLater(SimpleFeature f) {
            if (part == parts.size() - 1) return false;
            Envelope e = f.getDefaultGeometry() instanceof Geometry g ? g.getEnvelopeInternal() : null;
            if (e == null) return false;
            for (int i = part + 1; i < bounds.size(); i++) if (bounds.get(i).intersects(e)) return true;
            return false;
        }

        @Override
        public SimpleFeature next() {
            if (!hasNext()) throw new NoSuchElementException();
            SimpleFeature f = next;
            next = null;
            return f;
        }

        @Override
        public void close() {
            if (current != null) current.close();
            current = null;
        }
    }
}
