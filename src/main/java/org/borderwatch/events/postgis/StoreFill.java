package org.borderwatch.events.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderwatch.events.geojson.FeatureJson;
import org.borderwatch.events.model.Event;

/** Copies a whole store into an empty database in one transaction: all of it is there afterwards, or none. */
final class StoreFill {

    private StoreFill() {}

    /**
     * Writes the events (JDBC batches), the unreadable features (under their id when free) and the collection's
     * members, and commits; returns the events as the store now holds them.
     *
     * @throws IllegalStateException if the database already holds events
     */
    static LinkedHashMap<String, Rows.Held> into(
            Connection c,
            String store,
            String user,
            Iterable<Event> all,
            Map<String, Map<String, String>> featureMembers,
            Map<String, String> members,
            List<String> unreadableFeatures)
            throws SQLException {
        FeatureJson json = new FeatureJson();
        LinkedHashMap<String, Rows.Held> added = new LinkedHashMap<>();
        c.setAutoCommit(false);
        try (PreparedStatement any = c.prepareStatement("SELECT EXISTS (SELECT FROM events)");
                PreparedStatement st = c.prepareStatement("INSERT INTO events (id, feature) VALUES (?, ?::json)");
                PreparedStatement m = c.prepareStatement(
                        "INSERT INTO collection_members (name, position, value) VALUES (?, ?, ?::json)")) {
            try (var r = any.executeQuery()) {
                r.next();
                if (r.getBoolean(1))
                    throw new IllegalStateException(store + " already holds events; copy only into an empty store");
            }
            int n = 0;
            for (Event e : all) {
                Map<String, String> fm = featureMembers.getOrDefault(e.id(), Map.of());
                st.setString(1, e.id());
                st.setString(2, json.write(e, fm));
                st.addBatch();
                added.put(e.id(), new Rows.Held(e, 1, user, fm));
                if (++n % 1000 == 0) st.executeBatch();
            }
            int k = 0;
            Set<String> taken = new HashSet<>(added.keySet());
            for (String feature : unreadableFeatures) {
                String id = UnreadableIds.idOf(feature, taken, k++);
                while (!taken.add(id)) id = "unreadable-" + k++;
                st.setString(1, id);
                st.setString(2, feature);
                st.addBatch();
            }
            st.executeBatch();
            int position = 0;
            for (Map.Entry<String, String> member : members.entrySet()) {
                m.setString(1, member.getKey());
                m.setInt(2, position++);
                m.setString(3, member.getValue());
                m.addBatch();
            }
            m.executeBatch();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        return added;
    }
}
