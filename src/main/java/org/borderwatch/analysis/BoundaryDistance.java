package org.borderwatch.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.borderwatch.events.model.Event;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/**
 * Geodesic distance on the WGS 84 ellipsoid from a point to a boundary line given in lon/lat.
 * The boundary's segments are straight in lon/lat (that is how the shapefile draws them). A local
 * equirectangular projection around the point finds the candidate segments; the geodesic distance
 * to each is then minimised along the segment by golden-section search with GeographicLib, so the
 * answer matches GeographicLib on the densified line to far better than 0.1 %.
 * Immutable; safe to share.
 */
public final class BoundaryDistance {

    /** Candidate segments are those within this factor (plus {@link #SLACK_KM}) of the nearest in the local projection. */
    private static final double CANDIDATE_FACTOR = 1.05;

    private static final double SLACK_KM = 0.5;
    private static final double KM_PER_DEGREE = 111.32;
    /** Golden-section stops when the bracket is this small along the segment: under a millimetre on any real boundary. */
    private static final double T_TOLERANCE = 1e-9;

    private static final double INV_PHI = (Math.sqrt(5) - 1) / 2;

    private final double[] lon1;
    private final double[] lat1;
    private final double[] lon2;
    private final double[] lat2;

    /**
     * @param boundaryLonLat a LineString or MultiLineString (a polygon's rings are used as lines) in
     *                       WGS 84 longitude/latitude
     * @throws IllegalArgumentException if the geometry is empty or neither lineal nor polygonal
     */
    public BoundaryDistance(Geometry boundaryLonLat) {
        if (boundaryLonLat == null || boundaryLonLat.isEmpty())
            throw new IllegalArgumentException("boundary geometry is empty");
        Geometry lines = boundaryLonLat instanceof Polygonal ? boundaryLonLat.getBoundary() : boundaryLonLat;
        if (!(lines instanceof Lineal))
            throw new IllegalArgumentException(
                    "boundary must be a LineString or MultiLineString, got " + boundaryLonLat.getGeometryType());
        List<Coordinate[]> segments = new ArrayList<>();
        for (int i = 0; i < lines.getNumGeometries(); i++) {
            Coordinate[] cs = ((LineString) lines.getGeometryN(i)).getCoordinates();
            for (int k = 1; k < cs.length; k++) segments.add(new Coordinate[] {cs[k - 1], cs[k]});
            if (cs.length == 1) segments.add(new Coordinate[] {cs[0], cs[0]});
        }
        int n = segments.size();
        lon1 = new double[n];
        lat1 = new double[n];
        lon2 = new double[n];
        lat2 = new double[n];
        for (int i = 0; i < n; i++) {
            lon1[i] = segments.get(i)[0].x;
            lat1[i] = segments.get(i)[0].y;
            lon2[i] = segments.get(i)[1].x;
            lat2[i] = segments.get(i)[1].y;
        }
    }

    /**
     * The boundary formed by all the lines of {@code boundary}, a layer in WGS 84 longitude/latitude
     * such as maps/boundary_kosovo_serbia.
     *
     * @throws IOException if the features cannot be read
     * @throws IllegalArgumentException naming the layer if it holds no lines
     */
    public static BoundaryDistance of(SimpleFeatureSource boundary) throws IOException {
        String name = boundary.getSchema().getTypeName();
        List<Geometry> lines = new ArrayList<>();
        try (SimpleFeatureIterator it = boundary.getFeatures().features()) {
            while (it.hasNext()) {
                if (it.next().getDefaultGeometry() instanceof Geometry g && !g.isEmpty()) lines.add(g);
            }
        }
        if (lines.isEmpty()) throw new IllegalArgumentException("layer " + name + ": no boundary lines");
        Geometry all = lines.get(0).getFactory().buildGeometry(lines);
        try {
            return new BoundaryDistance(all.getNumGeometries() == 1 ? all.getGeometryN(0) : all.union());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("layer " + name + ": " + e.getMessage(), e);
        }
    }

    /** Azimuths sampled on the edge of the uncertainty circle, then refined around the farthest. */
    private static final int EDGE_SAMPLES = 72;
    /** Inner rings sampled too: the farthest point lies inside the circle when the circle spans a bend of the line. */
    private static final int RING_SAMPLES = 36;

    private static final int RINGS = 3;

    /**
     * The range of distances in km from the boundary over the area the event's position is known within: a
     * circle of {@code precision().radiusKm()} around its marker position, or the point when the radius is 0.
     * See {@link #rangeKm(double, double, double)}.
     */
    public DistanceRange rangeKm(Event event) {
        Geometry g = event.geometry();
        Coordinate c =
                g instanceof Point p ? p.getCoordinate() : g.getInteriorPoint().getCoordinate();
        return rangeKm(c.x, c.y, event.precision().radiusKm());
    }

    /**
     * The range of distances in km from the boundary over a geodesic circle of {@code radiusKm} around (lon, lat).
     * The nearest is exact: the centre's distance less the radius (reached along the geodesic towards the nearest
     * boundary point), or 0 when the circle reaches the line. The farthest is found on 72 points of the circle,
     * refined around the best, and on three inner rings (it lies inside when the circle spans a bend of the
     * line), screened in a local plane and measured geodesically at the winner: a few geodesic distances per
     * event instead of hundreds.
     *
     * @throws IllegalArgumentException if the position is out of range or the radius negative
     */
    public DistanceRange rangeKm(double lon, double lat, double radiusKm) {
        if (!(radiusKm >= 0)) throw new IllegalArgumentException("radius must be >= 0 km, got " + radiusKm);
        double centre = distanceKm(lon, lat);
        if (radiusKm == 0) return new DistanceRange(centre, centre);
        double bestPlanar = -1, bestAzimuth = 0, bestRadius = 0;
        for (int k = 0; k < EDGE_SAMPLES; k++) {
            double azimuth = 360.0 * k / EDGE_SAMPLES;
            double d = planarAt(lon, lat, azimuth, radiusKm);
            if (d > bestPlanar) {
                bestPlanar = d;
                bestAzimuth = azimuth;
                bestRadius = radiusKm;
            }
        }
        bestAzimuth = refineEdge(lon, lat, radiusKm, bestAzimuth, 360.0 / EDGE_SAMPLES);
        double edge = planarAt(lon, lat, bestAzimuth, radiusKm);
        bestPlanar = Math.max(bestPlanar, edge);
        for (int ring = 1; ring <= RINGS; ring++) {
            double r = radiusKm * ring / (RINGS + 1);
            for (int k = 0; k < RING_SAMPLES; k++) {
                double azimuth = 360.0 * k / RING_SAMPLES;
                double d = planarAt(lon, lat, azimuth, r);
                if (d > bestPlanar) {
                    bestPlanar = d;
                    bestAzimuth = azimuth;
                    bestRadius = r;
                }
            }
        }
        double far = Math.max(centre, geodesicAt(lon, lat, bestAzimuth, bestRadius));
        return new DistanceRange(Math.max(0, centre - radiusKm), Math.min(far, centre + radiusKm));
    }

    private static GeodesicData pointAt(double lon, double lat, double azimuth, double km) {
        return Geodesic.WGS84.Direct(lat, lon, azimuth, km * 1000, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
    }

    private double planarAt(double lon, double lat, double azimuth, double km) {
        GeodesicData p = pointAt(lon, lat, azimuth, km);
        return planarKm(normalLon(p.lon2), p.lat2);
    }

    private double geodesicAt(double lon, double lat, double azimuth, double km) {
        GeodesicData p = pointAt(lon, lat, azimuth, km);
        return distanceKm(normalLon(p.lon2), p.lat2);
    }

    private static double normalLon(double lon) {
        return lon > 180 ? lon - 360 : lon < -180 ? lon + 360 : lon;
    }

    /** The azimuth of the farthest point on the circle within {@code span} degrees of {@code azimuth}, by golden section. */
    private double refineEdge(double lon, double lat, double radiusKm, double azimuth, double span) {
        double a = azimuth - span, b = azimuth + span;
        double c = b - INV_PHI * (b - a), d = a + INV_PHI * (b - a);
        double fc = planarAt(lon, lat, c, radiusKm), fd = planarAt(lon, lat, d, radiusKm);
        for (int i = 0; i < 20; i++) {
            if (fc > fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - INV_PHI * (b - a);
                fc = planarAt(lon, lat, c, radiusKm);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + INV_PHI * (b - a);
                fd = planarAt(lon, lat, d, radiusKm);
            }
        }
        return fc > fd ? c : d;
    }

    /** The distance in km to the nearest segment in an equirectangular plane around (lon, lat): for screening only. */
    private double planarKm(double lon, double lat) {
        double kx = KM_PER_DEGREE * Math.cos(Math.toRadians(lat));
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < lon1.length; i++)
            best = Math.min(
                    best,
                    planarDistance(
                            (lon1[i] - lon) * kx,
                            (lat1[i] - lat) * KM_PER_DEGREE,
                            (lon2[i] - lon) * kx,
                            (lat2[i] - lat) * KM_PER_DEGREE));
        return best;
    }

    /** Distance in km from the event's marker position (its point, or a point on its route or area) to the boundary. */
    public double distanceKm(Event event) {
        Geometry g = event.geometry();
        Coordinate c =
                g instanceof Point p ? p.getCoordinate() : g.getInteriorPoint().getCoordinate();
        return distanceKm(c.x, c.y);
    }

    /**
     * Distance in km from (lon, lat) to the nearest point of the boundary.
     *
     * @throws IllegalArgumentException if lon is outside [-180, 180] or lat outside [-90, 90]
     */
    public double distanceKm(double lon, double lat) {
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90))
            throw new IllegalArgumentException(
                    "position must be lon in [-180, 180], lat in [-90, 90], got " + lon + ", " + lat);
        double kx = KM_PER_DEGREE * Math.cos(Math.toRadians(lat));
        int n = lon1.length;
        double[] planar = new double[n];
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            planar[i] = planarDistance(
                    (lon1[i] - lon) * kx,
                    (lat1[i] - lat) * KM_PER_DEGREE,
                    (lon2[i] - lon) * kx,
                    (lat2[i] - lat) * KM_PER_DEGREE);
            best = Math.min(best, planar[i]);
        }
        double limit = best * CANDIDATE_FACTOR + SLACK_KM;
        double geodesic = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) if (planar[i] <= limit) geodesic = Math.min(geodesic, toSegmentMetres(i, lon, lat));
        return geodesic / 1000;
    }

    /** Distance from the origin to segment (ax, ay)–(bx, by) in the plane. */
    private static double planarDistance(double ax, double ay, double bx, double by) {
        double dx = bx - ax, dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
        return Math.hypot(ax + t * dx, ay + t * dy);
    }

    /** The least geodesic distance in metres from the point to segment i, by golden-section search on its parameter. */
    private double toSegmentMetres(int i, double lon, double lat) {
        double a = 0, b = 1;
        double c = b - INV_PHI * (b - a), d = a + INV_PHI * (b - a);
        double fc = metres(i, c, lon, lat), fd = metres(i, d, lon, lat);
        while (b - a > T_TOLERANCE) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - INV_PHI * (b - a);
                fc = metres(i, c, lon, lat);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + INV_PHI * (b - a);
                fd = metres(i, d, lon, lat);
            }
        }
        // the minimum may sit at an end of the segment, which the open bracket never evaluates exactly
        return Math.min(Math.min(fc, fd), Math.min(metres(i, 0, lon, lat), metres(i, 1, lon, lat)));
    }

    private double metres(int i, double t, double lon, double lat) {
        double pLon = lon1[i] + t * (lon2[i] - lon1[i]);
        double pLat = lat1[i] + t * (lat2[i] - lat1[i]);
        return Geodesic.WGS84.Inverse(lat, lon, pLat, pLon, GeodesicMask.DISTANCE).s12;
    }
}
