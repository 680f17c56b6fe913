package org.borderwatch.events;

import java.nio.file.Path;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Event;

/**
 * Child process of {@link AtomicSaveInterruptionTest}: loads the store, then saves it forever, alternately
 * with and without one extra event, until killed. Prints "ready" once the first save is under way.
 */
public final class SaveLoop {

    private SaveLoop() {}

    public static void main(String[] args) throws Exception {
        GeoJsonEventStore store = GeoJsonEventStore.open(Path.of(args[0]));
        Event extra = AtomicSaveInterruptionTest.extraEvent();
        boolean ready = false;
        while (true) {
            if (store.find(extra.id()).isPresent()) store.delete(extra.id());
            else store.add(extra);
            if (!ready) {
                System.out.println("ready");
                System.out.flush();
                ready = true;
            }
            store.save(false);
        }
    }
}
