package org.borderwatch.shapefile;

import java.io.IOException;
import org.geotools.api.data.FeatureReader;
import org.geotools.api.data.Query;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.filter.Filter;
import org.geotools.api.filter.sort.SortBy;
import org.geotools.data.store.ContentEntry;
import org.geotools.data.store.ContentFeatureSource;
import org.geotools.geometry.jts.ReferencedEnvelope;

/**
 * The one feature source of a {@link ShapefileDataStore}. It filters, retypes and limits itself
 * (skipping records by their box before decoding them); GeoTools' wrappers do sorting and paging.
 */
final class ShapefileFeatureSource extends ContentFeatureSource {

    ShapefileFeatureSource(ContentEntry entry) {
        super(entry, Query.ALL);
    }

    @Override
    public ShapefileDataStore getDataStore() {
        return (ShapefileDataStore) super.getDataStore();
    }

    @Override
    protected SimpleFeatureType buildFeatureType() throws IOException {
        return getDataStore().buildFeatureType(getEntry().getName());
    }

    /** The header's box when the query takes every feature; otherwise the box of what it returns. */
    @Override
    protected ReferencedEnvelope getBoundsInternal(Query query) throws IOException {
        SimpleFeatureType schema = getSchema();
        if (isEverything(query)) {
            ShpHeader h = getDataStore().shpHeader();
            return new ReferencedEnvelope(
                    h.minX(), h.maxX(), h.minY(), h.maxY(), schema.getCoordinateReferenceSystem());
        }
        Query geometryOnly = new Query(query);
        geometryOnly.setPropertyNames(schema.getGeometryDescriptor().getLocalName());
        ReferencedEnvelope bounds = ReferencedEnvelope.create(schema.getCoordinateReferenceSystem());
        try (FeatureReader<SimpleFeatureType, SimpleFeature> reader = getReaderInternal(geometryOnly)) {
            while (reader.hasNext()) {
                bounds.include(reader.next().getBounds());
            }
        }
        return bounds;
    }

    /**
     * Counts by reading every attribute: deleted and unreadable records are not features, and only a full read tells
     * them apart (a record whose shape or one of whose values cannot be decoded is skipped by a read, so a count that
     * skipped decoding them would count features no read returns).
     */
    @Override
    protected int getCountInternal(Query query) throws IOException {
        Query counting = new Query(query);
        counting.setPropertyNames(Query.ALL_NAMES);
        int count = 0;
        try (FeatureReader<SimpleFeatureType, SimpleFeature> reader = getReaderInternal(counting)) {
            while (reader.hasNext()) {
                reader.next();
                count++;
            }
        }
        return count;
    }

    @Override
    protected FeatureReader<SimpleFeatureType, SimpleFeature> getReaderInternal(Query query) throws IOException {
        if (!canLimit(query) && query.getMaxFeatures() != Integer.MAX_VALUE) {
            // GeoTools limits after sorting or skipping; limiting here first would cut the wrong features
            Query unlimited = new Query(query);
            unlimited.setMaxFeatures(Integer.MAX_VALUE);
            return getDataStore().openReader(getSchema(), unlimited);
        }
        return getDataStore().openReader(getSchema(), query);
    }

    @Override
    protected boolean canFilter(Query query) {
        return true;
    }

    @Override
    protected boolean canRetype(Query query) {
        return true;
    }

    /** Limits natively only when no sort or offset has to come first. */
    @Override
    protected boolean canLimit(Query query) {
        return !isSorted(query) && (query.getStartIndex() == null || query.getStartIndex() == 0);
    }

    /** Records come in file order, so the natural order needs no sorting. */
    @Override
    protected boolean canSort(Query query) {
        return !isSorted(query);
    }

    private static boolean isSorted(Query query) {
        SortBy[] sort = query.getSortBy();
        if (sort == null) return false;
        for (SortBy s : sort) {
            if (s != SortBy.NATURAL_ORDER) return true;
        }
        return false;
    }

    private static boolean isEverything(Query query) {
        return (query.getFilter() == null || query.getFilter() == Filter.INCLUDE)
                && query.getMaxFeatures() == Integer.MAX_VALUE;
    }
}
