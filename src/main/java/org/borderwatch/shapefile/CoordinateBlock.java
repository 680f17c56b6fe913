package org.borderwatch.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * Points of one record copied into one packed array (x, y[, z][, m] per point), so a record of a
 * million points costs one array, not a million coordinate objects.
 *
 * @param ordinates packed ordinates, {@code dimension} per point
 * @param dimension 2, 3 (XYZ or XYM) or 4 (XYZM)
 * @param measures 1 when the last ordinate is M, else 0
 */
record CoordinateBlock(double[] ordinates, int dimension, int measures) {
    /** Any M below this is "no data" in the shapefile specification. */
    private static final double NO_DATA_M = -1e38;

    /**
     * Copies {@code count} points from the little-endian buffer.
     *
     * @param xy absolute position of the first x
     * @param z absolute position of the first z, or -1 when the record has none
     * @param m absolute position of the first m, or -1 when the record has none
     * @throws ShapeDecodeException when an x, y or z is NaN or infinite
     */
    static CoordinateBlock read(ByteBuffer b, int xy, int count, int z, int m) throws ShapeDecodeException {
        int dimension = 2 + (z >= 0 ? 1 : 0) + (m >= 0 ? 1 : 0);
        double[] ordinates = new double[count * dimension];
        ByteBuffer le = b.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        if (dimension == 2) {
            le.position(xy);
            le.asDoubleBuffer().get(ordinates, 0, count * 2);
        } else {
            for (int i = 0, o = 0; i < count; i++, o += dimension) {
                ordinates[o] = le.getDouble(xy + 16 * i);
                ordinates[o + 1] = le.getDouble(xy + 16 * i + 8);
                int next = o + 2;
                if (z >= 0) ordinates[next++] = le.getDouble(z + 8 * i);
                if (m >= 0) {
                    double mv = le.getDouble(m + 8 * i);
                    ordinates[next] = mv < NO_DATA_M ? Double.NaN : mv;
                }
            }
        }
        int checked = z >= 0 ? 3 : 2;
        for (int i = 0, o = 0; i < count; i++, o += dimension) {
            for (int k = 0; k < checked; k++) {
                double v = ordinates[o + k];
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    throw new ShapeDecodeException("point " + (i + 1) + " has " + "xyz".charAt(k) + " = " + v
                            + "; coordinates must be finite");
                }
            }
        }
        return new CoordinateBlock(ordinates, dimension, m >= 0 ? 1 : 0);
    }

    int size() {
        return ordinates.length / dimension;
    }

    /**
     * Points [from, to) as a sequence. When {@code close}, a valid JTS ring: closed by repeating the
     * first point, and padded with it to 3 points when shorter.
     */
    CoordinateSequence slice(int from, int to, boolean close) {
        int n = to - from;
        int size = n;
        if (close && n > 0) {
            if (!samePoint(from, to - 1)) size++;
            size = Math.max(size, LinearRing.MINIMUM_VALID_SIZE);
        }
        double[] part = new double[size * dimension];
        System.arraycopy(ordinates, from * dimension, part, 0, n * dimension);
        for (int k = n; k < size; k++) System.arraycopy(ordinates, from * dimension, part, k * dimension, dimension);
        return new PackedCoordinateSequence.Double(part, dimension, measures);
    }

    private boolean samePoint(int a, int b) {
        return ordinates[a * dimension] == ordinates[b * dimension]
                && ordinates[a * dimension + 1] == ordinates[b * dimension + 1];
    }
}
