package org.borderwatch.events.postgis;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.borderwatch.events.EventStoreException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the database's schema to the version this program needs, with Flyway's versioned migrations under
 * {@code org/borderwatch/events/postgis/migration}. Only an admin (a member of {@code bw_admin}) may migrate;
 * the migrations run as that role so that it, not one person's login, owns the tables. Anyone else is told
 * to ask an admin when the schema is behind.
 */
final class Migrations {

    static final String LOCATION = "classpath:org/borderwatch/events/postgis/migration";

    private Migrations() {}

    /**
     * Migrates if needed and allowed.
     *
     * @throws EventStoreException if the schema is behind and this user may not migrate, or a migration fails
     */
    static void upToDate(Connections connections) throws EventStoreException {
        String where = connections.location().name();
        Flyway flyway = Flyway.configure()
                .dataSource(
                        connections.url(),
                        connections.props().getProperty("user"),
                        connections.props().getProperty("password"))
                .schemas(PostgisEventStore.SCHEMA)
                .createSchemas(false)
                .locations(LOCATION)
                .initSql("DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'bw_admin') THEN "
                        + "IF pg_has_role('bw_admin', 'MEMBER') THEN SET ROLE bw_admin; END IF; END IF; END $$")
                .load();
        try {
            MigrationInfo[] pending = flyway.info().pending();
            if (pending.length == 0) return;
            if (!mayMigrate(connections)) {
                MigrationInfo current = flyway.info().current();
                throw new EventStoreException(
                        connections.location().asPath(),
                        "the database's schema is at version "
                                + (current == null ? "none" : current.getVersion()) + " but this program needs "
                                + pending[pending.length - 1].getVersion() + "; "
                                + connections.location().user()
                                + " may not upgrade it: ask an admin (a member of bw_admin) to connect once");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new EventStoreException(
                    connections.location().asPath(),
                    "cannot bring the schema of " + where + " up to date: " + Connections.firstLine(e.getMessage()),
                    e);
        }
    }

    private static boolean mayMigrate(Connections connections) throws EventStoreException {
        try (Connection c = connections.single();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT rolsuper OR CASE WHEN EXISTS (SELECT FROM pg_roles WHERE rolname = 'bw_admin') "
                                + "THEN pg_has_role('bw_admin', 'MEMBER') ELSE false END FROM pg_roles WHERE rolname = current_user")) {
            return r.next() && r.getBoolean(1);
        } catch (SQLException e) {
            throw new EventStoreException(connections.location().asPath(), connections.explain(e, e), e);
        }
    }
}
