package org.borderwatch.tiles;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;

/**
 * Where tiles come from: an MBTiles file or a tile server. Reads may be slow (disk, network) and are called only
 * from a {@link TileSource}'s worker threads, never while a frame is drawn.
 */
public interface TileReader extends Closeable {

    /** The file or server, as messages name it. */
    String label();

    TileInfo info();

    /**
     * The tile, decoded; null when the pyramid has no tile there (outside its area or zoom range).
     *
     * @throws IOException naming the file or server and the tile, when it is there but cannot be read or decoded
     */
    BufferedImage read(TileId id) throws IOException;
}
