package org.borderwatch.analysis;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.Precision;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.geotools.api.data.SimpleFeatureSource;
import org.geotools.data.simple.SimpleFeatureIterator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The Ground Safety Zone of the 1999 Military Technical Agreement (Kumanovo): the strip of Serbia within 5 km of the
 * Kosovo–Serbia line, in WGS 84 longitude/latitude. It is built geodesically on the WGS 84 ellipsoid with
 * GeographicLib: every vertex of the line gets a circle of 5 km (256 points, so a chord falls at most 0.4 m inside
 * it), every segment a band whose edges are points 5 km away at right angles, at most 100 m apart (the outline
 * between two of them sags under 1 mm); the union is cut to Serbia's polygon. Each point of the zone's outer edge is
 * thus 5 km from the line to within a metre.
 *
 * <p>KNOWN LIMITS: the agreement's zone also ran along Kosovo's border with Montenegro, then part of Yugoslavia; that
 * stretch is not drawn. Where the line meets North Macedonia and Montenegro the zone stops at Serbia's outline.
 * The line is the one in maps/ (Natural Earth 1:10m), which passes up to about 2 km from published crossing points.
 * Immutable; safe to share.
 */
public final class GroundSafetyZone {

    /** The zone's width from the line. */
    public static final double WIDTH_KM = 5;
    /** The agreement was signed at Kumanovo on 9 June 1999; the zone applies from then. */
    public static final LocalDate IN_FORCE_FROM = LocalDate.of(1999, 6, 9);
    /** A settlement-level event may lie anywhere in the village or town: taken as within 3 km of its point. */
    static final double SETTLEMENT_RADIUS_KM = 3;
    /**
     * A region-level point (or a municipality's seat) stands for an area of no stated size: taken as within 10 km,
     * so Raška (standing for the Serbian side of the line, 9 km from it) comes out possibly in the zone and Pristina
     * (19 km from it) out. A record that states the area's extent in {@code radius_km} is taken at its word.
     */
    static final double REGION_RADIUS_KM = 10;

    private static final int CIRCLE_POINTS = 256;
    private static final int DISC_POINTS = 64;
    private static final double MAX_STEP_M = 100;
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    /** Where an event lies with respect to the zone, given how precisely its position is known. */
    public enum Membership {
        /** Its whole uncertainty circle is in the zone. */
        IN("in the GSZ"),
        /** Its uncertainty circle reaches into the zone but not only into it. */
        POSSIBLY("possibly in the GSZ"),
        /** Its uncertainty circle does not touch the zone. */
        OUT("outside the GSZ");

        private final String label;

        Membership(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** "in", "possibly", "out": the value in CSV files. */
        public String csvName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Geometry area;
    private final PreparedGeometry prepared;
    private final BoundaryDistance distance;

    private GroundSafetyZone(Geometry area, BoundaryDistance distance) {
        this.area = area;
        this.prepared = PreparedGeometryFactory.prepare(area);
        this.distance = distance;
    }

    /**
     * The zone along {@code lineLonLat} (the Kosovo–Serbia line) inside {@code serbiaLonLat} (Serbia's polygon).
     *
     * @throws IllegalArgumentException if the line is empty or not lineal, or Serbia is not polygonal
     */
    public static GroundSafetyZone of(Geometry lineLonLat, Geometry serbiaLonLat) {
        if (!(lineLonLat instanceof Lineal) || lineLonLat.isEmpty())
            throw new IllegalArgumentException(
                    "the Kosovo–Serbia line must be a non-empty LineString or MultiLineString");
        if (!(serbiaLonLat instanceof Polygonal) || serbiaLonLat.isEmpty())
            throw new IllegalArgumentException("Serbia must be a non-empty Polygon or MultiPolygon");
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < lineLonLat.getNumGeometries(); i++) {
            Coordinate[] cs = ((LineString) lineLonLat.getGeometryN(i)).getCoordinates();
            for (Coordinate c : cs) parts.add(circle(c.x, c.y, WIDTH_KM * 1000, CIRCLE_POINTS));
            for (int k = 1; k < cs.length; k++) {
                Polygon band = band(cs[k - 1], cs[k]);
                if (band != null) parts.add(band);
            }
        }
        Geometry buffer = UnaryUnionOp.union(parts);
        Geometry area = buffer.intersection(serbiaLonLat);
        return new GroundSafetyZone(area, new BoundaryDistance(lineLonLat));
    }

    /**
     * The zone along the map's {@code boundary_kosovo_serbia} layer inside the feature of its {@code countries} layer
     * whose {@code role} is {@code serbia}.
     *
     * @throws IOException if a layer cannot be read
     * @throws IllegalArgumentException naming the layer if it is missing or holds no usable geometry
     */
    public static GroundSafetyZone of(MapModel map) throws IOException {
        SimpleFeatureSource boundary = layer(map, "boundary_kosovo_serbia").source();
        SimpleFeatureSource countries = layer(map, "countries").source();
        List<Geometry> lines = new ArrayList<>();
        try (SimpleFeatureIterator it = boundary.getFeatures().features()) {
            while (it.hasNext()) if (it.next().getDefaultGeometry() instanceof Geometry g && !g.isEmpty()) lines.add(g);
        }
        if (lines.isEmpty()) throw new IllegalArgumentException("layer boundary_kosovo_serbia: no lines");
        Geometry serbia = null;
        try (SimpleFeatureIterator it = countries.getFeatures().features()) {
            while (it.hasNext()) {
                var f = it.next();
                if ("serbia".equals(f.getAttribute("role")) && f.getDefaultGeometry() instanceof Geometry g) serbia = g;
            }
        }
        if (serbia == null) throw new IllegalArgumentException("layer countries: no feature with role serbia");
        Geometry line = WGS84.buildGeometry(lines);
        return of(line.getNumGeometries() == 1 ? line.getGeometryN(0) : line.union(), serbia);
    }

    private static Layer layer(MapModel map, String name) {
        return map.layers().stream()
                .filter(l -> l.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the map has no layer " + name + "; the GSZ needs it"));
    }

    /** The zone as a Polygon or MultiPolygon in WGS 84 longitude/latitude. */
    public Geometry area() {
        return area;
    }

    /** True on and after the day of the agreement. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(IN_FORCE_FROM);
    }

    /** Where the event lies, given its precision: exact points are in or out, others in, out or possibly. */
    public Membership membership(Event event) {
        Geometry g = event.geometry();
        Coordinate c =
                g instanceof Point p ? p.getCoordinate() : g.getInteriorPoint().getCoordinate();
        return membership(c.x, c.y, uncertaintyKm(event.precision()));
    }

    /** The radius in km within which an event of this precision may lie. */
    public static double uncertaintyKm(Precision precision) {
        return switch (precision.level()) {
            case EXACT -> 0;
            case APPROXIMATE -> precision.radiusKm();
            case SETTLEMENT -> precision.radiusKm() > 0 ? precision.radiusKm() : SETTLEMENT_RADIUS_KM;
            case MUNICIPALITY, REGION -> precision.radiusKm() > 0 ? precision.radiusKm() : REGION_RADIUS_KM;
        };
    }

    /**
     * Where a point known to within {@code radiusKm} lies: IN if its whole geodesic circle is in the zone, OUT if the
     * circle does not touch it, POSSIBLY otherwise. A radius of 0 gives IN or OUT.
     *
     * @throws IllegalArgumentException if the radius is negative or not finite
     */
    public Membership membership(double lon, double lat, double radiusKm) {
        if (!(radiusKm >= 0) || Double.isInfinite(radiusKm))
            throw new IllegalArgumentException(
                    "uncertainty radius must be a finite number of km >= 0, got " + radiusKm);
        if (distance.distanceKm(lon, lat) > WIDTH_KM + radiusKm) return Membership.OUT;
        if (radiusKm == 0)
            return prepared.covers(WGS84.createPoint(new Coordinate(lon, lat))) ? Membership.IN : Membership.OUT;
        Polygon disc = circle(lon, lat, radiusKm * 1000, DISC_POINTS);
        if (prepared.covers(disc)) return Membership.IN;
        return prepared.intersects(disc) ? Membership.POSSIBLY : Membership.OUT;
    }

    /** Distance in km from (lon, lat) to the Kosovo–Serbia line the zone was built from. */
    public double distanceToLineKm(double lon, double lat) {
        return distance.distanceKm(lon, lat);
    }

    /** A geodesic circle of {@code radiusM} metres about (lon, lat) as a polygon of {@code n} points. */
    static Polygon circle(double lon, double lat, double radiusM, int n) {
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            GeodesicData d = Geodesic.WGS84.Direct(
                    lat, lon, 360.0 * i / n, radiusM, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
            ring[i] = new Coordinate(d.lon2, d.lat2);
        }
        ring[n] = ring[0];
        return WGS84.createPolygon(ring);
    }

    /**
     * The band of a segment: points 5 km to its left and right at right angles to it, no more than 100 m apart.
     * The segment is straight in lon/lat, as the shapefile draws it; its bearing is taken at each sample point.
     */
    private static Polygon band(Coordinate a, Coordinate b) {
        double lengthM = Geodesic.WGS84.Inverse(a.y, a.x, b.y, b.x, GeodesicMask.DISTANCE).s12;
        if (lengthM == 0) return null;
        int steps = (int) Math.ceil(lengthM / MAX_STEP_M);
        Coordinate[] left = new Coordinate[steps + 1];
        Coordinate[] right = new Coordinate[steps + 1];
        double r = WIDTH_KM * 1000;
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            double lon = a.x + t * (b.x - a.x), lat = a.y + t * (b.y - a.y);
            double ahead = Math.min(1, t + 1e-6), behind = Math.max(0, t - 1e-6);
            double azimuth = Geodesic.WGS84.Inverse(
                            a.y + behind * (b.y - a.y),
                            a.x + behind * (b.x - a.x),
                            a.y + ahead * (b.y - a.y),
                            a.x + ahead * (b.x - a.x),
                            GeodesicMask.AZIMUTH)
                    .azi1;
            GeodesicData l =
                    Geodesic.WGS84.Direct(lat, lon, azimuth - 90, r, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
            GeodesicData rt =
                    Geodesic.WGS84.Direct(lat, lon, azimuth + 90, r, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE);
            left[i] = new Coordinate(l.lon2, l.lat2);
            right[i] = new Coordinate(rt.lon2, rt.lat2);
        }
        Coordinate[] ring = new Coordinate[2 * (steps + 1) + 1];
        for (int i = 0; i <= steps; i++) {
            ring[i] = left[i];
            ring[steps + 1 + i] = right[steps - i];
        }
        ring[ring.length - 1] = ring[0];
        return WGS84.createPolygon(ring);
    }
}
