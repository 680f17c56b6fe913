package org.borderwatch.shapefile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.geotools.api.data.SimpleFeatureReader;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.feature.simple.SimpleFeatureType;
import org.geotools.api.filter.Filter;
import org.geotools.feature.simple.SimpleFeatureImpl;
import org.geotools.filter.identity.FeatureIdImpl;
import org.locationtech.jts.geom.Geometry;

/**
 * Streams the features of one shapefile for one {@link ReadPlan}: records are located through the
 * .shp (and .shx), skipped early when deleted or outside the query box, decoded, filtered and
 * limited. A record that cannot be read is skipped and kept as a problem; the list goes to the
 * store when the reader closes. Memory is two file windows and the current record.
 */
final class ShapefileFeatureReader implements SimpleFeatureReader {
    /** Problems kept per read; past this only their number is kept, so a broken file cannot fill the heap. */
    static final int MAX_PROBLEMS = 1000;

    private final ShpReader shp;
    private final DbfReader dbf;
    private final ReadPlan plan;
    private final String fidPrefix;
    private final Consumer<Outcome> onClose;
    private final List<ShapefileFormatException> problems = new ArrayList<>();
    private int unlisted;
    private int emitted;
    private SimpleFeature next;
    private boolean closed;

    /** What a read skipped and what it warned about, handed to the store when the reader closes. */
    record Outcome(List<ShapefileFormatException> problems, List<ShapefileFormatException> warnings) {}

    /** @param dbf the attributes, or null when the shapefile has no .dbf */
    ShapefileFeatureReader(ShpReader shp, DbfReader dbf, ReadPlan plan, String typeName, Consumer<Outcome> onClose) {
        this.shp = shp;
        this.dbf = dbf;
        this.plan = plan;
        this.fidPrefix = typeName + ".";
        this.onClose = onClose;
    }

    @Override
    public SimpleFeatureType getFeatureType() {
        return plan.outputType();
    }

    @Override
    public boolean hasNext() throws IOException {
        if (next == null && !closed) next = advance();
        return next != null;
    }

    @Override
    public SimpleFeature next() throws IOException {
        if (!hasNext())
            throw new NoSuchElementException("no more features in " + shp.path().getFileName());
        SimpleFeature f = next;
        next = null;
        return f;
    }

    private SimpleFeature advance() throws IOException {
        DbfField[] columns = plan.columns();
        int recordCount = dbf == null ? Integer.MAX_VALUE : dbf.header().recordCount();
        while (emitted < plan.maxFeatures()) {
            try {
                if (!shp.next()) return null;
                int index = shp.recordNumber() - 1;
                if (index >= recordCount) {
                    throw new ShapefileFormatException(
                            dbf.path(),
                            shp.recordNumber(),
                            null,
                            "the .dbf has only " + recordCount + " records, so this shape has no attributes");
                }
                if (dbf != null && !dbf.seek(index)) continue;
                if (plan.box() != null && !shp.intersects(plan.box())) continue;
                Geometry geometry = shp.geometry();
                Object[] values = new Object[columns.length];
                for (int i = 0; i < columns.length; i++) {
                    values[i] = columns[i] == null ? geometry : dbf.value(columns[i]);
                }
                String fid = fidPrefix + shp.recordNumber();
                SimpleFeature feature = new SimpleFeatureImpl(values, plan.readType(), new FeatureIdImpl(fid), false);
                if (plan.filter() != Filter.INCLUDE && !plan.filter().evaluate(feature)) continue;
                if (plan.needsRetype()) {
                    Object[] shown = new Object[plan.outputType().getAttributeCount()];
                    System.arraycopy(values, 0, shown, 0, shown.length);
                    feature = new SimpleFeatureImpl(shown, plan.outputType(), new FeatureIdImpl(fid), false);
                }
                emitted++;
                return feature;
            } catch (ShapefileFormatException e) {
                if (problems.size() < MAX_PROBLEMS) problems.add(e);
                else unlisted++;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        if (unlisted > 0) {
            problems.add(new ShapefileFormatException(
                    shp.path(),
                    unlisted + " more records were skipped; only the first " + MAX_PROBLEMS + " problems are listed"));
        }
        onClose.accept(new Outcome(List.copyOf(problems), shp.warnings()));
        try (shp) {
            if (dbf != null) dbf.close();
        }
        next = null;
    }
}
