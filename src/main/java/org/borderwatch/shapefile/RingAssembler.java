package org.borderwatch.shapefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Turns the rings of one Polygon record into a Polygon or MultiPolygon the way GDAL's shapefile
 * driver does (organizePolygons with METHOD=ONLY_CCW), so both read the same file the same way:
 * clockwise rings are outer rings, a counter-clockwise ring is a hole of the smallest clockwise ring
 * that encloses it, and a ring inside a hole is an island of its own. Polygons and holes keep the
 * order they have in the file. Containment is tested on one vertex of the inner ring, as GDAL does,
 * which is exact for the non-crossing rings the specification requires.
 * <p>
 * Degenerate rings (fewer than 4 points in the file) are kept, as GDAL keeps them: such a ring is
 * never an outer ring, and unless the record has exactly one clockwise ring, the record becomes a
 * MultiPolygon with each ring a polygon of its own, in file order (GDAL gives up organising then).
 */
final class RingAssembler {
    private final GeometryFactory factory;

    RingAssembler(GeometryFactory factory) {
        this.factory = factory;
    }

    /**
     * @param rings closed rings of at least 3 points, as JTS needs them
     * @param filePoints for each ring, the points the file gives (fewer when it was not closed)
     */
    Geometry assemble(CoordinateSequence[] rings, int[] filePoints) {
        LinearRing[] linear = new LinearRing[rings.length];
        for (int i = 0; i < rings.length; i++) {
            linear[i] = factory.createLinearRing(rings[i]);
            if (filePoints[i] != rings[i].size()) linear[i].setUserData(filePoints[i]);
        }
        if (rings.length == 1) return factory.createPolygon(linear[0]);
        int n = rings.length;
        boolean[] clockwise = new boolean[n];
        Envelope[] envelopes = new Envelope[n];
        double[] areas = new double[n];
        int clockwiseCount = 0;
        int lastClockwise = -1;
        for (int i = 0; i < n; i++) {
            // .shp outer rings are clockwise; holes are counter-clockwise
            clockwise[i] = filePoints[i] >= 4 && isClockwise(rings[i]);
            envelopes[i] = rings[i].expandEnvelope(new Envelope());
            areas[i] = Math.abs(signedArea(rings[i]));
            if (clockwise[i]) {
                clockwiseCount++;
                lastClockwise = i;
            }
        }
        if (clockwiseCount == 1) return oneShell(linear, lastClockwise);
        if (Arrays.stream(filePoints).anyMatch(p -> p < 4)) {
            Polygon[] each = new Polygon[n];
            for (int i = 0; i < n; i++) each[i] = factory.createPolygon(linear[i]);
            return factory.createMultiPolygon(each);
        }

        Integer[] byArea = new Integer[n];
        for (int i = 0; i < n; i++) byArea[i] = i;
        Arrays.sort(byArea, Comparator.comparingDouble((Integer i) -> areas[i]).reversed());

        // the clockwise rings by their envelopes, each with its place in the order by area: a hole looks only at the
        // rings whose envelope holds its own, not at every larger ring (a record of 125,000 rings passed 20 s)
        STRtree shells = new STRtree();
        for (int si = 0; si < n; si++) {
            int j = byArea[si];
            // an envelope with NaN holds no other (contains is false), and would upset the tree's sorting
            if (clockwise[j] && !hasNaN(envelopes[j])) shells.insert(envelopes[j], si);
        }
        int[] enclosing = new int[n];
        Arrays.fill(enclosing, -1);
        boolean[] topLevel = new boolean[n];
        topLevel[byArea[0]] = true;
        for (int si = 1; si < n; si++) {
            int i = byArea[si];
            if (clockwise[i]) {
                topLevel[i] = true;
                continue;
            }
            int[] larger = larger(shells.query(envelopes[i]), si);
            int k = 0;
            for (; k < larger.length; k++) {
                int sj = larger[k];
                int j = byArea[sj];
                if (!envelopes[j].contains(envelopes[i])) continue;
                if (sj == 0 || inside(rings[i], rings[j])) {
                    if (topLevel[j]) {
                        enclosing[i] = j;
                    } else {
                        topLevel[i] = true;
                    }
                    break;
                }
            }
            if (k == larger.length) topLevel[i] = true;
        }
        return build(linear, topLevel, enclosing);
    }

    private static boolean hasNaN(Envelope e) {
        return Double.isNaN(e.getMinX())
                || Double.isNaN(e.getMaxX())
                || Double.isNaN(e.getMinY())
                || Double.isNaN(e.getMaxY());
    }

    /** The places in the order by area of the candidates before {@code si}, nearest it first (smallest area first). */
    private static int[] larger(List<?> candidates, int si) {
        return candidates.stream()
                .mapToInt(c -> (Integer) c)
                .filter(sj -> sj < si)
                .map(sj -> -sj)
                .sorted()
                .map(sj -> -sj)
                .toArray();
    }

    private Geometry oneShell(LinearRing[] rings, int shell) {
        List<LinearRing> holes = new ArrayList<>(rings.length - 1);
        for (int i = 0; i < rings.length; i++) {
            if (i != shell) holes.add(rings[i]);
        }
        return factory.createPolygon(rings[shell], holes.toArray(new LinearRing[0]));
    }

    private Geometry build(LinearRing[] rings, boolean[] topLevel, int[] enclosing) {
        // each ring's holes gathered in one pass, in file order
        List<List<LinearRing>> holes = new ArrayList<>(Collections.nCopies(rings.length, null));
        for (int k = 0; k < rings.length; k++) {
            int shell = enclosing[k];
            if (shell < 0) continue;
            if (holes.get(shell) == null) holes.set(shell, new ArrayList<>());
            holes.get(shell).add(rings[k]);
        }
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < rings.length; i++) {
            if (!topLevel[i]) continue;
            List<LinearRing> own = holes.get(i);
            polygons.add(
                    factory.createPolygon(rings[i], own == null ? new LinearRing[0] : own.toArray(new LinearRing[0])));
        }
        if (polygons.size() == 1) return polygons.get(0);
        return factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    /**
     * Whether ring {@code inner} lies inside ring {@code outer}, judged like GDAL: by its first
     * vertex, or when that is on the outer boundary, by the first vertex off it, and when every vertex
     * is on it, by the first segment midpoint off it.
     */
    private static boolean inside(CoordinateSequence inner, CoordinateSequence outer) {
        Coordinate first = inner.getCoordinate(0);
        int location = RayCrossingCounter.locatePointInRing(first, outer);
        if (location != Location.BOUNDARY) return location == Location.INTERIOR;
        int n = inner.size();
        Coordinate previous = first;
        int k = 1;
        for (; k < n; k++) {
            Coordinate point = inner.getCoordinate(k);
            if (point.equals2D(previous)) continue;
            int at = RayCrossingCounter.locatePointInRing(point, outer);
            if (at != Location.BOUNDARY) return at == Location.INTERIOR;
            previous = point;
        }
        if (n <= 2) return false;
        previous = first;
        for (k = 1; k < n; k++) {
            Coordinate point = inner.getCoordinate(k);
            if (point.equals2D(previous)) continue;
            Coordinate middle = new Coordinate((point.x + previous.x) / 2, (point.y + previous.y) / 2);
            int at = RayCrossingCounter.locatePointInRing(middle, outer);
            if (at != Location.BOUNDARY) return at == Location.INTERIOR;
            previous = point;
        }
        return false;
    }

    /**
     * Orientation as GDAL decides it: by the turn at the lowest rightmost vertex, falling back to the
     * signed area when that vertex is repeated or its neighbours lie within 1e-5 of it. On rings
     * with spikes this can differ from the area's sign (and from JTS), and GDAL's answer decides
     * whether the ring is a hole.
     */
    static boolean isClockwise(CoordinateSequence ring) {
        int n = ring.size();
        if (n < 2) return true;
        boolean fallback = false;
        int v = 0;
        for (int i = 1; i < n - 1; i++) {
            double y = ring.getY(i);
            double vy = ring.getY(v);
            if (y < vy || y == vy && ring.getX(i) > ring.getX(v)) {
                v = i;
                fallback = false;
            } else if (y == vy && ring.getX(i) == ring.getX(v)) {
                fallback = true;
            }
        }
        int previous = v - 1 < 0 ? n - 2 : v - 1;
        if (near(ring, previous, v)) fallback = true;
        double dx0 = ring.getX(previous) - ring.getX(v);
        double dy0 = ring.getY(previous) - ring.getY(v);
        int following = v + 1 >= n - 1 ? 0 : v + 1;
        if (near(ring, following, v)) fallback = true;
        double dx1 = ring.getX(following) - ring.getX(v);
        double dy1 = ring.getY(following) - ring.getY(v);
        double cross = dx1 * dy0 - dx0 * dy1;
        if (!fallback && cross != 0) return cross < 0;
        return signedArea(ring) < 0;
    }

    private static boolean near(CoordinateSequence ring, int a, int b) {
        return Math.abs(ring.getX(a) - ring.getX(b)) < 1e-5 && Math.abs(ring.getY(a) - ring.getY(b)) < 1e-5;
    }

    private static double signedArea(CoordinateSequence ring) {
        double sum = 0;
        int n = ring.size();
        // a part of no points (two equal part starts) is an empty ring
        if (n == 0) return 0;
        double x0 = ring.getX(0);
        double y0 = ring.getY(0);
        for (int i = 1; i < n - 1; i++) {
            sum += (ring.getX(i) - x0) * (ring.getY(i + 1) - ring.getY(i - 1));
        }
        return sum / 2;
    }
}
