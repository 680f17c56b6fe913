package org.borderwatch.events.postgis;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.events.RecordProblem;
import org.borderwatch.events.geojson.FeatureJson;
import org.borderwatch.events.model.Event;

/**
 * Reads rows of the events table into events. A row whose feature is not a valid event is reported with its
 * row number, id and JSON pointer and left in the database untouched; the rest loads.
 */
final class Rows {

    /** An event as held by the store: the version it was read at and who wrote that version. */
    record Held(Event event, long version, String changedBy, Map<String, String> featureMembers) {}

    /** Every readable row in store order, and what was wrong with the others. */
    record Loaded(LinkedHashMap<String, Held> events, List<RecordProblem> problems, List<String> unreadable) {}

    private Rows() {}

    static Loaded all(Connection c, Path name) throws SQLException {
        LinkedHashMap<String, Held> events = new LinkedHashMap<>();
        List<RecordProblem> problems = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        FeatureJson json = new FeatureJson();
        boolean auto = c.getAutoCommit();
        // a cursor (fetch size) streams the rows instead of holding a million in the driver at once
        c.setAutoCommit(false);
        try (PreparedStatement st =
                c.prepareStatement("SELECT id, feature::text, version, changed_by FROM events ORDER BY seq")) {
            st.setFetchSize(10_000);
            try (ResultSet r = st.executeQuery()) {
                int index = 0;
                while (r.next()) {
                    String id = r.getString(1);
                    try {
                        events.put(id, read(json, id, r.getString(2), r.getLong(3), r.getString(4)));
                    } catch (FeatureJson.BadFeature bad) {
                        problems.add(new RecordProblem(name, index, id, bad.pointer(), bad.getMessage()));
                        unreadable.add(r.getString(2));
                    }
                    index++;
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(auto);
        }
        return new Loaded(events, problems, unreadable);
    }

    /**
     * How many rows the events table has, readable or not: those with a position and days from the monthly counts
     * (thousands of rows, not a million), the others through their partial index (migration V3).
     */
    static int count(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                        "SELECT (SELECT coalesce(sum(starts), 0) FROM event_cell_months)"
                                + " + (SELECT count(*) FROM events WHERE position IS NULL OR day_from IS NULL OR day_to < day_from)");
                ResultSet r = st.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    /** The collection's members besides its features, in their order. */
    static Map<String, String> collectionMembers(Connection c) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement st =
                        c.prepareStatement("SELECT name, value::text FROM collection_members ORDER BY position");
                ResultSet r = st.executeQuery()) {
            while (r.next()) out.put(r.getString(1), r.getString(2));
        }
        return out;
    }

    /** The row with this id, or null if there is none. */
    static Held one(Connection c, String id) throws SQLException, FeatureJson.BadFeature {
        try (PreparedStatement st =
                c.prepareStatement("SELECT feature::text, version, changed_by FROM events WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet r = st.executeQuery()) {
                return r.next() ? read(new FeatureJson(), id, r.getString(1), r.getLong(2), r.getString(3)) : null;
            }
        }
    }

    /** Version {@code version} of the event with this id as the history keeps it, or null if it keeps none. */
    static Held version(Connection c, String id, long version) throws SQLException, FeatureJson.BadFeature {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT feature::text, changed_by FROM event_history WHERE id = ? AND version = ? ORDER BY seq DESC LIMIT 1")) {
            st.setString(1, id);
            st.setLong(2, version);
            try (ResultSet r = st.executeQuery()) {
                return r.next() ? read(new FeatureJson(), id, r.getString(1), version, r.getString(2)) : null;
            }
        }
    }

    static Held read(FeatureJson json, String id, String feature, long version, String changedBy)
            throws FeatureJson.BadFeature {
        FeatureJson.Read read = json.read(feature);
        if (!read.event().id().equals(id))
            throw new FeatureJson.BadFeature(
                    "/properties/id",
                    id,
                    "the feature's id \"" + read.event().id() + "\" differs from the row's id \"" + id + "\"");
        return new Held(read.event(), version, changedBy, read.featureMembers());
    }
}
