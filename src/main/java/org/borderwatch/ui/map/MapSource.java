package org.borderwatch.ui.map;

import org.borderwatch.ui.task.TaskRunner;

/**
 * Where the base map comes from. The app reads the maps/ folder; tests hand in in-memory layers.
 * Called on a background thread.
 */
@FunctionalInterface
public interface MapSource {

    /** @throws Exception when the map cannot be loaded; its message is shown to the user and must say where */
    LoadedMap load(TaskRunner.Progress progress) throws Exception;
}
