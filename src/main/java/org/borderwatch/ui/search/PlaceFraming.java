package org.borderwatch.ui.search;

import org.borderwatch.gazetteer.GazetteerPlace;
import org.borderwatch.map.Viewport;
import org.borderwatch.ui.map.MapCamera;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.crs.GeographicCRS;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.locationtech.jts.geom.Envelope;

/**
 * Where the map goes to show a found place: a point at about 1:50,000 (or closer, if the map already is), an area (a
 * municipality, a district) whole, with a tenth to spare around it.
 */
public final class PlaceFraming {

    private static final double FOUND_PLACE_METRES_PER_PIXEL = 50_000 * Viewport.OGC_PIXEL_METRES;

    private PlaceFraming() {}

    /**
     * The camera showing {@code place} on a map of {@code widthPx} × {@code heightPx} logical pixels in {@code crs}.
     *
     * @param toDisplay WGS 84 longitude/latitude to the display CRS
     * @param current   the camera now, or null before the first
     * @throws TransformException if the place's point cannot be shown in the display CRS (its bounds not shown: the
     *                            point is framed)
     */
    public static MapCamera of(
            GazetteerPlace place,
            CoordinateReferenceSystem crs,
            MathTransform toDisplay,
            MapCamera current,
            double widthPx,
            double heightPx)
            throws TransformException {
        double[] xy = {place.lon(), place.lat()};
        toDisplay.transform(xy, 0, xy, 0, 1);
        // 1:50,000 at the OGC's 0.28 mm pixel is 14 m a pixel: in metres for a projected display CRS (UTM 34N),
        // in degrees of latitude for a geographic one
        double target =
                crs instanceof GeographicCRS ? FOUND_PLACE_METRES_PER_PIXEL / 111_320 : FOUND_PLACE_METRES_PER_PIXEL;
        double unitsPerPixel = current == null ? target : Math.min(current.unitsPerPixel(), target);
        GazetteerPlace.Bounds b = place.bounds();
        if (b == null) return new MapCamera(crs, xy[0], xy[1], unitsPerPixel);
        // two points a side (corners and edge midpoints), since a straight edge in lon/lat bends in the display CRS
        Envelope shown;
        try {
            shown = JTS.transform(new Envelope(b.west(), b.east(), b.south(), b.north()), null, toDisplay, 2);
        } catch (TransformException e) {
            return new MapCamera(crs, xy[0], xy[1], unitsPerPixel); // the point, then, as for a place without bounds
        }
        double w = Math.max(1, widthPx), h = Math.max(1, heightPx);
        return new MapCamera(
                crs,
                shown.centre().x,
                shown.centre().y,
                Math.max(target, 1.1 * Math.max(shown.getWidth() / w, shown.getHeight() / h)));
    }
}
