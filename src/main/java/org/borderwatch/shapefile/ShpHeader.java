package org.borderwatch.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * The 100-byte header shared by .shp and .shx: shape type and the bounds of every record.
 *
 * @param fileLengthBytes the file length the header claims (it is stored in 16-bit words)
 */
record ShpHeader(
        ShapeType shapeType,
        long fileLengthBytes,
        double minX,
        double minY,
        double maxX,
        double maxY,
        double minZ,
        double maxZ,
        double minM,
        double maxM) {
    static final int LENGTH = 100;
    private static final int FILE_CODE = 9994;

    /**
     * Reads and checks the header at the start of the window.
     *
     * @throws ShapefileFormatException when the file is shorter than a header, has the wrong file
     *     code, or names a shape type outside the specification
     */
    static ShpHeader read(FileWindow window) throws IOException {
        Path file = window.path();
        if (window.size() < LENGTH) {
            throw new ShapefileFormatException(
                    file, "file is " + window.size() + " bytes, shorter than the 100-byte header");
        }
        ByteBuffer b = window.range(0, LENGTH, ByteOrder.BIG_ENDIAN);
        int base = b.position();
        int code = b.getInt(base);
        if (code != FILE_CODE) {
            throw new ShapefileFormatException(file, "file code is " + code + ", a shapefile has 9994");
        }
        long length = (b.getInt(base + 24) & 0xFFFFFFFFL) * 2;
        b.order(ByteOrder.LITTLE_ENDIAN);
        int typeCode = b.getInt(base + 32);
        ShapeType type = ShapeType.of(typeCode);
        if (type == null) {
            throw new ShapefileFormatException(
                    file, "shape type " + typeCode + " is not in the shapefile specification");
        }
        return new ShpHeader(
                type,
                length,
                b.getDouble(base + 36),
                b.getDouble(base + 44),
                b.getDouble(base + 52),
                b.getDouble(base + 60),
                b.getDouble(base + 68),
                b.getDouble(base + 76),
                b.getDouble(base + 84),
                b.getDouble(base + 92));
    }

    /**
     * Whether GDAL would call a Z layer measured: it does when the header's M range is not 0..0.
     */
    boolean measured() {
        return shapeType.hasM && !shapeType.hasZ
                || shapeType.hasZ && (minM != 0 || maxM != 0) && !Double.isNaN(minM) && !Double.isNaN(maxM);
    }
}
