package org.borderwatch.map.user;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.borderwatch.map.Layer;
import org.borderwatch.tiles.MbTiles;
import org.borderwatch.tiles.TileSource;

/**
 * Opens an added raster MBTiles file as a tile layer. Its tiles are read in the background as frames ask for them;
 * whoever shows the map repaints on {@link TileSource#addListener arrivals} of the layer's tiles. A vector MBTiles
 * file is refused at opening with a message saying so.
 */
public final class MbTilesOpener implements UserLayerOpener {

    /** The {@link LayerSource#kind()} of an MBTiles file. */
    public static final String KIND = "mbtiles";

    private final Consumer<String> tileProblems;

    /** @param tileProblems told once per missing or corrupt tile, naming the file and the tile */
    public MbTilesOpener(Consumer<String> tileProblems) {
        this.tileProblems = Objects.requireNonNull(tileProblems, "tile problem sink");
    }

    /** The source of the MBTiles file {@code file}. */
    public static LayerSource source(Path file) {
        return new LayerSource(KIND, file.toAbsolutePath().normalize().toString());
    }

    @Override
    public boolean opens(LayerSource source) {
        return source.kind().equals(KIND);
    }

    /** @throws IOException naming the file, when it is not a raster MBTiles file */
    @Override
    public Opened open(UserLayer added) throws IOException {
        MbTiles mb = MbTiles.open(added.source().file());
        Layer layer = Layer.ofTiles(
                added.name(),
                added.title(),
                UserLayer.GROUP,
                new TileSource(mb, 1, tileProblems),
                added.visible(),
                added.style().opacity());
        return new Opened(layer, List.of());
    }
}
