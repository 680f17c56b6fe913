package org.borderwatch.ui.map;

import java.io.IOException;
import java.nio.file.Path;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.map.osm.BaseMapFolder;
import org.borderwatch.map.osm.ExtractException;
import org.borderwatch.map.osm.OsmBaseMap;
import org.borderwatch.ui.task.TaskRunner;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.operation.TransformException;

/**
 * Loads the region's base map from the maps/ folder through {@link RegionMap}, with the OpenStreetMap extracts the
 * user fetched over it when given their folder ({@link OsmBaseMap}). Extracts that cannot be opened leave the shipped
 * map as it is; the problem is logged.
 */
public final class RegionMapSource implements MapSource {
    private static final System.Logger LOG = System.getLogger(RegionMapSource.class.getName());

    private final Path folder;
    private final BaseMapFolder extracts;

    private RegionMapSource(Path folder, BaseMapFolder extracts) {
        this.folder = folder;
        this.extracts = extracts;
    }

    public static RegionMapSource at(Path folder) {
        return new RegionMapSource(folder, null);
    }

    /** The same maps with the extracts kept in {@code extracts} drawn over them as the detailed base map. */
    public RegionMapSource withExtracts(BaseMapFolder extracts) {
        return new RegionMapSource(folder, extracts);
    }

    /**
     * @throws IOException naming the folder or shapefile that cannot be read
     * @throws FactoryException when the display CRS has no transform to lon/lat
     * @throws TransformException when a layer's extent cannot be projected
     */
    @Override
    public LoadedMap load(TaskRunner.Progress progress) throws IOException, FactoryException, TransformException {
        progress.update("Reading " + folder, -1);
        MapModel model = RegionMap.load(folder);
        if (extracts != null) {
            progress.update("Opening the OpenStreetMap extracts", -1);
            try {
                var osm = extracts.open();
                if (osm.isPresent()) model = osm.get().over(model, folder);
            } catch (ExtractException e) {
                LOG.log(System.Logger.Level.WARNING, "the detailed base map is left out: " + e.getMessage());
            }
        }
        progress.update("Measuring the region", -1);
        return LoadedMap.prepare(model);
    }
}
