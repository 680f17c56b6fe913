package org.borderwatch.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntConsumer;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Precision;
import org.borderwatch.map.Viewport;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.crs.CoordinateReferenceSystem;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.geotools.referencing.crs.DefaultGeographicCRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The events of a store projected once into a display CRS, with a spatial index for picking.
 * Each event has an anchor (its point, or an interior point of a route or area) where its marker is
 * drawn; routes and areas also keep their whole projected geometry. Build one per event list and
 * CRS and reuse it for every frame: projection happens here and never per frame.
 * Immutable and safe to share between the render thread and the UI thread.
 */
public final class EventIndex {

    /** A picked event and how far its marker or shape is from the pixel asked about, in device pixels. */
    public record Hit(Event event, int position, double distancePx) {}

    private static final GeometryFactory GEOMETRIES = new GeometryFactory();
    /** values() copies the array on every call; clustering asks once per event per frame. */
    private static final EventKind[] KINDS = EventKind.values();
    /** Kilometres per degree of latitude on the WGS 84 ellipsoid, near enough to size uncertainty circles. */
    private static final double KM_PER_DEGREE_LAT = 111.2;

    private final List<Event> events;
    private final CoordinateReferenceSystem displayCrs;
    private final double[] xs;
    private final double[] ys;
    private final double[] radii;
    private final byte[] kinds;
    private final Geometry[] shapes;
    private final int[] shapePositions;
    private final List<String> unplaced;
    private final PointTree tree;
    /** Event id to position, made on first use: painting selections and centring on an event ask by id. */
    private volatile Map<String, Integer> positionsById;

    private EventIndex(
            List<Event> events,
            CoordinateReferenceSystem displayCrs,
            double[] xs,
            double[] ys,
            double[] radii,
            Geometry[] shapes,
            List<String> unplaced) {
        this.events = events;
        this.displayCrs = displayCrs;
        this.xs = xs;
        this.ys = ys;
        this.radii = radii;
        this.shapes = shapes;
        this.unplaced = List.copyOf(unplaced);
        kinds = new byte[events.size()];
        int placed = 0;
        int shaped = 0;
        for (int i = 0; i < events.size(); i++) {
            kinds[i] = (byte) events.get(i).kind().ordinal();
            if (!Double.isNaN(xs[i])) placed++;
            if (shapes[i] != null) shaped++;
        }
        int[] placedIds = new int[placed];
        shapePositions = new int[shaped];
        for (int i = 0, p = 0, s = 0; i < events.size(); i++) {
            if (!Double.isNaN(xs[i])) placedIds[p++] = i;
            if (shapes[i] != null) shapePositions[s++] = i;
        }
        tree = new PointTree(placedIds, xs, ys, kinds);
    }

    /**
     * Projects the events from WGS 84 longitude/latitude into {@code displayCrs} and indexes them.
     * An event whose position the projection cannot take (outside its domain) is left out of the
     * index and named in {@link #unplaced()}; the rest are indexed.
     *
     * @throws FactoryException if GeoTools knows no transform from WGS 84 to the display CRS
     */
    public static EventIndex build(List<Event> events, CoordinateReferenceSystem displayCrs) throws FactoryException {
        Objects.requireNonNull(displayCrs, "display CRS");
        List<Event> list = List.copyOf(events);
        MathTransform toDisplay = CRS.findMathTransform(DefaultGeographicCRS.WGS84, displayCrs, true);
        int n = list.size();
        double[] lonLat = new double[2 * n];
        double[] northLonLat = new double[2 * n];
        for (int i = 0; i < n; i++) {
            Coordinate c = anchor(list.get(i).geometry());
            lonLat[2 * i] = c.x;
            lonLat[2 * i + 1] = c.y;
            northLonLat[2 * i] = c.x;
            northLonLat[2 * i + 1] = c.y + radiusKm(list.get(i)) / KM_PER_DEGREE_LAT;
        }
        double[] projected = project(toDisplay, lonLat, n);
        double[] projectedNorth = project(toDisplay, northLonLat, n);
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] radii = new double[n];
        Geometry[] shapes = new Geometry[n];
        List<String> unplaced = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Event e = list.get(i);
            xs[i] = projected[2 * i];
            ys[i] = projected[2 * i + 1];
            if (Double.isNaN(xs[i]) || Double.isNaN(ys[i])) {
                xs[i] = Double.NaN;
                unplaced.add("event " + e.id() + ": position " + lonLat[2 * i] + ", " + lonLat[2 * i + 1]
                        + " lies outside the display CRS " + displayCrs.getName());
                continue;
            }
            if (radiusKm(e) > 0)
                radii[i] = Math.hypot(projectedNorth[2 * i] - xs[i], projectedNorth[2 * i + 1] - ys[i]);
            if (!(e.geometry() instanceof Point)) {
                try {
                    shapes[i] = JTS.transform(e.geometry(), toDisplay);
                } catch (TransformException ex) {
                    unplaced.add("event " + e.id() + ": its " + e.geometry().getGeometryType()
                            + " cannot be projected into " + displayCrs.getName() + " (" + ex.getMessage()
                            + "); only its marker is shown");
                }
            }
        }
        return new EventIndex(list, displayCrs, xs, ys, radii, shapes, unplaced);
    }

    /** Projects n lon/lat pairs in one call; if any fails, projects them one by one and marks failures NaN. */
    private static double[] project(MathTransform t, double[] lonLat, int n) {
        double[] out = new double[2 * n];
        try {
            t.transform(lonLat, 0, out, 0, n);
            return out;
        } catch (TransformException batchFailed) {
            double[] one = new double[2];
            for (int i = 0; i < n; i++) {
                try {
                    t.transform(lonLat, 2 * i, one, 0, 1);
                    out[2 * i] = one[0];
                    out[2 * i + 1] = one[1];
                } catch (TransformException pointFailed) {
                    out[2 * i] = Double.NaN;
                    out[2 * i + 1] = Double.NaN;
                }
            }
            return out;
        }
    }

    private static Coordinate anchor(Geometry g) {
        if (g instanceof Point p) return p.getCoordinate();
        // a route or area is marked at a point on it, not at a centroid that may fall outside
        return g.getInteriorPoint().getCoordinate();
    }

    private static double radiusKm(Event e) {
        return e.precision().level() == Precision.Level.APPROXIMATE
                ? e.precision().radiusKm()
                : 0;
    }

    /** The position of the event with {@code id}, or -1 when no event of the index has it. */
    public int positionOf(String id) {
        Map<String, Integer> byId = positionsById;
        if (byId == null) {
            Map<String, Integer> made = new HashMap<>(events.size() * 2);
            for (int i = 0; i < events.size(); i++) made.put(events.get(i).id(), i);
            positionsById = byId = made;
        }
        Integer p = byId.get(id);
        return p == null ? -1 : p;
    }

    /** The events in the order given to {@link #build}; positions index this list. */
    public List<Event> events() {
        return events;
    }

    public int size() {
        return events.size();
    }

    public Event event(int position) {
        return events.get(position);
    }

    public CoordinateReferenceSystem displayCrs() {
        return displayCrs;
    }

    /** The marker's x in the display CRS; NaN if the event could not be projected. */
    public double x(int position) {
        return xs[position];
    }

    /** The marker's y in the display CRS; NaN if the event could not be projected. */
    public double y(int position) {
        return ys[position];
    }

    /** The uncertainty radius in display-CRS units: {@code precision.radius_km} projected at the event; 0 if not approximate. */
    public double radius(int position) {
        return radii[position];
    }

    public EventKind kind(int position) {
        return KINDS[kinds[position]];
    }

    /** The route or area in the display CRS, or null for point events (and shapes that could not be projected). */
    public Geometry shape(int position) {
        return shapes[position];
    }

    /** Positions of the events that have a projected route or area, in ascending order. */
    public int[] shapePositions() {
        return shapePositions.clone();
    }

    /** One message per event that is missing from the map or lost its shape because the projection could not take it. */
    public List<String> unplaced() {
        return unplaced;
    }

    /** Calls {@code visitor} with the position of every placed event whose marker lies in the envelope. */
    public void visit(Envelope area, IntConsumer visitor) {
        tree.range(area.getMinX(), area.getMinY(), area.getMaxX(), area.getMaxY(), visitor);
    }

    /** Like {@link #visit(Envelope, IntConsumer)}, with each marker's coordinates. */
    void visitPoints(Envelope area, PointTree.Visitor visitor) {
        tree.range(area.getMinX(), area.getMinY(), area.getMaxX(), area.getMaxY(), visitor);
    }

    /**
     * The events whose marker, route or area lies within {@code tolerancePx} device pixels of pixel
     * ({@code px}, {@code py}) of the viewport, nearest first (ties in store order). Empty if none.
     */
    public List<Hit> pick(Viewport viewport, double px, double py, double tolerancePx) {
        double upp = viewport.unitsPerPixel();
        double wx = viewport.area().getMinX() + px * upp;
        double wy = viewport.area().getMaxY() - py * (viewport.area().getHeight() / viewport.heightPx());
        double tol = tolerancePx * upp;
        double tol2 = tol * tol;
        long[][] keys = {new long[16]};
        int[] found = {0};
        tree.range(wx - tol, wy - tol, wx + tol, wy + tol, (i, x, y, kind) -> {
            double dx = x - wx, dy = y - wy;
            double d2 = dx * dx + dy * dy;
            if (d2 > tol2) return;
            if (found[0] == keys[0].length) keys[0] = Arrays.copyOf(keys[0], found[0] * 2);
            // non-negative floats order like their bit patterns: one primitive sort orders by distance, then position
            keys[0][found[0]++] = ((long) Float.floatToIntBits((float) (d2 / (upp * upp))) << 32) | i;
        });
        long[] sorted = Arrays.copyOf(keys[0], found[0]);
        Arrays.sort(sorted);
        List<Hit> hits = new ArrayList<>(sorted.length);
        for (long key : sorted) {
            int i = (int) key;
            hits.add(new Hit(events.get(i), i, Math.hypot(xs[i] - wx, ys[i] - wy) / upp));
        }
        if (shapePositions.length > 0) {
            addShapeHits(hits, wx, wy, tol, upp, tolerancePx);
            hits.sort(Comparator.comparingDouble(Hit::distancePx).thenComparingInt(Hit::position));
        }
        return hits;
    }

    private void addShapeHits(List<Hit> hits, double wx, double wy, double tol, double upp, double tolerancePx) {
        Envelope near = new Envelope(wx - tol, wx + tol, wy - tol, wy + tol);
        Point at = GEOMETRIES.createPoint(new Coordinate(wx, wy));
        for (int i : shapePositions) {
            if (!shapes[i].getEnvelopeInternal().intersects(near)) continue;
            double d = shapes[i].distance(at) / upp;
            if (d > tolerancePx) continue;
            int position = i;
            // an event already hit by its marker keeps the nearer of the two distances
            boolean replaced = hits.removeIf(h -> h.position() == position && h.distancePx() > d);
            if (replaced || hits.stream().noneMatch(h -> h.position() == position))
                hits.add(new Hit(events.get(i), i, d));
        }
    }

    @Override
    public String toString() {
        return "EventIndex[" + events.size() + " events in " + displayCrs.getName() + ", " + unplaced.size()
                + " unplaced]";
    }
}
