package org.borderwatch.shapefile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.geotools.api.data.FeatureReader;
import org.geotools.api.data.Query;
import org.geotools.api.data.Transaction;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;

/** Reads a whole query into a list, closing the reader so the store publishes its problems. */
final class StoreReading {
    private StoreReading() {}

    static List<SimpleFeature> readAll(ShapefileDataStore store, Query query) throws IOException {
        List<SimpleFeature> features = new ArrayList<>();
        try (FeatureReader<SimpleFeatureType, SimpleFeature> reader =
                store.getFeatureReader(query, Transaction.AUTO_COMMIT)) {
            while (reader.hasNext()) features.add(reader.next());
        }
        return features;
    }

    static List<SimpleFeature> readAll(ShapefileDataStore store) throws IOException {
        return readAll(store, new Query(store.getTypeNames()[0]));
    }
}
