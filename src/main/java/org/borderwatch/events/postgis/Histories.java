package org.borderwatch.events.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.events.geojson.FeatureJson;
import org.borderwatch.events.model.Event;

/** Reads an event's versions from the audit history ({@code event_history}, written by the audit trigger). */
final class Histories {

    private Histories() {}

    /** Every version of the event with this id, oldest first; a version that is not a readable event says why. */
    static List<EventVersion> of(Connection c, String id) throws SQLException {
        List<EventVersion> out = new ArrayList<>();
        FeatureJson json = new FeatureJson();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT version, op, feature::text, changed_by, changed_at FROM event_history WHERE id = ? ORDER BY seq")) {
            st.setString(1, id);
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    Event e = null;
                    String problem = null;
                    try {
                        e = json.read(r.getString(3)).event();
                    } catch (FeatureJson.BadFeature bad) {
                        problem = (bad.pointer().isEmpty() ? "" : bad.pointer() + ": ") + bad.getMessage();
                    }
                    Timestamp at = r.getTimestamp(5);
                    out.add(new EventVersion(
                            id, r.getLong(1), r.getString(2), e, r.getString(4), at.toInstant(), problem));
                }
            }
        }
        return out;
    }

    /** The latest version the history keeps of this id and who wrote it, as a conflict with a deleted event. */
    static EditConflictException deleted(Connection c, String store, Event mine, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT version, changed_by FROM event_history WHERE id = ? ORDER BY seq DESC LIMIT 1")) {
            st.setString(1, id);
            try (ResultSet r = st.executeQuery()) {
                return r.next()
                        ? new EditConflictException(store, mine, null, r.getLong(1), r.getString(2), id)
                        : new EditConflictException(store, mine, null, 0, "someone", id);
            }
        }
    }
}
