package org.borderwatch.analysis;

import java.awt.geom.Point2D;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.map.Viewport;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.locationtech.jts.geom.Envelope;

/**
 * The event markers of one viewport, merged where they would overlap. Markers are binned into a
 * grid of cells one cluster radius wide, anchored at the CRS origin so panning does not reshuffle
 * them; a busy cell then absorbs neighbouring cells whose centre is within the radius. Zooming in
 * shrinks the cells in map units, so clusters split. One linear pass over the visible events: no
 * per-zoom precomputation, and the same events and viewport always give the same clusters.
 */
public final class Clusters {

    /** The cluster radius the map uses, in logical pixels: a little over a marker and a half, so neither markers nor cluster discs sit on top of each other. */
    public static final double DEFAULT_RADIUS_PX = 30;
    /**
     * Events at one spot are fanned out around it at 1:250,000 and larger scales, where zooming in could never part
     * them ("17" stayed on Zvečan at 1:4,711).
     */
    public static final double FAN_MAX_SCALE_DENOMINATOR = 250_000;
    /** Logical pixels between neighbouring fanned symbols along the circle, and the circle's least radius. */
    private static final double FAN_SPACING_PX = 26;

    private static final double FAN_MIN_RADIUS_PX = 30;

    /**
     * Markers drawn as one: a single event (size 1) or several.
     *
     * @param x      marker position in the display CRS: the mean of the members' positions
     * @param y      see x
     * @param bounds the members' positions' bounding box in the display CRS, to zoom into
     */
    public record Cluster(double x, double y, ReferencedEnvelope bounds, List<Event> members, int[] kindCounts) {

        public Cluster {
            if (!(members instanceof Members))
                throw new IllegalArgumentException("clusters are made by Clusters.of, which knows their positions");
        }

        public int size() {
            return members.size();
        }

        /** How many members are of the given kind. */
        public int count(EventKind kind) {
            return kindCounts[kind.ordinal()];
        }

        /** True if all members sit at the same spot, so zooming in would never split them: list them instead. */
        public boolean sharesOneSpot() {
            return bounds.getWidth() == 0 && bounds.getHeight() == 0;
        }

        /** The members' positions in the {@link EventIndex} the clusters were made from, ascending. */
        public int[] positions() {
            return ((Members) members).positions();
        }

        /** The single event of a cluster of one. */
        public Event single() {
            if (members.size() != 1)
                throw new IllegalStateException("cluster has " + members.size() + " events, not one");
            return members.get(0);
        }

        @Override
        public int[] kindCounts() {
            return kindCounts.clone();
        }
    }

    private final List<Cluster> clusters;
    private final Viewport viewport;
    private final int eventCount;

    private Clusters(List<Cluster> clusters, Viewport viewport, int eventCount) {
        this.clusters = clusters;
        this.viewport = viewport;
        this.eventCount = eventCount;
    }

    /**
     * Clusters the events of {@code index} that lie in the viewport (widened by one radius so
     * clusters at the edge are whole). {@code radiusPx} is in logical pixels; it is multiplied by
     * the viewport's pixel scale so a hi-DPI export clusters exactly like the screen.
     *
     * @throws IllegalArgumentException if {@code radiusPx} is below 1
     */
    public static Clusters of(EventIndex index, Viewport viewport, double radiusPx) {
        // below a pixel the grid would hold more cells than the viewport has pixels
        if (!(radiusPx >= 1))
            throw new IllegalArgumentException("cluster radius must be at least 1 px, got " + radiusPx);
        double cell = radiusPx * viewport.pixelScale() * viewport.unitsPerPixel();
        ReferencedEnvelope area = viewport.area();
        long gx0 = (long) Math.floor(area.getMinX() / cell) - 1;
        long gy0 = (long) Math.floor(area.getMinY() / cell) - 1;
        int nx = (int) ((long) Math.floor(area.getMaxX() / cell) + 1 - gx0 + 1);
        int ny = (int) ((long) Math.floor(area.getMaxY() / cell) + 1 - gy0 + 1);
        Envelope query = new Envelope(gx0 * cell, (gx0 + nx) * cell, gy0 * cell, (gy0 + ny) * cell);
        CellGrid grid = new CellGrid(index, nx, ny, gx0, gy0, cell);
        index.visitPoints(query, grid::add);
        return new Clusters(grid.merge(cell), viewport, grid.count());
    }

    /** The clusters, in a fixed order (by grid cell, south-west first). */
    public List<Cluster> all() {
        return clusters;
    }

    public Viewport viewport() {
        return viewport;
    }

    /** How many events the clusters hold together: those in the viewport widened by one radius. */
    public int eventCount() {
        return eventCount;
    }

    /** True if {@code c} holds events at one spot and the map is at a scale where they are fanned out around it. */
    public boolean fanned(Cluster c) {
        return c.size() > 1 && c.sharesOneSpot() && viewport.scaleDenominator() <= FAN_MAX_SCALE_DENOMINATOR;
    }

    /**
     * Where the members of a fanned cluster are drawn, in device pixels and member order: evenly on a circle around
     * their spot, starting at the top, with a radius that keeps neighbouring symbols apart.
     */
    public Point2D[] fanPositions(Cluster c) {
        double s = viewport.pixelScale();
        int n = c.size();
        double r = Math.max(FAN_MIN_RADIUS_PX, n * FAN_SPACING_PX / (2 * Math.PI)) * s;
        Point2D centre = viewport.worldToScreen().transform(new Point2D.Double(c.x(), c.y()), null);
        Point2D[] out = new Point2D[n];
        for (int i = 0; i < n; i++) {
            double a = -Math.PI / 2 + 2 * Math.PI * i / n;
            out[i] = new Point2D.Double(centre.getX() + r * Math.cos(a), centre.getY() + r * Math.sin(a));
        }
        return out;
    }

    /** The event whose fanned-out marker is nearest device pixel ({@code px}, {@code py}) within {@code tolerancePx}. */
    public Optional<Event> fannedAt(double px, double py, double tolerancePx) {
        Event best = null;
        double bestD2 = tolerancePx * tolerancePx;
        for (Cluster c : clusters) {
            if (!fanned(c)) continue;
            Point2D[] at = fanPositions(c);
            for (int i = 0; i < at.length; i++) {
                double d2 = at[i].distanceSq(px, py);
                if (d2 <= bestD2) {
                    best = c.members().get(i);
                    bestD2 = d2;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The cluster whose marker is nearest pixel ({@code px}, {@code py}) and within
     * {@code tolerancePx} device pixels of it; ties go to the larger cluster.
     */
    public Optional<Cluster> at(double px, double py, double tolerancePx) {
        double upp = viewport.unitsPerPixel();
        double wx = viewport.area().getMinX() + px * upp;
        double wy = viewport.area().getMaxY() - py * (viewport.area().getHeight() / viewport.heightPx());
        double tol = tolerancePx * upp;
        double bestD2 = tol * tol;
        Cluster best = null;
        for (Cluster c : clusters) {
            double dx = c.x() - wx, dy = c.y() - wy;
            double d2 = dx * dx + dy * dy;
            if (d2 < bestD2 || d2 == bestD2 && (best == null || c.size() > best.size())) {
                best = c;
                bestD2 = d2;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Per-cell sums, bounds and kind counts, then the merge of neighbouring cells into clusters.
     * Everything a cluster needs is summed per cell as events arrive, so building the clusters never
     * reads the index again per event (random reads that cost more than the rest at 1 M events).
     */
    private static final class CellGrid {
        private static final int KINDS = EventKind.values().length;

        private final EventIndex index;
        private final int nx;
        private final int ny;
        private final long gx0;
        private final long gy0;
        private final double perCell;
        private final int[] counts;
        private final double[] sumX;
        private final double[] sumY;
        private final double[] minX;
        private final double[] minY;
        private final double[] maxX;
        private final double[] maxY;
        private final int[] kinds;
        private int[] cellOf = new int[1024];
        private int[] members = new int[1024];
        private int n;

        CellGrid(EventIndex index, int nx, int ny, long gx0, long gy0, double cell) {
            this.index = index;
            this.nx = nx;
            this.ny = ny;
            this.gx0 = gx0;
            this.gy0 = gy0;
            perCell = 1 / cell;
            int cells = nx * ny;
            counts = new int[cells];
            sumX = new double[cells];
            sumY = new double[cells];
            minX = new double[cells];
            minY = new double[cells];
            maxX = new double[cells];
            maxY = new double[cells];
            kinds = new int[cells * KINDS];
        }

        void add(int position, double x, double y, byte kind) {
            int cx = (int) Math.min(nx - 1, Math.max(0, (long) Math.floor(x * perCell) - gx0));
            int cy = (int) Math.min(ny - 1, Math.max(0, (long) Math.floor(y * perCell) - gy0));
            int c = cy * nx + cx;
            if (counts[c]++ == 0) {
                minX[c] = maxX[c] = x;
                minY[c] = maxY[c] = y;
            } else {
                minX[c] = Math.min(minX[c], x);
                maxX[c] = Math.max(maxX[c], x);
                minY[c] = Math.min(minY[c], y);
                maxY[c] = Math.max(maxY[c], y);
            }
            sumX[c] += x;
            sumY[c] += y;
            kinds[c * KINDS + kind]++;
            if (n == members.length) {
                members = Arrays.copyOf(members, n * 2);
                cellOf = Arrays.copyOf(cellOf, n * 2);
            }
            members[n] = position;
            cellOf[n] = c;
            n++;
        }

        int count() {
            return n;
        }

        List<Cluster> merge(double radius) {
            int cells = counts.length;
            int occupied = 0;
            for (int c = 0; c < cells; c++) if (counts[c] > 0) occupied++;
            long[] order = new long[occupied];
            for (int c = 0, k = 0; c < cells; c++)
                // busiest cell first, then lowest cell number: a deterministic greedy order
                if (counts[c] > 0) order[k++] = ((long) (Integer.MAX_VALUE - counts[c]) << 32) | c;
            Arrays.sort(order);
            int[] root = new int[cells];
            Arrays.fill(root, -1);
            double r2 = radius * radius;
            for (long key : order) {
                int c = (int) key;
                if (root[c] >= 0) continue;
                root[c] = c;
                double mx = sumX[c] / counts[c], my = sumY[c] / counts[c];
                int cx = c % nx, cy = c / nx;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int ox = cx + dx, oy = cy + dy;
                        if (ox < 0 || oy < 0 || ox >= nx || oy >= ny) continue;
                        int o = oy * nx + ox;
                        if (counts[o] == 0 || root[o] >= 0) continue;
                        double ex = sumX[o] / counts[o] - mx, ey = sumY[o] / counts[o] - my;
                        if (ex * ex + ey * ey < r2) root[o] = c;
                    }
                }
            }
            return build(root);
        }

        private List<Cluster> build(int[] root) {
            int cells = counts.length;
            int[] slot = new int[cells];
            Arrays.fill(slot, -1);
            int clusterCount = 0;
            for (int c = 0; c < cells; c++) if (counts[c] > 0 && root[c] == c) slot[c] = clusterCount++;
            int[] size = new int[clusterCount];
            double[] sx = new double[clusterCount], sy = new double[clusterCount];
            double[] x0 = new double[clusterCount], y0 = new double[clusterCount];
            double[] x1 = new double[clusterCount], y1 = new double[clusterCount];
            Arrays.fill(x0, Double.POSITIVE_INFINITY);
            Arrays.fill(y0, Double.POSITIVE_INFINITY);
            Arrays.fill(x1, Double.NEGATIVE_INFINITY);
            Arrays.fill(y1, Double.NEGATIVE_INFINITY);
            int[][] kindCounts = new int[clusterCount][KINDS];
            for (int c = 0; c < cells; c++) {
                if (counts[c] == 0) continue;
                int k = slot[root[c]];
                size[k] += counts[c];
                sx[k] += sumX[c];
                sy[k] += sumY[c];
                x0[k] = Math.min(x0[k], minX[c]);
                y0[k] = Math.min(y0[k], minY[c]);
                x1[k] = Math.max(x1[k], maxX[c]);
                y1[k] = Math.max(y1[k], maxY[c]);
                for (int kind = 0; kind < KINDS; kind++) kindCounts[k][kind] += kinds[c * KINDS + kind];
            }
            int[] start = new int[clusterCount + 1];
            for (int k = 0; k < clusterCount; k++) start[k + 1] = start[k] + size[k];
            int[] fill = Arrays.copyOf(start, clusterCount);
            int[] sorted = new int[n];
            for (int i = 0; i < n; i++) sorted[fill[slot[root[cellOf[i]]]]++] = members[i];
            Cluster[] out = new Cluster[clusterCount];
            for (int k = 0; k < clusterCount; k++) {
                ReferencedEnvelope bounds = new ReferencedEnvelope(x0[k], x1[k], y0[k], y1[k], index.displayCrs());
                out[k] = new Cluster(
                        sx[k] / size[k],
                        sy[k] / size[k],
                        bounds,
                        new Members(index, sorted, start[k], start[k + 1]),
                        kindCounts[k]);
            }
            return List.of(out);
        }
    }

    /** A read-only view of a cluster's slice of the shared member array, in store order. */
    private static final class Members extends AbstractList<Event> {
        private final EventIndex index;
        private final int[] positions;
        private final int from;
        private final int to;
        private boolean sorted;

        Members(EventIndex index, int[] positions, int from, int to) {
            this.index = index;
            this.positions = positions;
            this.from = from;
            this.to = to;
        }

        @Override
        public Event get(int i) {
            if (i < 0 || i >= to - from) throw new IndexOutOfBoundsException("member " + i + " of " + (to - from));
            sortOnce();
            return index.event(positions[from + i]);
        }

        @Override
        public int size() {
            return to - from;
        }

        int[] positions() {
            sortOnce();
            return Arrays.copyOfRange(positions, from, to);
        }

        // sorting each slice lazily keeps a frame's clustering linear; only listed clusters pay for it
        private synchronized void sortOnce() {
            if (!sorted) {
                Arrays.sort(positions, from, to);
                sorted = true;
            }
        }
    }
}
