package org.borderwatch.map;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.borderwatch.tiles.MbTiles;
import org.borderwatch.tiles.TilePreset;
import org.borderwatch.tiles.TileSource;
import org.borderwatch.tiles.WebTiles;

/**
 * Makes tile layers: a tile server from a preset name or URL template ({@code --tiles}), or a raster MBTiles file
 * (Add layer… and {@code --layer} hand {@code .mbtiles} files here), and puts one into a map as its base.
 */
public final class TileLayers {

    /** The name of the web tile layer in settings and the layers panel. */
    public static final String WEB_LAYER = "web-tiles";

    /** Requests one server gets at once: OpenStreetMap's tile policy asks clients to keep to a couple. */
    private static final int WEB_CONNECTIONS = 2;

    private static final Duration WEB_TIMEOUT = Duration.ofSeconds(10);

    private TileLayers() {}

    /**
     * A layer of tiles from {@code presetOrTemplate} ("osm", "opentopomap", or an XYZ/WMTS URL template), cached
     * under {@code cacheRoot}.
     *
     * @param problems told once per tile that cannot be fetched, naming the server and the tile
     * @throws IllegalArgumentException saying what a template needs, when it is neither a preset nor a template
     */
    public static Layer web(String presetOrTemplate, Path cacheRoot, Consumer<String> problems) {
        TilePreset preset = TilePreset.parse(presetOrTemplate);
        WebTiles reader = new WebTiles(preset, cacheRoot, WebTiles.userAgent(), WEB_TIMEOUT, Clock.systemUTC());
        return Layer.ofTiles(WEB_LAYER, preset.title(), new TileSource(reader, WEB_CONNECTIONS, problems), true, 1);
    }

    /** True for a file Add layer… should open with {@link #mbtiles}. */
    public static boolean isMbTiles(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mbtiles");
    }

    /**
     * A layer of the raster MBTiles {@code file}, named by its file's base name and titled by its {@code name}
     * metadata.
     *
     * @param problems told once per missing or corrupt tile, naming the file and the tile
     * @throws IOException naming the file, when it is not a raster MBTiles file (a vector one is refused saying so)
     */
    public static Layer mbtiles(Path file, Consumer<String> problems) throws IOException {
        MbTiles mb = MbTiles.open(file);
        String base = file.getFileName().toString().replaceFirst("(?i)\\.mbtiles$", "");
        return Layer.ofTiles(base, mb.name(), new TileSource(mb, 1, problems), true, 1);
    }

    /**
     * {@code model} with {@code tiles} as its base: above the catalogue's image layers and everything under them
     * (the land fill and the relief, which the tiles replace), under the rest (lines, water, places), replacing a
     * layer of the same name.
     */
    public static MapModel asBase(MapModel model, Layer tiles) {
        List<Layer> layers = new ArrayList<>(model.layers());
        layers.removeIf(l -> l.name().equals(tiles.name()));
        int at = 0;
        for (int i = 0; i < layers.size(); i++) if (layers.get(i).image() != null) at = i + 1;
        layers.add(at, tiles);
        return new MapModel(layers, model.displayCrs(), model.attribution(), model.background(), model.problems());
    }
}
