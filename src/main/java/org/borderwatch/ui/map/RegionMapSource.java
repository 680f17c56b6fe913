package org.borderwatch.ui.map;

import java.io.IOException;
import java.nio.file.Path;
import org.borderwatch.map.MapModel;
import org.borderwatch.map.RegionMap;
import org.borderwatch.ui.task.TaskRunner;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.operation.TransformException;

/** Loads the region's base map from the maps/ folder through {@link RegionMap}. */
public final class RegionMapSource implements MapSource {
    private final Path folder;

    private RegionMapSource(Path folder) {
        this.folder = folder;
    }

    public static RegionMapSource at(Path folder) {
        return new RegionMapSource(folder);
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
        progress.update("Measuring the region", -1);
        return LoadedMap.prepare(model);
    }
}
