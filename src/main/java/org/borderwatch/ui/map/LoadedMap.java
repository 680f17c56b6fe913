package org.borderwatch.ui.map;

import java.io.IOException;
import java.util.Objects;
import javafx.geometry.Point2D;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;

/**
 * A map model ready for the view: its whole-region extent and the transform from the display CRS to
 * longitude/latitude, both worked out in the background so the FX thread never reads a file or
 * looks up a CRS.
 *
 * @param region   what "whole region" shows, in the display CRS: the layers' extent within
 *                 {@link #AREA_OF_INTEREST}
 * @param toLonLat display CRS to WGS 84 longitude/latitude (in that axis order)
 */
public record LoadedMap(MapModel model, ReferencedEnvelope region, MathTransform toLonLat) {

    /**
     * The area BorderWatch is about, 18.5–23.5°E 41.5–44.5°N: Kosovo, the boundary and the Serbian side
     * of it to Kraljevo and Niš (the region ../shared/bench renders too). maps/ reaches further (to
     * Belgrade, and whole countries for context, out to 29.7°E), so the union of the layers alone would
     * frame mostly Romania and Hungary and leave Kosovo a small patch.
     */
    static final ReferencedEnvelope AREA_OF_INTEREST =
            new ReferencedEnvelope(18.5, 23.5, 41.5, 44.5, DefaultGeographicCRS.WGS84);

    public LoadedMap {
        Objects.requireNonNull(model, "map model");
        Objects.requireNonNull(region, "region extent");
        Objects.requireNonNull(toLonLat, "transform to lon/lat");
    }

    /**
     * Prepares {@code model} for display: reads each layer's bounds and finds the lon/lat transform.
     * Slow (may read files and the EPSG database); call it off the FX thread.
     *
     * @throws IOException        when a layer's bounds cannot be read
     * @throws FactoryException   when no transform from the display CRS to WGS 84 exists
     * @throws TransformException when a layer's bounds cannot be moved into the display CRS
     */
    static LoadedMap prepare(MapModel model) throws IOException, FactoryException, TransformException {
        CoordinateReferenceSystem crs = model.displayCrs();
        ReferencedEnvelope region = new ReferencedEnvelope(crs);
        for (Layer layer : model.layers()) {
            if (layer.isRaster()) continue;
            ReferencedEnvelope bounds = layer.source().getBounds();
            if (bounds == null || bounds.isEmpty()) continue;
            region.expandToInclude(bounds.transform(crs, true));
        }
        if (region.isEmpty())
            throw new IOException("the map has no features to show: every layer of "
                    + model.layers().size() + " is empty");
        ReferencedEnvelope interest = region.intersection(AREA_OF_INTEREST.transform(crs, true));
        if (!interest.isEmpty()) region = new ReferencedEnvelope(interest, crs);
        return new LoadedMap(model, region, CRS.findMathTransform(crs, DefaultGeographicCRS.WGS84, true));
    }

    /** Longitude (x) and latitude (y) of a display-CRS point, or null outside the projection's domain. */
    public Point2D lonLat(Point2D world) {
        double[] p = {world.getX(), world.getY()};
        try {
            toLonLat.transform(p, 0, p, 0, 1);
        } catch (TransformException e) {
            return null;
        }
        return Double.isFinite(p[0]) && Double.isFinite(p[1]) ? new Point2D(p[0], p[1]) : null;
    }
}
