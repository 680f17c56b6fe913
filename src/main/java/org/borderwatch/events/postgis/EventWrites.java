package org.borderwatch.events.postgis;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.borderwatch.events.StoreLocation;
import org.borderwatch.events.geojson.FeatureJson;
import org.borderwatch.events.model.Event;

/**
 * A store's writes, each one statement committed at once and checked against the version it was based on
 * ({@code … WHERE version = ?}): a write that matches no row is an {@link EditConflictException} with the event as
 * it is now, never a silent overwrite. The held events learn of a write under their monitor, before the listener can
 * hear of it.
 */
final class EventWrites {
    private final HikariDataSource pool;
    private final StoreLocation.Database location;
    private final HeldEvents held;

    EventWrites(HikariDataSource pool, StoreLocation.Database location, HeldEvents held) {
        this.pool = pool;
        this.location = location;
        this.held = held;
    }

    /** @throws IllegalArgumentException if an event with the same id is already in the database */
    void add(Event event, Map<String, String> featureMembers) {
        String feature = new FeatureJson().write(event, featureMembers);
        synchronized (held) {
            try (Connection c = pool.getConnection();
                    PreparedStatement st = c.prepareStatement(
                            "INSERT INTO events (id, feature) VALUES (?, ?::json) RETURNING version, changed_by")) {
                st.setString(1, event.id());
                st.setString(2, feature);
                try (ResultSet r = st.executeQuery()) {
                    r.next();
                    held.put(new Rows.Held(event, r.getLong(1), r.getString(2), featureMembers));
                }
            } catch (SQLException e) {
                if ("23505".equals(e.getSQLState()))
                    throw new IllegalArgumentException(
                            location.name() + ": the store already holds an event with id " + event.id(), e);
                throw Refusals.refused(location, "cannot add event " + event.id(), e);
            }
        }
    }

    /** Writes {@code event} over version {@code baseVersion} of it. */
    void replace(Event event, long baseVersion, Map<String, String> featureMembers) {
        String feature = new FeatureJson().write(event, featureMembers);
        synchronized (held) {
            try (Connection c = pool.getConnection();
                    PreparedStatement st = c.prepareStatement(
                            "UPDATE events SET feature = ?::json WHERE id = ? AND version = ? RETURNING version, changed_by")) {
                st.setString(1, feature);
                st.setString(2, event.id());
                st.setLong(3, baseVersion);
                try (ResultSet r = st.executeQuery()) {
                    if (r.next()) {
                        held.put(new Rows.Held(event, r.getLong(1), r.getString(2), featureMembers));
                        return;
                    }
                }
                throw conflict(c, event, event.id());
            } catch (SQLException e) {
                throw Refusals.refused(location, "cannot save event " + event.id(), e);
            }
        }
    }

    /** Deletes {@code expected}; false if there is no event with its id. */
    boolean delete(Event expected) {
        synchronized (held) {
            Rows.Held now = held.lookup(expected.id());
            if (now == null) return false;
            if (!now.event().equals(expected))
                throw new EditConflictException(
                        location.name(), null, now.event(), now.version(), now.changedBy(), expected.id());
            try (Connection c = pool.getConnection();
                    PreparedStatement st = c.prepareStatement("DELETE FROM events WHERE id = ? AND version = ?")) {
                st.setString(1, expected.id());
                st.setLong(2, now.version());
                if (st.executeUpdate() == 1) {
                    held.remove(expected.id());
                    return true;
                }
                throw conflict(c, null, expected.id());
            } catch (SQLException e) {
                throw Refusals.refused(location, "cannot delete event " + expected.id(), e);
            }
        }
    }

    /** The conflict after a write matched no row: the event as it is now, or gone. */
    private EditConflictException conflict(Connection c, Event mine, String id) throws SQLException {
        try {
            Rows.Held now = Rows.one(c, id);
            if (now != null)
                return new EditConflictException(
                        location.name(), mine, now.event(), now.version(), now.changedBy(), id);
        } catch (FeatureJson.BadFeature bad) {
            return new EditConflictException(
                    location.name(),
                    mine,
                    null,
                    -1,
                    "someone (the row is no longer a readable event: " + bad.getMessage() + ")",
                    id);
        }
        return Histories.deleted(c, location.name(), mine, id);
    }
}
