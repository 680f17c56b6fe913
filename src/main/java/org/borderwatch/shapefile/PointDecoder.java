package org.borderwatch.shapefile;

import java.nio.ByteBuffer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/** Decodes Point, PointZ and PointM records. The M of PointZ is optional, as writers may leave it out. */
final class PointDecoder {
    private final GeometryFactory factory;

    PointDecoder(GeometryFactory factory) {
        this.factory = factory;
    }

    /**
     * @param start absolute position of the record content (its shape type)
     * @param length content length in bytes
     */
    Geometry decode(ByteBuffer b, int start, int length, ShapeType type) throws ShapeDecodeException {
        int needed = 4 + 16 + (type.hasZ ? 8 : 0);
        if (length < needed) {
            throw new ShapeDecodeException(type + " needs " + needed + " bytes, record has " + length);
        }
        int z = type.hasZ ? start + 20 : -1;
        int mAt = start + 20 + (type.hasZ ? 8 : 0);
        int m = type.hasM && length >= mAt - start + 8 ? mAt : -1;
        CoordinateBlock block = CoordinateBlock.read(b, start + 4, 1, z, m);
        return factory.createPoint(
                new PackedCoordinateSequence.Double(block.ordinates(), block.dimension(), block.measures()));
    }
}
