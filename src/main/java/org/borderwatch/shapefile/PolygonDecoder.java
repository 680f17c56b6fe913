package org.borderwatch.shapefile;

import java.nio.ByteBuffer;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;

/**
 * Decodes Polygon records into rings and hands them to {@link RingAssembler}, which sorts outer
 * rings from holes the way GDAL does. Rings that are not closed are closed, as GDAL does.
 */
final class PolygonDecoder {
    private final RingAssembler assembler;

    PolygonDecoder(RingAssembler assembler) {
        this.assembler = assembler;
    }

    Geometry decode(ByteBuffer b, int start, int length, ShapeType type) throws ShapeDecodeException {
        PartedShape shape = PartedShape.read(b, start, length, type);
        if (shape == null) return null;
        int[] starts = shape.partStarts();
        CoordinateSequence[] rings = new CoordinateSequence[shape.partCount()];
        for (int i = 0; i < rings.length; i++) {
            rings[i] = shape.points().slice(starts[i], starts[i + 1], true);
            if (rings[i].size() < 4) {
                throw new ShapeDecodeException("ring " + (i + 1) + " has " + (starts[i + 1] - starts[i])
                        + " points; a ring needs at least 3 distinct points and a closing one");
            }
        }
        return assembler.assemble(rings);
    }
}
