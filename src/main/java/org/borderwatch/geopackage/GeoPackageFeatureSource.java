package org.borderwatch.geopackage;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.geotools.api.data.FeatureReader;
import org.geotools.api.data.Query;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.filter.Filter;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.data.store.ContentEntry;
import org.geotools.data.store.ContentFeatureSource;
import org.geotools.filter.visitor.ExtractBoundsFilterVisitor;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.locationtech.jts.geom.Envelope;

/**
 * One vector layer of a {@link GeoPackageDataStore}. It narrows rows to the query's bounding box itself (through the
 * R-tree, else by each blob's envelope); GeoTools' wrappers then apply the whole filter, the property list, sorting
 * and the limit.
 */
final class GeoPackageFeatureSource extends ContentFeatureSource {
    private final FeatureTable table;

    GeoPackageFeatureSource(ContentEntry entry, FeatureTable table) {
        super(entry, Query.ALL);
        this.table = table;
    }

    @Override
    public GeoPackageDataStore getDataStore() {
        return (GeoPackageDataStore) super.getDataStore();
    }

    @Override
    protected SimpleFeatureType buildFeatureType() {
        return getDataStore().buildFeatureType(getEntry().getName(), table);
    }

    /** The extent gpkg_contents gives when the query takes everything; otherwise the box of what it returns. */
    @Override
    protected ReferencedEnvelope getBoundsInternal(Query query) throws IOException {
        SimpleFeatureType schema = getSchema();
        if (everything(query) && table.extent() != null)
            return new ReferencedEnvelope(table.extent(), schema.getCoordinateReferenceSystem());
        ReferencedEnvelope bounds = ReferencedEnvelope.create(schema.getCoordinateReferenceSystem());
        try (FeatureReader<SimpleFeatureType, SimpleFeature> reader = getReaderInternal(query)) {
            while (reader.hasNext()) bounds.include(reader.next().getBounds());
        }
        return bounds;
    }

    /** Counts what a read returns: a row whose blob or a value cannot be read is no feature. */
    @Override
    protected int getCountInternal(Query query) throws IOException {
        if (!everything(query)) return -1;
        int count = 0;
        try (FeatureReader<SimpleFeatureType, SimpleFeature> reader = getReaderInternal(query)) {
            while (reader.hasNext()) {
                reader.next();
                count++;
            }
        }
        return count;
    }

    @Override
    protected FeatureReader<SimpleFeatureType, SimpleFeature> getReaderInternal(Query query) throws IOException {
        Envelope box = box(query.getFilter());
        Connection c;
        try {
            c = getDataStore().connect();
        } catch (SQLException e) {
            throw new GeoPackageFormatException(
                    getDataStore().file(), table.table(), -1, null, "cannot open: " + e.getMessage());
        }
        return new GeoPackageFeatureReader(
                getDataStore().file(),
                table,
                getSchema(),
                c,
                box,
                problems -> getDataStore().recordRead(table.table(), problems));
    }

    /** The box a filter keeps features within, in the layer's CRS; null when it keeps features anywhere. */
    private Envelope box(Filter filter) throws IOException {
        if (filter == null || filter == Filter.INCLUDE) return null;
        Envelope e = (Envelope) filter.accept(ExtractBoundsFilterVisitor.BOUNDS_VISITOR, null);
        if (e == null || e.isNull() || Double.isInfinite(e.getWidth()) || Double.isInfinite(e.getHeight())) return null;
        if (e instanceof ReferencedEnvelope r
                && r.getCoordinateReferenceSystem() != null
                && table.crs() != null
                && !org.geotools.referencing.CRS.equalsIgnoreMetadata(r.getCoordinateReferenceSystem(), table.crs())) {
            try {
                return r.transform(table.crs(), true);
            } catch (TransformException | FactoryException ex) {
                // no narrowing then: the wrapper's filter still decides, only more rows are read
                return null;
            }
        }
        return e;
    }

    private static boolean everything(Query query) {
        return (query.getFilter() == null || query.getFilter() == Filter.INCLUDE)
                && query.getMaxFeatures() == Integer.MAX_VALUE;
    }
}
