package org.borderwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.borderwatch.events.Event;
import org.borderwatch.map.MapModel;

/** Loads what a headless command draws: the base map from maps/ and the events of a store. */
final class MapInputs {
    private MapInputs() {}

    static MapModel loadMap(Path mapsDir) throws InputException {
        throw new InputException(mapsDir + ": map loading lands with RegionMap", null);
    }

    static List<Event> loadEvents(Path store, PrintWriter err) throws InputException {
        throw new InputException(store + ": event loading lands with EventStore", null);
    }
}
