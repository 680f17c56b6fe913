package org.borderwatch.shapefile;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The .shx index: where each .shp record starts and how long it says it is.
 * The file is memory-mapped, so the index costs no heap whatever the record count.
 */
final class ShxIndex {
    private final Path path;
    private final MappedByteBuffer map;
    private final int count;

    private ShxIndex(Path path, MappedByteBuffer map, int count) {
        this.path = path;
        this.map = map;
        this.count = count;
    }

    /**
     * Maps and checks an index file.
     *
     * @throws ShapefileFormatException when the header is unreadable or the file is too large
     */
    static ShxIndex open(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            try (FileWindow w = new FileWindow(path, ShpHeader.LENGTH)) {
                ShpHeader.read(w);
            }
            long entries = (size - ShpHeader.LENGTH) / 8;
            if (entries > Integer.MAX_VALUE) {
                throw new ShapefileFormatException(
                        path, "index holds " + entries + " entries, more than a shapefile can");
            }
            MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
            map.order(ByteOrder.BIG_ENDIAN);
            return new ShxIndex(path, map, (int) entries);
        }
    }

    Path path() {
        return path;
    }

    /** The number of records the index lists. */
    int count() {
        return count;
    }

    /** The byte offset of record {@code index} (0-based) in the .shp. */
    long offset(int index) {
        return (map.getInt(ShpHeader.LENGTH + 8 * index) & 0xFFFFFFFFL) * 2;
    }

    /** The content length in bytes the index gives for record {@code index} (0-based). */
    long contentLength(int index) {
        return (map.getInt(ShpHeader.LENGTH + 8 * index + 4) & 0xFFFFFFFFL) * 2;
    }
}
