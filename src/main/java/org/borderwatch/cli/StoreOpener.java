package org.borderwatch.cli;

import java.io.Console;
import java.nio.file.Files;
import org.borderwatch.events.EventStore;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.geojson.GeoJsonEventStore;
import org.borderwatch.events.postgis.PasswordSource;
import org.borderwatch.events.postgis.PostgisEventStore;

/**
 * Opens the store at a location the user typed: a GeoJSON file, or a {@code postgresql://} URI whose password
 * comes from PGPASSWORD, the password file, or (at a terminal) a prompt.
 */
final class StoreOpener {

    private StoreOpener() {}

    /**
     * Reads a location option.
     *
     * @throws InputException if it is a malformed URI (the message says what is wrong)
     */
    static StoreLocation parse(String text) throws InputException {
        try {
            return StoreLocation.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    /**
     * The store a command names by its FILE parameter or its {@code --store} option, exactly one of them.
     *
     * @throws InputException if both or neither are given, or the location is a malformed URI
     */
    static StoreLocation either(java.nio.file.Path file, String store) throws InputException {
        if (file != null && store != null)
            throw new InputException("give the store as FILE or as --store, not both", null);
        if (file == null && store == null)
            throw new InputException("no store given: name a FILE or --store LOCATION", null);
        return file != null ? new StoreLocation.File(file) : parse(store);
    }

    /**
     * Opens the store; a missing file is created empty when {@code create} is true.
     *
     * @throws EventStoreException if it cannot be opened, with the reason
     */
    static EventStore open(StoreLocation location, boolean create) throws EventStoreException {
        if (location instanceof StoreLocation.Database d)
            return PostgisEventStore.open(d, PasswordSource.standard(StoreOpener::prompt));
        StoreLocation.File f = (StoreLocation.File) location;
        return create && !Files.exists(f.path())
                ? GeoJsonEventStore.create(f.path())
                : GeoJsonEventStore.open(f.path());
    }

    /** Closes a database store's connections; a file store holds none. */
    static void close(EventStore store) {
        if (store instanceof PostgisEventStore db) db.close();
    }

    private static char[] prompt(StoreLocation.Database location) {
        Console console = System.console();
        return console == null
                ? null
                : console.readPassword("Password for %s: ", location.user() + "@" + location.name());
    }
}
