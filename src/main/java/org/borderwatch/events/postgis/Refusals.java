package org.borderwatch.events.postgis;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.borderwatch.events.StoreLocation;

/** The server's reasons for refusing or failing a statement, in the user's terms; nothing was written in any of them. */
final class Refusals {

    private Refusals() {}

    /** "{@code store}: {@code what}: the reason", as the exception a caller of the store sees. */
    static StoreRefusedException refused(StoreLocation.Database store, String what, SQLException e) {
        return new StoreRefusedException(store.name() + ": " + what + ": " + reason(store.user(), e), e);
    }

    /** The reason alone; {@code user} null when it is not known yet (connecting). */
    static String reason(String user, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String server = Connections.firstLine(e.getMessage());
        if (state.equals("42501"))
            return (user == null ? "this user" : user) + " may not do this: PostgreSQL refused it (" + server
                    + "); editing needs the bw_editor role, which an admin can grant";
        // 08: connection failures; 57P: the server shutting down or crashing under the statement
        if (state.startsWith("08") || state.startsWith("57P") || e instanceof SQLTransientConnectionException)
            return "the database server cannot be reached (" + server + "); nothing was saved";
        return server;
    }
}
