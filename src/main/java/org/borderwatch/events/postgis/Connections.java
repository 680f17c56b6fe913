package org.borderwatch.events.postgis;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.StoreLocation;

/**
 * How to reach one database: the JDBC URL and driver properties for a location and its password, the pool
 * the store works through, single connections for the change listener and the migrations, and the server's
 * refusals turned into messages that say what to do.
 */
final class Connections {

    /** Seconds to wait for a connection before saying the server cannot be reached. */
    static final int CONNECT_TIMEOUT_S = 5;

    private final StoreLocation.Database location;
    private final String url;
    private final Properties props;

    private Connections(StoreLocation.Database location, String url, Properties props) {
        this.location = location;
        this.url = url;
        this.props = props;
    }

    /**
     * The connection settings of {@code location}, asking {@code passwords} for its password.
     *
     * @throws EventStoreException if the password prompt was cancelled
     */
    static Connections of(StoreLocation.Database location, PasswordSource passwords) throws EventStoreException {
        Properties props = new Properties();
        props.setProperty("user", location.user());
        char[] password = passwords.password(location);
        if (password != null) props.setProperty("password", new String(password));
        props.setProperty("ApplicationName", "BorderWatch");
        props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_S));
        // an event store connection never needs more; a kill -9 of the server must not hang a client forever
        props.setProperty("tcpKeepAlive", "true");
        props.putAll(location.params());
        String host = location.host().contains(":") ? "[" + location.host() + "]" : location.host();
        return new Connections(
                location, "jdbc:postgresql://" + host + ":" + location.port() + "/" + location.database(), props);
    }

    StoreLocation.Database location() {
        return location;
    }

    /**
     * A pool of connections, opened with one connection at once so a wrong password or a missing server is
     * told now rather than at the first query.
     *
     * @throws EventStoreException if the first connection fails, with the reason in the user's terms
     */
    HikariDataSource pool(int size) throws EventStoreException {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setDataSourceProperties(props);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_S * 1000L);
        config.setInitializationFailTimeout(1);
        config.setPoolName("borderwatch-" + location.name());
        // client_connection_check_interval (PostgreSQL 14+): a save whose client died (killed mid-save) is rolled
        // back within a second instead of committing later, when the locks it waits for are freed
        config.setConnectionInitSql("SELECT set_config('search_path', '" + PostgisEventStore.SCHEMA
                + ", public', false), CASE WHEN current_setting('server_version_num')::int >= 140000"
                + " THEN set_config('client_connection_check_interval', '1000', false) END");
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new EventStoreException(
                    location.asPath(), explain(e.getCause() instanceof SQLException s ? s : null, e), e);
        }
    }

    /** One connection outside the pool, for a LISTEN that must outlive any borrowed connection. */
    Connection single() throws SQLException {
        Connection c = DriverManager.getConnection(url, props);
        try (var s = c.createStatement()) {
            s.execute("SET search_path = " + PostgisEventStore.SCHEMA + ", public");
        }
        return c;
    }

    String url() {
        return url;
    }

    Properties props() {
        return props;
    }

    /** What went wrong connecting, with what to do about it. */
    String explain(SQLException e, Exception fallback) {
        String where = location.user() + "@" + location.host() + ":" + location.port() + "/" + location.database();
        if (e == null) return "cannot connect to " + where + ": " + fallback.getMessage();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "28P01" ->
                "password authentication failed for " + where
                        + " (the password comes from PGPASSWORD, the password file PGPASSFILE or ~/.pgpass, or the prompt)";
            case "28000" -> "the server refuses " + where + ": " + e.getMessage();
            case "3D000" ->
                "the server at " + location.host() + ":" + location.port() + " has no database \"" + location.database()
                        + "\"";
            case "08004" ->
                "the server at " + location.host() + ":" + location.port() + " refused the connection for "
                        + where + ": " + firstLine(e.getMessage())
                        + (e.getMessage() != null && e.getMessage().contains("no password")
                                ? " (none in PGPASSWORD, PGPASSFILE or ~/.pgpass)"
                                : "");
            case "08001", "08006" ->
                "no PostgreSQL server answers at " + location.host() + ":" + location.port() + " ("
                        + firstLine(e.getMessage()) + ")";
            default -> "cannot connect to " + where + ": " + firstLine(e.getMessage());
        };
    }

    static String firstLine(String message) {
        if (message == null) return "no message";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
