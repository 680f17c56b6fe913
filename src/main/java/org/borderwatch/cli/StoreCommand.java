package org.borderwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.borderwatch.events.EventStore;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.postgis.PostgisEventStore;
import org.borderwatch.events.postgis.StoreRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code store copy FROM TO}: whole stores between files and databases. */
@Command(
        name = "store",
        mixinStandardHelpOptions = true,
        description = "Work on whole event stores.",
        subcommands = StoreCommand.Copy.class)
final class StoreCommand {

    /**
     * Copies every event, with its unknown properties and extra Feature members, the collection's other members
     * and the features the source could not read, so nothing is lost either way. The target must not exist (a
     * file) or hold no event (a database); a database is filled in one transaction.
     */
    @Command(
            name = "copy",
            mixinStandardHelpOptions = true,
            description =
                    "Copy a whole store between a GeoJSON file and a database (postgresql://user@host:port/db), either way, losing nothing.")
    static final class Copy implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "FROM", description = "the store to copy")
        String from;

        @Parameters(index = "1", paramLabel = "TO", description = "a new file, or a database holding no events")
        String to;

        @Spec
        CommandSpec spec;

        /** What a store holds, all of it. */
        private record Contents(
                List<Event> events,
                Map<String, Map<String, String>> featureMembers,
                Map<String, String> members,
                List<String> unreadable) {}

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            EventStore source = null;
            try {
                StoreLocation target = StoreOpener.parse(to);
                if (target instanceof StoreLocation.File f && Files.exists(f.path())) {
                    err.println("store copy: " + f.path() + " exists; copy into a new file");
                    return 2;
                }
                source = StoreOpener.open(StoreOpener.parse(from), false);
                if (!source.loadReport().complete()) {
                    err.println(source.loadReport());
                    err.println("store copy: the source could not be read to its end, so a copy would lose the rest");
                    return 2;
                }
                Contents contents = contents(source);
                if (target instanceof StoreLocation.File f) {
                    GeoJsonEventStore.write(
                            f.path(),
                            contents.events(),
                            contents.members(),
                            contents.featureMembers(),
                            contents.unreadable());
                } else {
                    try (PostgisEventStore db = (PostgisEventStore) StoreOpener.open(target, false)) {
                        db.fill(
                                contents.events(),
                                contents.featureMembers(),
                                contents.members(),
                                contents.unreadable());
                    }
                }
                out.println("copied " + contents.events().size() + " events"
                        + (contents.unreadable().isEmpty()
                                ? ""
                                : " and " + contents.unreadable().size() + " unreadable features kept as they were")
                        + " to " + target.text());
                return 0;
            } catch (InputException | EventStoreException | StoreRefusedException | IllegalStateException e) {
                err.println("store copy: " + e.getMessage());
                return 2;
            } finally {
                if (source != null) StoreOpener.close(source);
            }
        }

        private static Contents contents(EventStore store) {
            List<Event> events = store.all();
            Map<String, Map<String, String>> featureMembers = new HashMap<>();
            if (store instanceof GeoJsonEventStore file) {
                for (Event e : events)
                    if (!file.featureMembers(e.id()).isEmpty()) featureMembers.put(e.id(), file.featureMembers(e.id()));
                return new Contents(events, featureMembers, file.topMembers(), file.unreadableFeatures());
            }
            PostgisEventStore db = (PostgisEventStore) store;
            for (Event e : events)
                if (!db.featureMembers(e.id()).isEmpty()) featureMembers.put(e.id(), db.featureMembers(e.id()));
            return new Contents(events, featureMembers, db.collectionMembers(), db.unreadableFeatures());
        }
    }
}
