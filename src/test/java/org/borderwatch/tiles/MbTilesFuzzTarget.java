package org.borderwatch.tiles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.borderwatch.fuzz.FuzzFiles;

/**
 * Fuzz target: any bytes as an {@code .mbtiles} file either are refused at opening with an IOException or open with
 * a sane description (a zoom range within 0..30, a square tile size), and then each tile of the first zoom levels
 * reads as a square image of that description's size, as nothing, or as an IOException naming the file and the
 * tile; never another exception, never a tile of a size other than its header's checked one.
 */
public final class MbTilesFuzzTarget {
    private static final Path DIR = FuzzFiles.scratch("mbtiles-fuzz");
    /** Tiles read per input: all of zooms 0 to 2 inside the file's range. */
    private static final int MAX_ZOOM_READ = 2;

    private MbTilesFuzzTarget() {}

    /** Runs once before fuzzing, untimed: the first open loads the SQLite driver's native library. */
    public static void fuzzerInitialize() throws IOException {
        fuzzerTestOneInput(new byte[0]);
    }

    public static void fuzzerTestOneInput(byte[] data) throws IOException {
        Path file = DIR.resolve("fuzz.mbtiles");
        Files.write(file, data);
        MbTiles mb;
        try {
            mb = MbTiles.open(file);
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().startsWith(file.toString()))
                throw new AssertionError("a refusal does not name the file: " + e.getMessage(), e);
            return;
        }
        try (mb) {
            TileInfo info = mb.info();
            for (int z = info.minZoom(); z <= Math.min(info.maxZoom(), MAX_ZOOM_READ); z++) {
                for (int x = 0; x < 1 << z; x++) {
                    for (int y = 0; y < 1 << z; y++) {
                        TileId id = new TileId(z, x, y);
                        try {
                            BufferedImage tile = mb.read(id);
                            if (tile != null && (tile.getWidth() != tile.getHeight() || tile.getWidth() > 4096))
                                throw new AssertionError(
                                        "tile " + id + " read as " + tile.getWidth() + "x" + tile.getHeight());
                        } catch (IOException e) {
                            if (e.getMessage() == null || !e.getMessage().contains(", tile " + id))
                                throw new AssertionError("a tile's problem does not name it: " + e.getMessage(), e);
                        }
                    }
                }
            }
        }
    }
}
