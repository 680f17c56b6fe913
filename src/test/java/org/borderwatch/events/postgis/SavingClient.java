package org.borderwatch.events.postgis;

import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.model.Event;

/**
 * A client in a process of its own for {@link FaultsTest}: connects to the store at {@code args[0]} (passwords from
 * PGPASSFILE, passed as the system property {@code org.postgresql.pgpassfile}), retitles event {@code args[1]} to
 * {@code args[2]} through the store, and prints "saved" once the store says it is.
 */
final class SavingClient {

    private SavingClient() {}

    public static void main(String[] args) throws Exception {
        StoreLocation.Database where = (StoreLocation.Database) StoreLocation.parse(args[0]);
        try (PostgisEventStore store = PostgisEventStore.connect(where, PasswordSource.standard(null))) {
            Event before = store.find(args[1]).orElseThrow();
            System.out.println("saving");
            System.out.flush();
            store.replace(before, before.withTitle(args[2]));
            System.out.println("saved");
        }
    }
}
