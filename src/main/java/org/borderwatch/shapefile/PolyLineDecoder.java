package org.borderwatch.shapefile;

import java.nio.ByteBuffer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/** Decodes PolyLine records: one part becomes a LineString, several a MultiLineString, as in GDAL. */
final class PolyLineDecoder {
    private final GeometryFactory factory;

    PolyLineDecoder(GeometryFactory factory) {
        this.factory = factory;
    }

    Geometry decode(ByteBuffer b, int start, int length, ShapeType type) throws ShapeDecodeException {
        PartedShape shape = PartedShape.read(b, start, length, type);
        if (shape == null) return null;
        int[] starts = shape.partStarts();
        LineString[] lines = new LineString[shape.partCount()];
        for (int i = 0; i < lines.length; i++) {
            int n = starts[i + 1] - starts[i];
            if (n < 2) throw new ShapeDecodeException("part " + (i + 1) + " has " + n + " point; a line needs 2");
            lines[i] = factory.createLineString(shape.points().slice(starts[i], starts[i + 1], false));
        }
        return lines.length == 1 ? lines[0] : factory.createMultiLineString(lines);
    }
}
