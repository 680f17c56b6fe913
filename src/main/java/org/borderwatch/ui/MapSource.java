package org.borderwatch.ui;

/**
 * Where the base map comes from. The app reads the maps/ folder; tests hand in in-memory layers.
 * Called on a background thread.
 */
@FunctionalInterface
interface MapSource {

    /** @throws Exception when the map cannot be loaded; its message is shown to the user and must say where */
    LoadedMap load(TaskRunner.Progress progress) throws Exception;
}
