package org.borderwatch.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The common layout of PolyLine and Polygon records: box, part count, point count, part starts,
 * points, then optional Z and M blocks. Every count and index is checked against the record length
 * before anything is allocated, so a lying record cannot cause a huge allocation.
 *
 * @param partStarts index of the first point of each part; an extra last entry holds the point count
 */
record PartedShape(int[] partStarts, CoordinateBlock points) {

    int partCount() {
        return partStarts.length - 1;
    }

    /**
     * @param start absolute position of the record content (its shape type)
     * @param length content length in bytes
     * @return the parts, or null for a record with no points
     */
    static PartedShape read(ByteBuffer b, int start, int length, ShapeType type) throws ShapeDecodeException {
        if (length < 44) throw new ShapeDecodeException(type + " needs at least 44 bytes, record has " + length);
        ByteBuffer le = b.order(ByteOrder.LITTLE_ENDIAN);
        int parts = le.getInt(start + 36);
        int count = le.getInt(start + 40);
        if (parts < 0) throw new ShapeDecodeException("part count is " + parts);
        if (count < 0) throw new ShapeDecodeException("point count is " + count);
        long xyAt = 44L + 4L * parts;
        long xyEnd = xyAt + 16L * count;
        long zEnd = xyEnd + (type.hasZ ? 16L + 8L * count : 0);
        if (zEnd > length) {
            throw new ShapeDecodeException(
                    parts + " parts and " + count + " points need " + zEnd + " bytes, record has " + length);
        }
        if (count == 0) return null;
        if (parts == 0) throw new ShapeDecodeException(count + " points but no parts");
        int[] starts = new int[parts + 1];
        for (int i = 0; i < parts; i++) {
            int s = le.getInt(start + 44 + 4 * i);
            int previous = i == 0 ? 0 : starts[i - 1];
            if (i == 0 && s != 0 || s < previous || s >= count) {
                throw new ShapeDecodeException("part " + (i + 1) + " starts at point " + s + ", outside 0.."
                        + (count - 1) + " or before the previous part");
            }
            starts[i] = s;
        }
        starts[parts] = count;
        int z = type.hasZ ? start + (int) xyEnd + 16 : -1;
        int m = type.hasM && zEnd + 16 + 8L * count <= length ? start + (int) zEnd + 16 : -1;
        return new PartedShape(starts, CoordinateBlock.read(b, start + (int) xyAt, count, z, m));
    }
}
