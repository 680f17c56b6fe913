package org.borderwatch.ui.edit;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.LonLat;
import org.borderwatch.ui.map.LoadedMap;
import org.borderwatch.ui.map.MapCamera;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.NoninvertibleTransformException;
import org.geotools.api.referencing.operation.TransformException;

/**
 * Where annotations lie in the map view under one camera: lon/lat to view pixels and back, which
 * annotation a click hits, the points to show as handles, and an annotation moved by a drag. The
 * transforms come from the loaded map, so nothing here reads a file or looks up a CRS.
 */
final class AnnotationGeometry {
    /** A click this close (logical px) to a line, point or edge hits it. */
    static final double HIT_PX = 6;
    /** Logical px per character of a label, roughly, for hitting the text beside its point. */
    private static final double CHAR_PX = 7.5;

    private final LoadedMap map;
    private final MapCamera camera;
    private final double width;
    private final double height;
    private final MathTransform toDisplay;

    AnnotationGeometry(LoadedMap map, MapCamera camera, double width, double height) {
        this.map = map;
        this.camera = camera;
        this.width = width;
        this.height = height;
        try {
            this.toDisplay = map.toLonLat().inverse();
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("the display CRS has no transform from lon/lat", e);
        }
    }

    /** The lon/lat under view pixel (x, y), or null off the projection's domain. */
    LonLat lonLatAt(double x, double y) {
        Point2D p = map.lonLat(new Point2D(camera.worldX(x, width), camera.worldY(y, height)));
        if (p == null || p.getX() < -180 || p.getX() > 180 || p.getY() < -90 || p.getY() > 90) return null;
        return new LonLat(p.getX(), p.getY());
    }

    /** The view pixel of a lon/lat, or null when the display CRS cannot show it. */
    Point2D pixelOf(LonLat p) {
        double[] xy = {p.lon(), p.lat()};
        try {
            toDisplay.transform(xy, 0, xy, 0, 1);
        } catch (TransformException e) {
            return null;
        }
        return new Point2D(camera.pixelX(xy[0], width), camera.pixelY(xy[1], height));
    }

    /** The last annotation (the one drawn on top) that view pixel (x, y) touches, or null. */
    Annotation hit(List<Annotation> annotations, double x, double y) {
        Point2D at = new Point2D(x, y);
        for (int i = annotations.size() - 1; i >= 0; i--)
            if (touches(annotations.get(i), at)) return annotations.get(i);
        return null;
    }

    /** The points a selected annotation shows as handles, in view pixels. */
    List<Point2D> handles(Annotation a) {
        List<Point2D> out = new ArrayList<>();
        for (LonLat p : points(a)) {
            Point2D px = pixelOf(p);
            if (px != null) out.add(px);
        }
        if (a instanceof Annotation.Circle c) {
            Point2D edge = pixelOf(east(c));
            if (edge != null) out.add(edge);
        }
        return out;
    }

    /** The annotation moved by the drag from view pixel {@code from} to {@code to}, or itself if it cannot move there. */
    Annotation moved(Annotation a, Point2D from, Point2D to) {
        LonLat start = lonLatAt(from.getX(), from.getY());
        LonLat end = lonLatAt(to.getX(), to.getY());
        if (start == null || end == null) return a;
        double dLon = end.lon() - start.lon();
        double dLat = end.lat() - start.lat();
        try {
            if (a instanceof Annotation.Label l)
                return new Annotation.Label(l.id(), shift(l.at(), dLon, dLat), l.text());
            if (a instanceof Annotation.Arrow ar)
                return new Annotation.Arrow(
                        ar.id(), shift(ar.from(), dLon, dLat), shift(ar.to(), dLon, dLat), ar.text());
            if (a instanceof Annotation.Circle c)
                return new Annotation.Circle(c.id(), shift(c.center(), dLon, dLat), c.radiusKm(), c.text());
            if (a instanceof Annotation.Distance d)
                return new Annotation.Distance(
                        d.id(), shift(d.from(), dLon, dLat), shift(d.to(), dLon, dLat), d.text());
            Annotation.Area area = (Annotation.Area) a;
            List<LonLat> ring = new ArrayList<>();
            for (LonLat p : area.ring()) ring.add(shift(p, dLon, dLat));
            return new Annotation.Area(area.id(), ring, area.text());
        } catch (IllegalArgumentException e) {
            // a point pushed past a pole or the antimeridian: the annotation stays where it was
            return a;
        }
    }

    /** The geodesic distance in km between two points. */
    static double distanceKm(LonLat a, LonLat b) {
        return Geodesic.WGS84.Inverse(a.lat(), a.lon(), b.lat(), b.lon()).s12 / 1000;
    }

    private boolean touches(Annotation a, Point2D at) {
        if (a instanceof Annotation.Label l) {
            Point2D p = pixelOf(l.at());
            if (p == null) return false;
            double textWidth = l.text().length() * CHAR_PX;
            return p.distance(at) <= HIT_PX
                    || (at.getX() >= p.getX()
                            && at.getX() <= p.getX() + 6 + textWidth
                            && at.getY() >= p.getY() - 20
                            && at.getY() <= p.getY() + 2);
        }
        if (a instanceof Annotation.Arrow ar) return nearSegment(ar.from(), ar.to(), at);
        if (a instanceof Annotation.Distance d) return nearSegment(d.from(), d.to(), at);
        if (a instanceof Annotation.Circle c) {
            Point2D centre = pixelOf(c.center());
            Point2D edge = pixelOf(east(c));
            return centre != null && edge != null && centre.distance(at) <= centre.distance(edge) + HIT_PX;
        }
        List<Point2D> ring = new ArrayList<>();
        for (LonLat p : ((Annotation.Area) a).ring()) {
            Point2D px = pixelOf(p);
            if (px == null) return false;
            ring.add(px);
        }
        return inside(ring, at) || nearRing(ring, at);
    }

    private boolean nearSegment(LonLat from, LonLat to, Point2D at) {
        Point2D a = pixelOf(from);
        Point2D b = pixelOf(to);
        return a != null && b != null && segmentDistance(a, b, at) <= HIT_PX;
    }

    private static boolean nearRing(List<Point2D> ring, Point2D at) {
        for (int i = 0; i < ring.size(); i++)
            if (segmentDistance(ring.get(i), ring.get((i + 1) % ring.size()), at) <= HIT_PX) return true;
        return false;
    }

    /** Even-odd rule, as the painter fills the ring. */
    private static boolean inside(List<Point2D> ring, Point2D at) {
        boolean in = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            Point2D a = ring.get(i);
            Point2D b = ring.get(j);
            if ((a.getY() > at.getY()) != (b.getY() > at.getY())
                    && at.getX() < (b.getX() - a.getX()) * (at.getY() - a.getY()) / (b.getY() - a.getY()) + a.getX())
                in = !in;
        }
        return in;
    }

    private static double segmentDistance(Point2D a, Point2D b, Point2D p) {
        Point2D ab = b.subtract(a);
        double len2 = ab.dotProduct(ab);
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, p.subtract(a).dotProduct(ab) / len2));
        return a.add(ab.multiply(t)).distance(p);
    }

    private static List<LonLat> points(Annotation a) {
        if (a instanceof Annotation.Label l) return List.of(l.at());
        if (a instanceof Annotation.Arrow ar) return List.of(ar.from(), ar.to());
        if (a instanceof Annotation.Circle c) return List.of(c.center());
        if (a instanceof Annotation.Distance d) return List.of(d.from(), d.to());
        return ((Annotation.Area) a).ring();
    }

    /** The point due east of a circle's centre on its rim. */
    private static LonLat east(Annotation.Circle c) {
        GeodesicData d = Geodesic.WGS84.Direct(c.center().lat(), c.center().lon(), 90, c.radiusKm() * 1000);
        return new LonLat(d.lon2, d.lat2);
    }

    private static LonLat shift(LonLat p, double dLon, double dLat) {
        return new LonLat(p.lon() + dLon, p.lat() + dLat);
    }
}
