package org.borderwatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicMask;
import org.borderwatch.analysis.GroundSafetyZone.Membership;
import org.borderwatch.map.RegionMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKTReader;

/**
 * The zone built from maps/ against GeographicLib: every point of its outer edge 5 km from the line to a metre, none
 * of it farther, all of Serbia nearer inside it. Distances are measured two ways: {@link BoundaryDistance} (golden
 * section over GeographicLib) and, for a sample, a brute-force minimum of GeographicLib's inverse over the line cut
 * into 1 m steps.
 */
class GroundSafetyZoneTest {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static GroundSafetyZone zone;
    private static Geometry line;
    private static Geometry serbiaOutline;

    @BeforeAll
    static void buildZoneFromTheShippedMaps() throws Exception {
        var map = RegionMap.load(Path.of("maps"));
        zone = GroundSafetyZone.of(map);
        var boundary = map.layers().stream()
                .filter(l -> l.name().equals("boundary_kosovo_serbia"))
                .findFirst()
                .orElseThrow();
        try (var it = boundary.source().getFeatures().features()) {
            line = (Geometry) it.next().getDefaultGeometry();
        }
        var countries = map.layers().stream()
                .filter(l -> l.name().equals("countries"))
                .findFirst()
                .orElseThrow();
        try (var it = countries.source().getFeatures().features()) {
            while (it.hasNext()) {
                var f = it.next();
                if ("serbia".equals(f.getAttribute("role")))
                    serbiaOutline = ((Geometry) f.getDefaultGeometry()).getBoundary();
            }
        }
    }

    @Test
    void everyOuterEdgeVertexIsFiveKilometresFromTheLineWithinAMetre() {
        int checked = 0;
        double worst = 0;
        for (Coordinate c : zone.area().getCoordinates()) {
            // vertices on Serbia's outline are where the zone meets the line or another border, not its 5 km edge
            if (serbiaOutline.distance(WGS84.createPoint(c)) < 1e-9) continue;
            double m = zone.distanceToLineKm(c.x, c.y) * 1000;
            worst = Math.max(worst, Math.abs(m - 5000));
            checked++;
        }
        assertThat(checked).isGreaterThan(2000);
        assertThat(worst).isLessThanOrEqualTo(1.0);
    }

    @Test
    void bruteForceGeographicLibAgreesOnASampleOfEdgeVertices() {
        List<Coordinate> edge = new ArrayList<>();
        for (Coordinate c : zone.area().getCoordinates())
            if (serbiaOutline.distance(WGS84.createPoint(c)) >= 1e-9) edge.add(c);
        Random random = new Random(16);
        for (int k = 0; k < 8; k++) {
            Coordinate c = edge.get(random.nextInt(edge.size()));
            assertThat(bruteForceMetres(c.x, c.y)).as("vertex %s", c).isBetween(4999.0, 5001.0);
        }
    }

    @Test
    void noPointOfTheZoneIsFartherThanFiveKilometresAndSerbiaNearerIsInside() {
        Envelope box = zone.area().getEnvelopeInternal();
        box.expandBy(0.1);
        Random random = new Random(7);
        int inside = 0, near = 0;
        for (int i = 0; i < 4000; i++) {
            double lon = box.getMinX() + random.nextDouble() * box.getWidth();
            double lat = box.getMinY() + random.nextDouble() * box.getHeight();
            Point p = WGS84.createPoint(new Coordinate(lon, lat));
            double km = zone.distanceToLineKm(lon, lat);
            if (zone.area().covers(p)) {
                inside++;
                assertThat(km).as("%s,%s inside the zone", lon, lat).isLessThanOrEqualTo(5.001);
            } else if (km < 4.999 && onSerbianSide(p)) {
                near++;
                throw new AssertionError(
                        lon + "," + lat + " is " + km + " km from the line in Serbia but outside the zone");
            }
        }
        assertThat(inside).isGreaterThan(50);
        assertThat(near).isZero();
    }

    @Test
    void anExactPointIsInOrOutAndAnUncertainOneNearTheEdgeIsPossibly() {
        Coordinate onEdge = edgeVertex();
        // 1 km from the outer edge towards the line and away from it, along the meridian is near enough for a 5 km
        // strip
        double[] inwards = towardsLine(onEdge, 1000);
        double[] outwards = towardsLine(onEdge, -1000);
        assertThat(zone.membership(inwards[0], inwards[1], 0)).isEqualTo(Membership.IN);
        assertThat(zone.membership(outwards[0], outwards[1], 0)).isEqualTo(Membership.OUT);
        assertThat(zone.membership(inwards[0], inwards[1], 0.5)).isEqualTo(Membership.IN);
        assertThat(zone.membership(inwards[0], inwards[1], 2)).isEqualTo(Membership.POSSIBLY);
        assertThat(zone.membership(outwards[0], outwards[1], 2)).isEqualTo(Membership.POSSIBLY);
        assertThat(zone.membership(outwards[0], outwards[1], 0.5)).isEqualTo(Membership.OUT);
    }

    @Test
    void kosovoAndFarSerbiaAreOutAndRaskaAsARegionIsPossibly() {
        // Pristina, GeoNames: 19 km inside Kosovo
        assertThat(zone.membership(21.16688, 42.67272, 0)).isEqualTo(Membership.OUT);
        assertThat(zone.membership(21.16688, 42.67272, GroundSafetyZone.REGION_RADIUS_KM))
                .isEqualTo(Membership.OUT);
        // Belgrade
        assertThat(zone.membership(20.46513, 44.80401, 25)).isEqualTo(Membership.OUT);
        // Raška stands for the Serbian side of the line in the events: possibly in the zone
        assertThat(zone.membership(20.61528, 43.28722, GroundSafetyZone.REGION_RADIUS_KM))
                .isEqualTo(Membership.POSSIBLY);
        // Jarinje's published point lies on the Kosovo side of the maps' line, 0.5 km from it: out when exact
        assertThat(zone.membership(20.69167, 43.21861, 0)).isEqualTo(Membership.OUT);
        assertThat(zone.membership(20.69167, 43.21861, 1)).isEqualTo(Membership.POSSIBLY);
    }

    @Test
    void theZoneAppliesFromTheDayOfTheAgreement() {
        assertThat(zone.inForceOn(LocalDate.of(1999, 6, 8))).isFalse();
        assertThat(zone.inForceOn(LocalDate.of(1999, 6, 9))).isTrue();
        assertThat(zone.inForceOn(LocalDate.of(2023, 10, 1))).isTrue();
    }

    @Test
    void aStraightLineGivesHalfASausageOnTheGivenSide() throws Exception {
        WKTReader wkt = new WKTReader(WGS84);
        Geometry straight = wkt.read("LINESTRING (20.5 43.0, 20.6 43.05)");
        // a side whose edge runs along the line's extension, so the cut halves the sausage
        Geometry side = wkt.read("POLYGON ((20.3 42.9, 20.8 43.15, 20.8 43.5, 20.3 43.5, 20.3 42.9))");
        GroundSafetyZone z = GroundSafetyZone.of(straight, side);
        double lengthKm = Geodesic.WGS84.Inverse(43.0, 20.5, 43.05, 20.6, GeodesicMask.DISTANCE).s12 / 1000;
        double expected = 5 * lengthKm + Math.PI * 25 / 2;
        assertThat(geodesicAreaKm2(z.area())).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1));
    }

    private static double geodesicAreaKm2(Geometry g) {
        double total = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            var poly = new net.sf.geographiclib.PolygonArea(Geodesic.WGS84, false);
            for (Coordinate c : ((org.locationtech.jts.geom.Polygon) g.getGeometryN(i))
                    .getExteriorRing()
                    .getCoordinates()) poly.AddPoint(c.y, c.x);
            total += Math.abs(poly.Compute().area);
        }
        return total / 1e6;
    }

    private static boolean onSerbianSide(Point p) {
        return serbiaPolygon().covers(p);
    }

    private static Geometry serbiaPolygonCache;

    private static Geometry serbiaPolygon() {
        if (serbiaPolygonCache == null)
            serbiaPolygonCache = WGS84.createPolygon(((LineString) serbiaOutline.getGeometryN(0)).getCoordinates())
                    .union(polygons());
        return serbiaPolygonCache;
    }

    private static Geometry polygons() {
        List<Geometry> rings = new ArrayList<>();
        for (int i = 0; i < serbiaOutline.getNumGeometries(); i++)
            rings.add(WGS84.createPolygon(((LineString) serbiaOutline.getGeometryN(i)).getCoordinates()));
        return WGS84.buildGeometry(rings).union();
    }

    private static Coordinate edgeVertex() {
        for (Coordinate c : zone.area().getCoordinates()) {
            if (serbiaOutline.distance(WGS84.createPoint(c)) < 0.05) continue; // well away from other borders
            // on the outer edge, not on the line itself, where "away from the line" has no direction
            if (c.y > 42.9 && c.y < 43.2 && Math.abs(metresToLine(c) - 5000) < 50) return c;
        }
        throw new AssertionError("no edge vertex in the north");
    }

    private static double metresToLine(Coordinate c) {
        Coordinate nearest =
                new org.locationtech.jts.operation.distance.DistanceOp(line, WGS84.createPoint(c)).nearestPoints()[0];
        return Geodesic.WGS84.Inverse(c.y, c.x, nearest.y, nearest.x, GeodesicMask.DISTANCE).s12;
    }

    /** A point {@code metres} from c towards the nearest point of the line (negative: away from it). */
    private static double[] towardsLine(Coordinate c, double metres) {
        Coordinate nearest =
                new org.locationtech.jts.operation.distance.DistanceOp(line, WGS84.createPoint(c)).nearestPoints()[0];
        double azimuth = Geodesic.WGS84.Inverse(c.y, c.x, nearest.y, nearest.x, GeodesicMask.AZIMUTH).azi1;
        GeodesicData d = Geodesic.WGS84.Direct(c.y, c.x, metres >= 0 ? azimuth : azimuth + 180, Math.abs(metres));
        return new double[] {d.lon2, d.lat2};
    }

    /** The least GeographicLib distance from (lon, lat) to the line cut into steps of at most 1 m, near segments only. */
    private static double bruteForceMetres(double lon, double lat) {
        Coordinate[] cs = line.getCoordinates();
        double best = Double.POSITIVE_INFINITY;
        for (int k = 1; k < cs.length; k++) {
            Coordinate a = cs[k - 1], b = cs[k];
            double toA = Geodesic.WGS84.Inverse(lat, lon, a.y, a.x, GeodesicMask.DISTANCE).s12;
            double len = Geodesic.WGS84.Inverse(a.y, a.x, b.y, b.x, GeodesicMask.DISTANCE).s12;
            if (toA - len > 5100) continue;
            int steps = (int) Math.ceil(len);
            for (int i = 0; i <= steps; i++) {
                double t = (double) i / steps;
                best = Math.min(
                        best,
                        Geodesic.WGS84.Inverse(
                                        lat, lon, a.y + t * (b.y - a.y), a.x + t * (b.x - a.x), GeodesicMask.DISTANCE)
                                .s12);
            }
        }
        return best;
    }
}
