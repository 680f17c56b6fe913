package org.borderwatch.ui;

import java.io.IOException;
import java.nio.file.Path;

/** Loads the region's base map from the maps/ folder. */
final class RegionMapSource implements MapSource {
    private final Path folder;

    private RegionMapSource(Path folder) {
        this.folder = folder;
    }

    static RegionMapSource at(Path folder) {
        return new RegionMapSource(folder);
    }

    @Override
    public LoadedMap load(TaskRunner.Progress progress) throws IOException {
        throw new IOException(folder + ": the maps/ loader (map.RegionMap) is not on this branch yet");
    }
}
