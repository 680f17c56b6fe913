package org.borderwatch.shapefile;

import java.nio.ByteBuffer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/** Decodes MultiPoint, MultiPointZ and MultiPointM records: box, count, points, then Z and M blocks. */
final class MultiPointDecoder {
    private final GeometryFactory factory;

    MultiPointDecoder(GeometryFactory factory) {
        this.factory = factory;
    }

    /**
     * @param start absolute position of the record content (its shape type)
     * @param length content length in bytes
     * @return the points, or null for a record with no points (GDAL reads it as an empty geometry)
     */
    Geometry decode(ByteBuffer b, int start, int length, ShapeType type) throws ShapeDecodeException {
        if (length < 40) throw new ShapeDecodeException(type + " needs at least 40 bytes, record has " + length);
        int count = b.order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt(start + 36);
        if (count < 0) throw new ShapeDecodeException("point count is " + count);
        long xyEnd = 40L + 16L * count;
        long zEnd = xyEnd + (type.hasZ ? 16L + 8L * count : 0);
        if (zEnd > length) {
            throw new ShapeDecodeException(count + " points need " + zEnd + " bytes, record has " + length);
        }
        if (count == 0) return null;
        int z = type.hasZ ? start + (int) xyEnd + 16 : -1;
        int m = type.hasM && zEnd + 16 + 8L * count <= length ? start + (int) zEnd + 16 : -1;
        CoordinateBlock block = CoordinateBlock.read(b, start + 40, count, z, m);
        return factory.createMultiPoint(
                new PackedCoordinateSequence.Double(block.ordinates(), block.dimension(), block.measures()));
    }
}
