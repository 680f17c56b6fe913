package org.borderwatch.shapefile;

import java.nio.ByteBuffer;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;

/**
 * Decodes Polygon records into rings and hands them to {@link RingAssembler}, which sorts outer
 * rings from holes the way GDAL does. JTS rings must be closed and have 3 points or more, so a ring
 * that is not is closed and padded with its first point; GDAL keeps such a ring as the file gives
 * it, and the assembler records how many points that was.
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
        int[] filePoints = new int[rings.length];
        for (int i = 0; i < rings.length; i++) {
            rings[i] = shape.points().slice(starts[i], starts[i + 1], true);
            filePoints[i] = starts[i + 1] - starts[i];
        }
        return assembler.assemble(rings, filePoints);
    }
}
