package org.borderwatch.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.geometry.jts.Decimator;
import org.geotools.geometry.jts.LiteCoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * One layer's features with their geometries already in the display CRS, indexed for viewport
 * queries, plus copies decimated per zoom level (a power-of-two bucket of map units per pixel) so a
 * pan never decimates again. Point-only layers also keep flat coordinate arrays: a million points are
 * walked as doubles, not through a tree.
 */
final class ProjectedLayer {

    private static final int KEPT_LEVELS = 4;

    private final List<SimpleFeature> features;
    private final Geometry[] geometries;
    private final boolean allPoints;
    private final double[] xs;
    private final double[] ys;
    private final STRtree index;
    private final Map<Integer, Geometry[]> decimatedByLevel = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Geometry[]> eldest) {
            return size() > KEPT_LEVELS;
        }
    };

    ProjectedLayer(List<SimpleFeature> features, List<Geometry> projected) {
        this.features = List.copyOf(features);
        this.geometries = projected.toArray(Geometry[]::new);
        boolean points = true;
        for (Geometry g : geometries) points &= g instanceof Point;
        this.allPoints = points && geometries.length > 0;
        if (allPoints) {
            xs = new double[geometries.length];
            ys = new double[geometries.length];
            for (int i = 0; i < geometries.length; i++) {
                Point p = (Point) geometries[i];
                xs[i] = p.getX();
                ys[i] = p.getY();
            }
            index = null;
        } else {
            xs = null;
            ys = null;
            index = new STRtree();
            for (int i = 0; i < geometries.length; i++) index.insert(geometries[i].getEnvelopeInternal(), i);
            index.build();
        }
    }

    int size() {
        return geometries.length;
    }

    boolean allPoints() {
        return allPoints;
    }

    double x(int i) {
        return xs[i];
    }

    double y(int i) {
        return ys[i];
    }

    SimpleFeature feature(int i) {
        return features.get(i);
    }

    Geometry projected(int i) {
        return geometries[i];
    }

    /** Calls {@code visitor} with the index of every feature whose envelope meets {@code area}. */
    void query(Envelope area, java.util.function.IntConsumer visitor) {
        if (allPoints) {
            for (int i = 0; i < xs.length; i++) if (area.contains(xs[i], ys[i])) visitor.accept(i);
        } else {
            index.query(area, item -> visitor.accept((Integer) item));
        }
    }

    /** The zoom level of {@code unitsPerPixel}: the power of two at or below it. */
    static int level(double unitsPerPixel) {
        return (int) Math.floor(Math.log(unitsPerPixel) / Math.log(2));
    }

    /**
     * A copy of {@code g} in which no two kept vertices lie within {@code span} of each other; nothing is
     * dropped (a line keeps its ends, a ring at least its closing points), so the feature still shows.
     */
    static Geometry generalised(Geometry g, double span) {
        if (g instanceof Point) return g;
        Geometry d = new LiteCopy(0).transform(g);
        if (d == null || d.isEmpty()) return g;
        new Decimator(span, span).decimate(d);
        d.geometryChanged();
        return d;
    }

    /**
     * Feature {@code i}'s geometry decimated so no two kept vertices lie within one pixel at
     * {@code unitsPerPixel}; copies are made lazily and kept for the last few zoom levels.
     */
    Geometry decimated(int i, double unitsPerPixel) {
        Geometry g = geometries[i];
        if (g instanceof Point) return g;
        int level = level(unitsPerPixel);
        Geometry[] level_ = decimatedByLevel.computeIfAbsent(level, l -> new Geometry[geometries.length]);
        Geometry d = level_[i];
        if (d == null) {
            // Decimator works in place on LiteCoordinateSequences, so each level decimates its own lite copy
            double span = Math.scalb(1.0, level);
            d = new LiteCopy(span).transform(g);
            if (d == null) d = g.getFactory().createGeometryCollection();
            new Decimator(span, span).decimate(d);
            d.geometryChanged();
            level_[i] = d;
        }
        return d;
    }

    /**
     * A copy of a geometry on two-dimensional LiteCoordinateSequences, the only kind Decimator edits,
     * without the polygons and holes smaller than a pixel (a coast's islands cost as much to draw as
     * the mainland and show as nothing).
     */
    private static final class LiteCopy extends GeometryTransformer {
        private final double minSize;

        LiteCopy(double minSize) {
            this.minSize = minSize;
        }

        @Override
        protected Geometry transformPolygon(org.locationtech.jts.geom.Polygon geom, Geometry parent) {
            Envelope e = geom.getEnvelopeInternal();
            if (e.getWidth() < minSize && e.getHeight() < minSize) return null;
            return super.transformPolygon(geom, parent);
        }

        @Override
        protected Geometry transformLinearRing(org.locationtech.jts.geom.LinearRing geom, Geometry parent) {
            Envelope e = geom.getEnvelopeInternal();
            boolean hole = parent instanceof org.locationtech.jts.geom.Polygon p && p.getExteriorRing() != geom;
            if (hole && e.getWidth() < minSize && e.getHeight() < minSize) return null;
            return super.transformLinearRing(geom, parent);
        }

        @Override
        protected CoordinateSequence transformCoordinates(CoordinateSequence seq, Geometry parent) {
            double[] xy = new double[seq.size() * 2];
            for (int i = 0; i < seq.size(); i++) {
                xy[2 * i] = seq.getX(i);
                xy[2 * i + 1] = seq.getY(i);
            }
            return new LiteCoordinateSequence(xy, 2);
        }
    }
}
