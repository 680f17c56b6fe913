package org.borderwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.borderwatch.analysis.GroundSafetyZone;
import org.borderwatch.crossings.Crossing;
import org.borderwatch.crossings.CrossingsLoad;
import org.borderwatch.crossings.CrossingsReader;
import org.borderwatch.events.EventStore;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.LoadReport;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.model.Event;
import org.borderwatch.map.Layer;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.map.TileLayers;
import org.borderwatch.map.osm.BaseMapFolder;
import org.borderwatch.map.osm.ExtractException;
import org.borderwatch.map.osm.OsmBaseMap;
import org.borderwatch.map.osm.OsmExtract;
import org.borderwatch.map.user.AddedLayers;
import org.borderwatch.map.user.LayerSource;
import org.borderwatch.render.Regime;
import org.borderwatch.tiles.WebTiles;

/** Loads what a headless command draws: the base map from maps/ and the events of a store. */
final class MapInputs {
    private MapInputs() {}

    /** The styled map of every shapefile in {@code mapsDir}. */
    static MapModel loadMap(Path mapsDir) throws InputException {
        try {
            return RegionMap.load(mapsDir);
        } catch (IOException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    /**
     * {@code map} with OpenStreetMap extracts over it, as the window draws them: those kept in the user's base map
     * folder when {@code basemap} is null, the Geofabrik extract (zip or folder) it names, or none when it is
     * {@code none}. Broken extracts among the kept ones are named on {@code err} and left out.
     *
     * @throws InputException naming the extract when the one named, or every one kept, cannot be opened
     */
    static MapModel withExtracts(MapModel map, Path mapsDir, String basemap, PrintWriter err) throws InputException {
        if ("none".equals(basemap)) return map;
        BaseMapFolder folder = BaseMapFolder.ofUser(System::getenv, System::getProperty);
        try {
            Optional<OsmBaseMap> osm;
            if (basemap == null) {
                osm = folder.open();
            } else {
                Path extract = Path.of(basemap);
                if (!OsmExtract.recognises(extract))
                    throw new InputException(
                            "--basemap " + basemap + ": not a Geofabrik extract (a folder or .zip holding"
                                    + " gis_osm_*_free_1 shapefiles), nor none",
                            null);
                osm = Optional.of(folder.openExtract(extract));
            }
            if (osm.isEmpty()) return map;
            osm.get().problems().forEach(err::println);
            return osm.get().over(map, mapsDir);
        } catch (IOException | ExtractException e) {
            throw new InputException("--basemap: " + e.getMessage(), e);
        }
    }

    /** How long an export waits for the tiles of one frame before drawing it with what came. */
    static final Duration TILE_WAIT = Duration.ofSeconds(60);

    /**
     * {@code map} with the web tiles of {@code presetOrTemplate} as its base, or {@code map} when that is null;
     * tiles that cannot be fetched are listed on {@code err}, once each.
     */
    static MapModel withTiles(MapModel map, String presetOrTemplate, PrintWriter err) {
        if (presetOrTemplate == null) return map;
        Layer tiles = TileLayers.web(presetOrTemplate, WebTiles.defaultCacheRoot(), p -> {
            synchronized (err) {
                err.println("tiles: " + p);
                err.flush();
            }
        });
        return TileLayers.asBase(map, tiles);
    }

    /**
     * {@code base} with the layers {@code --layer} names on top, in the order given, each styled by default for its
     * geometry. Records that cannot be read are listed on {@code err} and left out.
     *
     * @throws InputException naming the file when a named layer cannot be opened at all
     */
    static MapModel withLayers(MapModel base, List<String> layerArguments, PrintWriter err) throws InputException {
        if (layerArguments.isEmpty()) return base;
        java.util.ArrayList<LayerSource> sources = new java.util.ArrayList<>();
        for (String argument : layerArguments) {
            try {
                sources.addAll(AddedLayers.sourcesOf(argument));
            } catch (IOException e) {
                throw new InputException("--layer " + argument + ": " + e.getMessage(), e);
            }
        }
        AddedLayers.Result opened = AddedLayers.ofFiles(org.borderwatch.map.LayerSources.forUser(), p -> {
                    synchronized (err) {
                        err.println("layers: " + p);
                        err.flush();
                    }
                })
                .openNew(sources, 0);
        if (opened.layers().size() < sources.size())
            throw new InputException(String.join("; ", opened.problems()), null);
        opened.problems().forEach(err::println);
        return AddedLayers.onto(base, opened.layers());
    }

    /**
     * The border regime an export draws: the crossings of {@code crossingsFile} (none when null; unreadable records
     * are listed on {@code err} and left out) and the Ground Safety Zone built from the map when {@code gsz}.
     */
    static Regime loadRegime(String crossingsFile, boolean gsz, MapModel map, PrintWriter err) throws InputException {
        List<Crossing> crossings = List.of();
        if (crossingsFile != null) {
            try {
                CrossingsLoad load = new CrossingsReader().read(Path.of(crossingsFile));
                load.problems().forEach(p -> err.println("skipped " + p));
                crossings = load.crossings();
            } catch (IOException e) {
                throw new InputException(e.getMessage(), e);
            }
        }
        GroundSafetyZone zone = null;
        if (gsz) {
            try {
                zone = GroundSafetyZone.of(map);
            } catch (IOException e) {
                throw new InputException("the Ground Safety Zone cannot be built: " + e.getMessage(), e);
            }
        }
        return new Regime(crossings, !crossings.isEmpty(), zone, zone != null);
    }

    /** The events of a store; records that cannot be read are listed on {@code err} and left out. */
    static List<Event> loadEvents(StoreLocation store, PrintWriter err) throws InputException {
        try {
            EventStore s = StoreOpener.open(store, false);
            LoadReport report = s.loadReport();
            report.problems().forEach(p -> err.println("skipped " + p));
            List<Event> all = s.all();
            StoreOpener.close(s);
            return all;
        } catch (EventStoreException e) {
            throw new InputException(e.getMessage(), e);
        }
    }
}
