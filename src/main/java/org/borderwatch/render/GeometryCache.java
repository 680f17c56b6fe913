package org.borderwatch.render;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.map.Layer;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.api.feature.simple.SimpleFeature;
import org.geotools.api.geometry.Bounds;
import org.geotools.api.metadata.extent.GeographicBoundingBox;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.geotools.geometry.jts.GeometryClipper;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Layer geometries reprojected into the display CRS once and kept, so frames never reproject.
 * Entries for another CRS are dropped when the display CRS changes. Geographic data is first cut
 * to the projection's usable area (its domain of validity widened by 30°), because a transverse
 * Mercator folds far-away countries back over the map.
 */
final class GeometryCache {

    private static final System.Logger LOG = System.getLogger(GeometryCache.class.getName());
    private static final double DOMAIN_MARGIN_DEGREES = 30;

    private final Map<SimpleFeatureSource, ProjectedLayer> layers = new IdentityHashMap<>();
    private CoordinateReferenceSystem crs;

    /**
     * The layer's geometries in {@code displayCrs}, read and reprojected on first use.
     *
     * @throws IOException if the layer's features cannot be read
     */
    ProjectedLayer projected(Layer layer, CoordinateReferenceSystem displayCrs) throws IOException {
        if (crs != displayCrs) {
            layers.clear();
            crs = displayCrs;
        }
        ProjectedLayer p = layers.get(layer.source());
        if (p == null) {
            p = load(layer, displayCrs);
            layers.put(layer.source(), p);
        }
        return p;
    }

    private static ProjectedLayer load(Layer layer, CoordinateReferenceSystem displayCrs) throws IOException {
        CoordinateReferenceSystem sourceCrs = layer.source().getSchema().getCoordinateReferenceSystem();
        MathTransform toDisplay = transform(layer, sourceCrs, displayCrs);
        GeometryClipper domain = domainClipper(sourceCrs, displayCrs);
        List<SimpleFeature> features = new ArrayList<>();
        List<Geometry> projected = new ArrayList<>();
        int skipped = 0;
        String firstProblem = null;
        try (SimpleFeatureIterator it = layer.source().getFeatures().features()) {
            while (it.hasNext()) {
                SimpleFeature f = it.next();
                Object value = f.getDefaultGeometry();
                if (!(value instanceof Geometry g) || g.isEmpty()) continue;
                try {
                    Geometry cut = domain == null ? g : domain.clip(g, false);
                    if (cut == null || cut.isEmpty()) continue;
                    projected.add(toDisplay == null ? cut : JTS.transform(cut, toDisplay));
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
