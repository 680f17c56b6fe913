package org.borderwatch.ui;

import java.io.IOException;
import java.util.Objects;
import javax.measure.Unit;
import javax.measure.quantity.Angle;
import javax.measure.quantity.Length;
import si.uom.NonSI;
import si.uom.SI;
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
record LoadedMap(MapModel model, ReferencedEnvelope region, MathTransform toLonLat, double metresPerUnit) {

    /** Metres per degree on the equator: the OGC convention for the scale of a map in degrees. */
    private static final double METRES_PER_DEGREE = 6378137 * Math.PI / 180;
    /** A logical pixel is 1/96 inch, as CSS and JavaFX define it. */
    private static final double METRES_PER_LOGICAL_PIXEL = 0.0254 / 96;

    /**
     * The area BorderWatch is about, 18–24°E 40–46.5°N: Kosovo and its surroundings with Belgrade, the
     * extent maps/ was cut to (see maps/README.md). Countries there are kept whole for context, reaching
     * to 29.7°E, so the union of the layers alone would frame mostly Romania and Hungary.
     */
    static final ReferencedEnvelope AREA_OF_INTEREST = new ReferencedEnvelope(18, 24, 40, 46.5, DefaultGeographicCRS.WGS84);

    LoadedMap {
        Objects.requireNonNull(model, "map model");
        Objects.requireNonNull(region, "region extent");
        Objects.requireNonNull(toLonLat, "transform to lon/lat");
        if (!(metresPerUnit > 0)) throw new IllegalArgumentException("metres per map unit must be positive, got " + metresPerUnit);
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
            ReferencedEnvelope bounds = layer.source().getBounds();
            if (bounds == null || bounds.isEmpty()) continue;
            region.expandToInclude(bounds.transform(crs, true));
        }
        if (region.isEmpty())
            throw new IOException("the map has no features to show: every layer of " + model.layers().size()
                    + " is empty");
        ReferencedEnvelope interest = region.intersection(AREA_OF_INTEREST.transform(crs, true));
        if (!interest.isEmpty()) region = new ReferencedEnvelope(interest, crs);
        return new LoadedMap(model, region, CRS.findMathTransform(crs, DefaultGeographicCRS.WGS84, true),
                metresPerUnit(crs));
    }

    /** The scale 1:N of the camera's view on a screen of 96 logical pixels per inch. */
    double scaleDenominator(MapCamera camera) {
        return camera.unitsPerPixel() * metresPerUnit / METRES_PER_LOGICAL_PIXEL;
    }

    private static double metresPerUnit(CoordinateReferenceSystem crs) {
        Unit<?> unit = crs.getCoordinateSystem().getAxis(0).getUnit();
        if (unit != null && unit.isCompatible(SI.METRE)) return unit.asType(Length.class).getConverterTo(SI.METRE).convert(1.0);
        if (unit != null && unit.isCompatible(NonSI.DEGREE_ANGLE))
            return unit.asType(Angle.class).getConverterTo(NonSI.DEGREE_ANGLE).convert(1.0) * METRES_PER_DEGREE;
        throw new IllegalArgumentException("display CRS " + crs.getName() + " has axis unit " + unit
                + "; the scale needs metres or degrees");
    }

    /** Longitude (x) and latitude (y) of a display-CRS point, or null outside the projection's domain. */
    Point2D lonLat(Point2D world) {
        double[] p = {world.getX(), world.getY()};
        try {
            toLonLat.transform(p, 0, p, 0, 1);
        } catch (TransformException e) {
            return null;
        }
        return Double.isFinite(p[0]) && Double.isFinite(p[1]) ? new Point2D(p[0], p[1]) : null;
    }
}
