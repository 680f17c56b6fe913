package org.borderwatch.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Where an event store lives: a GeoJSON file, or a PostgreSQL database named by a
 * {@code postgresql://user@host:port/database} URI. This is what the session, the recent stores, export
 * provenance and the command line speak of. A location never holds a password: it comes from
 * {@code ~/.pgpass}, {@code PGPASSWORD} or a prompt, so a location can be written to settings as it is.
 */
public sealed interface StoreLocation permits StoreLocation.File, StoreLocation.Database {

    /** The text that {@link #parse} reads back: the path, or the URI. */
    String text();

    /** A short name for titles and messages, with no slash in it: the file name, or {@code database@host:port}. */
    String name();

    /**
     * A stand-in path for records that name a file ({@link LoadReport}, {@link RecordProblem},
     * {@link EventStoreException}): the file itself, or a path whose file name is {@link #name()}.
     */
    Path asPath();

    /** A GeoJSON store file. */
    record File(Path path) implements StoreLocation {
        public File {
            if (path == null) throw new IllegalArgumentException("a file location needs a path");
        }

        @Override
        public String text() {
            return path.toString();
        }

        @Override
        public String name() {
            return String.valueOf(path.getFileName());
        }

        @Override
        public Path asPath() {
            return path;
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /**
     * A database on a PostgreSQL server with PostGIS. {@code params} are the URI's query parameters that the
     * driver understands and that carry no secret (sslmode and the like), in the order given.
     */
    record Database(String host, int port, String database, String user, Map<String, String> params)
            implements StoreLocation {

        /** Query parameters a location may carry; anything else (a password above all) is refused. */
        static final Set<String> PARAMS = Set.of(
                "sslmode", "sslrootcert", "connectTimeout", "socketTimeout", "applicationName", "targetServerType");

        public Database {
            if (host == null || host.isBlank()) throw new IllegalArgumentException("a database location needs a host");
            if (port < 1 || port > 65535) throw new IllegalArgumentException("port must be 1 to 65535, got " + port);
            if (database == null || database.isBlank())
                throw new IllegalArgumentException("a database location needs a database name");
            if (user == null || user.isBlank())
                throw new IllegalArgumentException("a database location needs a user name");
            params = Map.copyOf(params == null ? Map.of() : params);
        }

        @Override
        public String text() {
            StringBuilder s = new StringBuilder("postgresql://")
                    .append(user)
                    .append('@')
                    .append(hostText())
                    .append(':')
                    .append(port)
                    .append('/')
                    .append(database);
            char sep = '?';
            for (Map.Entry<String, String> p : new java.util.TreeMap<>(params).entrySet()) {
                s.append(sep).append(p.getKey()).append('=').append(p.getValue());
                sep = '&';
            }
            return s.toString();
        }

        private String hostText() {
            return host.contains(":") ? "[" + host + "]" : host;
        }

        @Override
        public String name() {
            return database + "@" + hostText() + ":" + port;
        }

        @Override
        public Path asPath() {
            return Path.of(name().replace('/', '_'));
        }

        /** The same database as another user. */
        public Database as(String otherUser) {
            return new Database(host, port, database, otherUser, params);
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /**
     * Reads a location: a {@code postgresql://} (or {@code postgres://}) URI, else a file path.
     *
     * @throws IllegalArgumentException if a URI is malformed, lacks a user or database, or carries a password
     */
    static StoreLocation parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("a store location is empty");
        String t = text.strip();
        if (!t.startsWith("postgresql:") && !t.startsWith("postgres:")) return new File(Path.of(t));
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "\"" + t + "\" is not a valid URI: " + e.getReason() + " at character " + e.getIndex());
        }
        if (uri.getHost() == null)
            throw new IllegalArgumentException(
                    "\"" + t + "\" names no host; expected postgresql://user@host:port/database");
        String info = uri.getRawUserInfo();
        if (info == null || info.isEmpty())
            throw new IllegalArgumentException(
                    "\"" + t + "\" names no user; expected postgresql://user@host:port/database");
        if (info.contains(":"))
            throw new IllegalArgumentException(
                    "\"" + redact(t) + "\" holds a password; put it in ~/.pgpass or PGPASSWORD instead, "
                            + "so it is never written to settings or shell history");
        String path = uri.getPath();
        String database = path == null || path.length() <= 1 ? "" : path.substring(1);
        if (database.isEmpty() || database.contains("/"))
            throw new IllegalArgumentException(
                    "\"" + t + "\" names no database; expected postgresql://user@host:port/database");
        Map<String, String> params = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                if (!Database.PARAMS.contains(key))
                    throw new IllegalArgumentException("\"" + redact(t) + "\": parameter \"" + key + "\" is not one of "
                            + new java.util.TreeSet<>(Database.PARAMS));
                params.put(key, eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        String host = uri.getHost().startsWith("[")
                ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        return new Database(host, uri.getPort() < 0 ? 5432 : uri.getPort(), database, uri.getUserInfo(), params);
    }

    private static String redact(String uri) {
        return uri.replaceFirst("://([^:@/]*):[^@/]*@", "://$1:***@");
    }
}
