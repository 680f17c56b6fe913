package org.borderwatch.render;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.map.Layer;
import org.borderwatch.map.LayerSources;
import org.borderwatch.map.Viewport;
import org.geotools.api.data.Query;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.filter.FilterFactory;
import org.geotools.api.geometry.Bounds;
import org.geotools.api.metadata.extent.GeographicBoundingBox;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.factory.CommonFactoryFinder;
import org.geotools.geometry.jts.GeometryClipper;
import org.geotools.geometry.jts.JTS;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Layer geometries reprojected into the display CRS once and kept, so frames never reproject.
 * Entries for another CRS are dropped when the display CRS changes. Geographic data is first cut
 * to the projection's usable area (its domain of validity widened by 30°), because a transverse
 * Mercator folds far-away countries back over the map.
 * <p>
 * Small layers are read whole. A layer that loads by need ({@link LayerSources#loadsByNeed}: a large
 * indexed file) is read one window at a time: the features meeting the view widened by a view on each
 * side, asked of its source with a BBOX query, reprojected and generalised for the view's zoom level (a
 * power-of-two band of map units per pixel). Frames that stay inside the window at that level reuse it;
 * leaving it, or changing level, reads a new one. Each such layer holds the last {@value #KEPT_WINDOWS}
 * windows (so zooming back a step reads nothing) unless the earlier one is large, so memory follows what is near the view, not the size
 * of the file. No feature of the window is dropped by generalising: a line
 * keeps its ends and a ring its shape's extent, so nothing drawn at one level is missing at the next.
 */
final class GeometryCache {

    private static final System.Logger LOG = System.getLogger(GeometryCache.class.getName());
    private static final double DOMAIN_MARGIN_DEGREES = 30;
    /** Windows kept per by-need layer: the view's and the one before, so a zoom step back reads nothing. */
    static final int KEPT_WINDOWS = 2;
    /** An earlier window of more features than this is dropped before a new one is read. */
    static final int KEPT_FEATURES = 100_000;

    private static final FilterFactory FILTERS = CommonFactoryFinder.getFilterFactory();

    private final Map<SimpleFeatureSource, ProjectedLayer> layers = new IdentityHashMap<>();
    private final Map<SimpleFeatureSource, Deque<Window>> windows = new IdentityHashMap<>();
    private final int keptFeatures;
    private CoordinateReferenceSystem crs;

    GeometryCache() {
        this(KEPT_FEATURES);
    }

    /** @param keptFeatures the most features a by-need layer's earlier windows may hold when it reads a new one */
    GeometryCache(int keptFeatures) {
        this.keptFeatures = keptFeatures;
    }

    /** The features of a by-need layer near a view, generalised for one zoom level. */
    private record Window(int level, Envelope area, ProjectedLayer layer) {}

    /**
     * The layer's geometries near {@code v} in {@code displayCrs}: the whole layer for a small one, read once;
     * for a layer that loads by need, a window around the view generalised for its zoom level.
     *
     * @throws IOException if the layer's features cannot be read
     */
    ProjectedLayer projected(Layer layer, CoordinateReferenceSystem displayCrs, Viewport v) throws IOException {
        if (!LayerSources.loadsByNeed(layer.source())) return projected(layer, displayCrs);
        useCrs(displayCrs);
        int level = ProjectedLayer.level(v.unitsPerPixel());
        ReferencedEnvelope a = v.area();
        Envelope wanted = new Envelope(a.getMinX(), a.getMaxX(), a.getMinY(), a.getMaxY());
        Deque<Window> kept = windows.computeIfAbsent(layer.source(), s -> new ArrayDeque<>());
        for (Window w : kept) {
            if (w.level == level && w.area.contains(wanted)) {
                kept.remove(w);
                kept.addFirst(w);
                return w.layer;
            }
        }
        // drop old windows before reading, so no more than KEPT_WINDOWS share the heap, and a large one (a view of
        // a whole extract) is never kept beside the next
        while (kept.size() >= KEPT_WINDOWS || (!kept.isEmpty() && held(kept) > keptFeatures)) kept.removeLast();
        Envelope area = new Envelope(wanted);
        area.expandBy(wanted.getWidth(), wanted.getHeight());
        ProjectedLayer p = load(layer, displayCrs, area, Math.scalb(1.0, level));
        kept.addFirst(new Window(level, area, p));
        return p;
    }

    private static int held(Deque<Window> kept) {
        int n = 0;
        for (Window w : kept) n += w.layer.size();
        return n;
    }

    /** The windows a by-need layer holds now, the latest first: what memory it takes. */
    List<ProjectedLayer> windows(Layer layer) {
        Deque<Window> kept = windows.get(layer.source());
        return kept == null ? List.of() : kept.stream().map(Window::layer).toList();
    }

    private void useCrs(CoordinateReferenceSystem displayCrs) {
        if (crs != displayCrs) {
            layers.clear();
            windows.clear();
            crs = displayCrs;
        }
    }

    /**
     * The layer's geometries in {@code displayCrs}, read and reprojected on first use.
     *
     * @throws IOException if the layer's features cannot be read
     */
    ProjectedLayer projected(Layer layer, CoordinateReferenceSystem displayCrs) throws IOException {
        useCrs(displayCrs);
        ProjectedLayer p = layers.get(layer.source());
        if (p == null) {
            p = load(layer, displayCrs, null, 0);
            layers.put(layer.source(), p);
        }
        return p;
    }

    /**
     * Reads the layer, or its features meeting {@code area} (display CRS) when that is given, into the display
     * CRS; with {@code span} above zero each geometry is generalised so no two kept vertices lie within it.
     */
    private static ProjectedLayer load(Layer layer, CoordinateReferenceSystem displayCrs, Envelope area, double span)
            throws IOException {
        CoordinateReferenceSystem sourceCrs = layer.source().getSchema().getCoordinateReferenceSystem();
        MathTransform toDisplay = transform(layer, sourceCrs, displayCrs);
        GeometryClipper domain = domainClipper(sourceCrs, displayCrs);
        List<SimpleFeature> features = new ArrayList<>();
        List<Geometry> projected = new ArrayList<>();
        int skipped = 0;
        String firstProblem = null;
        Query query = area == null ? Query.ALL : bboxQuery(layer, area, displayCrs, sourceCrs);
        try (SimpleFeatureIterator it = layer.source().getFeatures(query).features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                Object value = f.getDefaultGeometry();
                if (!(value instanceof Geometry g) || g.isEmpty()) continue;
                try {
                    Geometry cut = domain == null ? g : domain.clip(g, false);
                    if (cut == null || cut.isEmpty()) continue;
                    Geometry shown = toDisplay == null ? cut : JTS.transform(cut, toDisplay);
                    projected.add(span > 0 ? ProjectedLayer.generalised(shown, span) : shown);
                    features.add(f);
                } catch (TransformException e) {
                    skipped++;
                    if (firstProblem == null) firstProblem = "feature " + f.getID() + ": " + e.getMessage();
                }
            }
        }
        if (skipped > 0)
            LOG.log(
                    Level.WARNING,
                    "layer {0}: {1} features could not be projected to {2} and are not drawn; first: {3}",
                    layer.name(),
                    skipped,
                    displayCrs.getName(),
                    firstProblem);
        return new ProjectedLayer(features, projected);
    }

    /** The features whose box meets {@code area}, asked in the source's own CRS. */
    private static Query bboxQuery(
            Layer layer, Envelope area, CoordinateReferenceSystem displayCrs, CoordinateReferenceSystem sourceCrs)
            throws IOException {
        ReferencedEnvelope box = new ReferencedEnvelope(area, displayCrs);
        if (sourceCrs != null && !CRS.equalsIgnoreMetadata(sourceCrs, displayCrs)) {
            try {
                box = box.transform(sourceCrs, true);
            } catch (TransformException | FactoryException e) {
                throw new IOException(
                        "layer " + layer.name() + ": the view cannot be taken into " + sourceCrs.getName(), e);
            }
        }
        String geometry = layer.source().getSchema().getGeometryDescriptor().getLocalName();
        return new Query(
                layer.source().getSchema().getTypeName(),
                FILTERS.bbox(geometry, box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY(), null));
    }

    private static MathTransform transform(Layer layer, CoordinateReferenceSystem from, CoordinateReferenceSystem to)
            throws IOException {
        if (from == null || CRS.equalsIgnoreMetadata(from, to)) return null;
        try {
            MathTransform mt = CRS.findMathTransform(from, to, true);
            return mt.isIdentity() ? null : mt;
        } catch (FactoryException e) {
            throw new IOException(
                    "layer " + layer.name() + ": no transform from " + from.getName() + " to " + to.getName(), e);
        }
    }

    private static GeometryClipper domainClipper(CoordinateReferenceSystem from, CoordinateReferenceSystem to) {
        if (!(from instanceof GeographicCRS) || to instanceof GeographicCRS) return null;
        GeographicBoundingBox box = CRS.getGeographicBoundingBox(to);
        Bounds validity = box == null ? null : new org.geotools.geometry.GeneralBounds(box);
        if (validity == null) return null;
        double minLon = Math.max(-180, validity.getMinimum(0) - DOMAIN_MARGIN_DEGREES);
        double maxLon = Math.min(180, validity.getMaximum(0) + DOMAIN_MARGIN_DEGREES);
        double minLat = Math.max(-85, validity.getMinimum(1) - DOMAIN_MARGIN_DEGREES);
        double maxLat = Math.min(85, validity.getMaximum(1) + DOMAIN_MARGIN_DEGREES);
        boolean latFirst = CRS.getAxisOrder(from) == CRS.AxisOrder.NORTH_EAST;
        return new GeometryClipper(
                latFirst ? new Envelope(minLat, maxLat, minLon, maxLon) : new Envelope(minLon, maxLon, minLat, maxLat));
    }
}
