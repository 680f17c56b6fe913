package org.borderwatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import net.sf.geographiclib.Geodesic;
import org.borderwatch.shapefile.ShapefileDataStore;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

class BoundaryDistanceTest {

    /** A ragged line shaped like the north Kosovo boundary: 40 vertices from 20.3 E to 21.8 E around 43 N. */
    private static LineString raggedLine(long seed) {
        Random r = new Random(seed);
        Coordinate[] cs = new Coordinate[40];
        for (int i = 0; i < cs.length; i++)
            cs[i] = new Coordinate(
                    20.3 + 1.5 * i / (cs.length - 1) + r.nextGaussian() * 0.01,
                    43.0 + 0.25 * Math.sin(i / 3.0) + r.nextGaussian() * 0.03);
        return EventFixtures.GEOMETRIES.createLineString(cs);
    }

    /** GeographicLib to every point of the line densified to ~4 m steps in lon/lat: the reference answer. */
    private static double bruteForceKm(LineString line, double lon, double lat) {
        double best = Double.POSITIVE_INFINITY;
        Coordinate[] cs = line.getCoordinates();
        for (int k = 1; k < cs.length; k++) {
            double lengthKm = Geodesic.WGS84.Inverse(cs[k - 1].y, cs[k - 1].x, cs[k].y, cs[k].x).s12 / 1000;
            int steps = Math.max(1, (int) Math.ceil(lengthKm * 250));
            for (int s = 0; s <= steps; s++) {
                double t = (double) s / steps;
                double pLon = cs[k - 1].x + t * (cs[k].x - cs[k - 1].x);
                double pLat = cs[k - 1].y + t * (cs[k].y - cs[k - 1].y);
                best = Math.min(best, Geodesic.WGS84.Inverse(lat, lon, pLat, pLon).s12 / 1000);
            }
        }
        return best;
    }

    @Test
    void agreesWithGeographicLibOnTheDensifiedLineWithinATenthOfAPercent() {
        LineString line = raggedLine(17);
        BoundaryDistance distance = new BoundaryDistance(line);
        Random r = new Random(23);
        for (int i = 0; i < 12; i++) {
            double lon = 20.0 + r.nextDouble() * 2.2, lat = 42.4 + r.nextDouble() * 1.2;
            double expected = bruteForceKm(line, lon, lat);
            // the densified reference overshoots by up to half a 4 m step; allow that on top of 0.1 %
            assertThat(distance.distanceKm(lon, lat))
                    .as("distance from %s, %s", lon, lat)
                    .isCloseTo(expected, within(expected * 0.001 + 0.002));
        }
    }

    /** The shipped boundary's vertices, as GDAL reads them (the reference side must not use our reader). */
    private static LineString shippedBoundaryByGdal() throws Exception {
        Process ogr = new ProcessBuilder(
                        "ogr2ogr",
                        "-f",
                        "CSV",
                        "/vsistdout/",
                        "maps/boundary_kosovo_serbia.shp",
                        "-lco",
                        "GEOMETRY=AS_WKT")
                .redirectErrorStream(true)
                .start();
        String csv = new String(ogr.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ogr.waitFor()).as("ogr2ogr exit code; output: %s", csv).isZero();
        String wkt = csv.substring(csv.indexOf("\"LINESTRING") + 1, csv.indexOf(")\"") + 1);
        return (LineString) new org.locationtech.jts.io.WKTReader().read(wkt);
    }

    @Test
    void readsTheShippedKosovoSerbiaBoundaryAndAgreesWithGeographicLibOnIt() throws Exception {
        assumeTrue(gdalPresent(), "ogr2ogr (gdal-bin) is not installed");
        LineString boundary = shippedBoundaryByGdal();
        BoundaryDistance distance = BoundaryDistance.of(
                new ShapefileDataStore(Path.of("maps", "boundary_kosovo_serbia.shp")).getFeatureSource());
        // Banjska, Jarinje, Mitrovica, Pristina, Raška, Belgrade, Preševo
        double[][] places = {
            {20.8656, 42.9075},
            {20.7760, 43.1720},
            {20.8660, 42.8914},
            {21.1655, 42.6629},
            {20.6133, 43.2856},
            {20.4573, 44.7872},
            {21.6490, 42.3090}
        };
        for (double[] p : places) {
            double expected = bruteForceKm(boundary, p[0], p[1]);
            assertThat(distance.distanceKm(p[0], p[1]))
                    .as("distance from %s, %s", p[0], p[1])
                    .isCloseTo(expected, within(expected * 0.001 + 0.002));
        }
    }

    private static boolean gdalPresent() {
        try {
            return new ProcessBuilder("ogr2ogr", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void measuresToTheNearestPartOfAMultiLineString() {
        LineString west = EventFixtures.GEOMETRIES.createLineString(
                new Coordinate[] {new Coordinate(20.0, 42.0), new Coordinate(20.0, 43.0)});
        LineString east = EventFixtures.GEOMETRIES.createLineString(
                new Coordinate[] {new Coordinate(21.0, 42.0), new Coordinate(21.0, 43.0)});
        MultiLineString both = EventFixtures.GEOMETRIES.createMultiLineString(new LineString[] {west, east});
        BoundaryDistance distance = new BoundaryDistance(both);

        double expected = Math.min(bruteForceKm(west, 20.8, 42.5), bruteForceKm(east, 20.8, 42.5));
        assertThat(distance.distanceKm(20.8, 42.5)).isCloseTo(expected, within(expected * 0.001));
        assertThat(expected).isCloseTo(16.4, within(0.2));
    }

    @Test
    void aPointOnTheBoundaryIsAtDistanceZero() {
        LineString line = raggedLine(3);
        Coordinate vertex = line.getCoordinateN(10);
        assertThat(new BoundaryDistance(line).distanceKm(vertex.x, vertex.y)).isCloseTo(0, within(1e-6));
    }

    @Test
    void rejectsAPointGeometryAsBoundary() {
        assertThatThrownBy(() -> new BoundaryDistance(EventFixtures.GEOMETRIES.createPoint(new Coordinate(20, 42))))
                .hasMessageContaining("LineString or MultiLineString, got Point");
    }

    /** The nearest and farthest of points sampled densely over the disc with GeographicLib's direct problem. */
    private static double[] sampledRangeKm(BoundaryDistance distance, double lon, double lat, double radiusKm) {
        double min = Double.POSITIVE_INFINITY, max = 0;
        for (int ring = 0; ring <= 12; ring++) {
            double r = radiusKm * ring / 12;
            int n = ring == 0 ? 1 : 720;
            for (int k = 0; k < n; k++) {
                var p = Geodesic.WGS84.Direct(lat, lon, 360.0 * k / n, r * 1000);
                double d = distance.distanceKm(p.lon2, p.lat2);
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
        }
        return new double[] {min, max};
    }

    @Test
    void rangeOverTheUncertaintyCircleMatchesDenseGeographicLibSampling() {
        LineString line = raggedLine(17);
        BoundaryDistance distance = new BoundaryDistance(line);
        Random r = new Random(5);
        for (int i = 0; i < 4; i++) {
            double lon = 20.4 + r.nextDouble() * 1.3,
                    lat = 42.6 + r.nextDouble() * 0.8,
                    radius = 2 + r.nextDouble() * 30;
            DistanceRange range = distance.rangeKm(lon, lat, radius);
            double[] sampled = sampledRangeKm(distance, lon, lat, radius);
            double spacingKm = Math.max(radius / 12, 2 * Math.PI * radius / 720);
            // the nearest is exact: no sample is nearer, and one lies within a sample spacing of it
            assertThat(range.minKm())
                    .as("nearest, r=%s", radius)
                    .isLessThanOrEqualTo(sampled[0] + 1e-6)
                    .isGreaterThanOrEqualTo(sampled[0] - spacingKm);
            // the farthest (screened in a plane, measured geodesically) is never short of the densely sampled
            // farthest by more than 0.1 % + 10 m, and beyond it by at most what a 1-Lipschitz function can rise
            // between two samples
            assertThat(range.maxKm())
                    .as("farthest, r=%s", radius)
                    .isGreaterThanOrEqualTo(sampled[1] * 0.999 - 0.01)
                    .isLessThanOrEqualTo(sampled[1] + spacingKm / 2);
            assertThat(range.maxKm()).isLessThanOrEqualTo(distance.distanceKm(lon, lat) + radius + 1e-9);
        }
    }

    @Test
    void aCircleReachingTheLineIsOnTheLine() {
        LineString line = EventFixtures.GEOMETRIES.createLineString(
                new Coordinate[] {new Coordinate(20.8, 42.5), new Coordinate(20.8, 43.5)});
        BoundaryDistance distance = new BoundaryDistance(line);
        double centreKm = distance.distanceKm(20.9, 43.0);

        DistanceRange crossing = distance.rangeKm(20.9, 43.0, centreKm + 1);
        DistanceRange clear = distance.rangeKm(20.9, 43.0, 1);

        assertThat(crossing.onTheLine()).isTrue();
        assertThat(crossing.describe()).startsWith("on the line (up to ");
        assertThat(clear.minKm()).isCloseTo(centreKm - 1, within(1e-9));
        // due east and west along nearly a parallel: the farthest is the centre's distance plus the radius
        assertThat(clear.maxKm()).isCloseTo(centreKm + 1, within(0.005));
        assertThat(clear.describe())
                .isEqualTo(String.format(
                        java.util.Locale.ROOT,
                        "%.1f–%.1f km from the Kosovo–Serbia line",
                        centreKm - 1,
                        clear.maxKm()));
        assertThat(distance.rangeKm(20.9, 43.0, 0).describe())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f km from the Kosovo–Serbia line", centreKm));
    }
}
