package org.borderwatch.events.postgis;

import org.borderwatch.events.StoreLocation;
import org.postgresql.jdbcurlresolver.PgPassParser;

/**
 * Where the password for a database location comes from. {@link #standard} looks, in the order libpq does, at
 * {@code PGPASSWORD} and the password file ({@code PGPASSFILE}, else {@code ~/.pgpass}), and then asks
 * {@code prompt}. Passwords are never kept in a location or in settings.
 */
@FunctionalInterface
public interface PasswordSource {

    /** The password for {@code location}, or null when none is known (the server may not need one). */
    char[] password(StoreLocation.Database location);

    /** Asks the user; returns null when the user cancels. */
    @FunctionalInterface
    interface Prompt {
        char[] ask(StoreLocation.Database location);
    }

    /** PGPASSWORD, then the password file, then {@code prompt} (null: no prompt, for scripts). */
    static PasswordSource standard(Prompt prompt) {
        return location -> {
            String env = System.getenv("PGPASSWORD");
            if (env != null && !env.isEmpty()) return env.toCharArray();
            String file = PgPassParser.getPassword(
                    location.host(), String.valueOf(location.port()), location.database(), location.user());
            if (file != null) return file.toCharArray();
            return prompt == null ? null : prompt.ask(location);
        };
    }
}
