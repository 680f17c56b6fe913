package org.borderwatch.shapefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.geotools.api.data.Query;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.feature.type.AttributeDescriptor;
import org.geotools.api.feature.type.GeometryDescriptor;
import org.geotools.api.filter.Filter;
import org.geotools.feature.simple.SimpleFeatureTypeBuilder;
import org.geotools.filter.FilterAttributeExtractor;
import org.geotools.filter.visitor.ExtractBoundsFilterVisitor;
import org.locationtech.jts.geom.Envelope;

/**
 * What one query reads: the attributes it returns, the extra ones its filter needs, the box used to
 * skip records before decoding them, and the feature limit.
 *
 * @param readType the attributes decoded: the returned ones first, then those only the filter needs
 * @param outputType the attributes returned, in the order the query asked for them
 * @param columns for each attribute of readType, its .dbf field, or null for the geometry
 * @param box records whose box misses it are skipped unread; null when the filter has no bounds
 * @param filter evaluated on every decoded feature
 */
record ReadPlan(
        SimpleFeatureType readType,
        SimpleFeatureType outputType,
        DbfField[] columns,
        Envelope box,
        Filter filter,
        int maxFeatures) {

    static ReadPlan of(SimpleFeatureType schema, List<DbfField> fields, Query query) {
        Filter filter = query.getFilter() == null ? Filter.INCLUDE : query.getFilter();
        String[] requested = query.getPropertyNames();
        SimpleFeatureType outputType = requested == null ? schema : SimpleFeatureTypeBuilder.retype(schema, requested);
        List<String> names = new ArrayList<>();
        for (AttributeDescriptor d : outputType.getAttributeDescriptors()) names.add(d.getLocalName());
        FilterAttributeExtractor extractor = new FilterAttributeExtractor(schema);
        filter.accept(extractor, null);
        for (String name : extractor.getAttributeNames()) {
            if (!names.contains(name) && schema.getDescriptor(name) != null) names.add(name);
        }
        SimpleFeatureType readType = names.size() == outputType.getAttributeCount()
                ? outputType
                : SimpleFeatureTypeBuilder.retype(schema, names.toArray(new String[0]));
        DbfField[] columns = new DbfField[readType.getAttributeCount()];
        for (int i = 0; i < columns.length; i++) {
            AttributeDescriptor d = readType.getDescriptor(i);
            if (!(d instanceof GeometryDescriptor)) columns[i] = field(fields, d.getLocalName());
        }
        return new ReadPlan(readType, outputType, columns, box(filter), filter, query.getMaxFeatures());
    }

    private static DbfField field(List<DbfField> fields, String name) {
        for (DbfField f : fields) {
            if (f.name().equals(name)) return f;
        }
        throw new IllegalArgumentException("no .dbf field " + name);
    }

    private static Envelope box(Filter filter) {
        if (filter == Filter.INCLUDE) return null;
        Object bounds = filter.accept(ExtractBoundsFilterVisitor.BOUNDS_VISITOR, null);
        if (!(bounds instanceof Envelope e)
                || e.isNull()
                || Double.isInfinite(e.getWidth())
                || Double.isInfinite(e.getHeight())) {
            return null;
        }
        return e;
    }

    boolean needsRetype() {
        return readType != outputType;
    }

    boolean readsGeometry() {
        return Arrays.stream(columns).anyMatch(c -> c == null);
    }
}
