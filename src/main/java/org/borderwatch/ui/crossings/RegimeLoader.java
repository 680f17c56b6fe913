package org.borderwatch.ui.crossings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.analysis.GroundSafetyZone;
import org.borderwatch.crossings.Crossing;
import org.borderwatch.crossings.CrossingsLoad;
import org.borderwatch.crossings.CrossingsReader;
import org.borderwatch.map.MapModel;
import org.borderwatch.render.Regime;

/**
 * Builds the border regime the map draws, off the FX thread: the crossings of {@code borderwatch.crossings} (or
 * ./data/crossings.geojson) and the Ground Safety Zone from the map's boundary and countries layers.
 */
public final class RegimeLoader {

    private static final System.Logger LOG = System.getLogger(RegimeLoader.class.getName());

    private RegimeLoader() {}

    /** The crossings file the app reads: {@code borderwatch.crossings}, or ./data/crossings.geojson. */
    public static Path crossingsFile() {
        String configured = System.getProperty("borderwatch.crossings");
        return Path.of(configured == null || configured.isBlank() ? "data/crossings.geojson" : configured)
                .toAbsolutePath();
    }

    /**
     * The regime of {@code map}: crossings (none if the file is absent; unreadable records are logged and left
     * out) and the zone (none if the map lacks the boundary or countries layer, which is logged).
     *
     * @throws IOException if the crossings file exists but cannot be read, or a layer cannot be read
     */
    public static Regime load(MapModel map, Path crossings) throws IOException {
        List<Crossing> list = List.of();
        if (Files.isRegularFile(crossings)) {
            CrossingsLoad load = new CrossingsReader().read(crossings);
            load.problems().forEach(p -> LOG.log(System.Logger.Level.WARNING, "skipped " + p));
            list = load.crossings();
        }
        GroundSafetyZone zone = null;
        try {
            zone = GroundSafetyZone.of(map);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "no Ground Safety Zone: " + e.getMessage());
        }
        return new Regime(list, true, zone, true);
    }
}
