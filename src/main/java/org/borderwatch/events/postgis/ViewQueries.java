package org.borderwatch.events.postgis;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.geojson.FeatureJson;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The questions a map view asks the database, answered through its indexes and never by reading every event: the
 * events of an area, dates and filter (GiST on the position with the days and kind beside it, so counting reads no
 * feature), and, for a view holding too many to fetch, counts per grid cell: from {@code event_cells} (migration
 * V3, kept by triggers) for a view a degree or more wide, from the position index for a narrower one.
 *
 * <p>The counts honour the whole filter. Kinds and dates come from the stored cells; categories, confidences and
 * actors are conditions on the events in SQL (actors on the feature's {@code actors} array). Free text is matched
 * by the app's own {@link EventFilter#predicate()} on the rows SQL narrowed by the rest, and counted here: the
 * text's folding (accents, Serbian đ as "dj") would otherwise need a second implementation in SQL, and the
 * {@code unaccent} extension, that could disagree with the file store's. A text filter thus reads the features of
 * the events passing the other filters in view, slower for a wide view of many events but exact.
 */
final class ViewQueries {

    /** The side of {@code event_cells}' cells in degrees; the migration's 0.2. */
    static final double STORED_CELL_DEG = 0.2;
    /** From this width or height in degrees a view is counted from {@code event_cells}, not from the events. */
    static final double WIDE_DEG = 1.0;

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);
    static final Envelope WORLD = new Envelope(-180, 180, -90, 90);

    /** The answer before the store caches the rows it fetched. */
    record Answer(List<Rows.Held> rows, List<ViewCell> cells, int total) {}

    private ViewQueries() {}

    /**
     * The events of {@code area} passing {@code filter} when there are at most {@code limit}, else their counts per
     * cell about {@code cellDeg} degrees wide (never finer than the stored cells for a wide view).
     */
    static Answer view(Connection c, Envelope area, EventFilter filter, int limit, double cellDeg) throws SQLException {
        Envelope where = area == null ? WORLD : area;
        Where w = new Where(where, filter);
        if (!filter.text().isEmpty()) return matched(rows(c, w, filter), limit, cellDeg);
        boolean wide = where.getWidth() >= WIDE_DEG || where.getHeight() >= WIDE_DEG;
        // event_cells knows kinds and days only: other filters count from the events
        boolean stored = wide && filter.categories() == null && filter.confidences() == null && filter.actors() == null;
        // a whole number of stored cells per cell: a fractional one would count one, two or four of them
        double wholeCells = STORED_CELL_DEG * Math.max(1, Math.round(cellDeg / STORED_CELL_DEG));
        List<ViewCell> cells = stored ? storedCells(c, where, filter, wholeCells) : eventCells(c, w, cellDeg);
        int total = 0;
        for (ViewCell cell : cells) total += cell.count();
        if (total <= limit) {
            List<Rows.Held> rows = rows(c, w, filter);
            return new Answer(rows, List.of(), rows.size());
        }
        return new Answer(List.of(), cells, total);
    }

    /** The first {@code limit} events of {@code area} passing {@code filter}, in store order: a page for a table. */
    static List<Rows.Held> page(Connection c, Envelope area, EventFilter filter, int limit) throws SQLException {
        Where w = new Where(area == null ? WORLD : area, filter);
        if (!filter.text().isEmpty()) {
            List<Rows.Held> all = rows(c, w, filter);
            return all.size() <= limit ? all : List.copyOf(all.subList(0, limit));
        }
        try (PreparedStatement st =
                c.prepareStatement("SELECT id, feature::text, version, changed_by FROM events WHERE " + w.sql()
                        + " ORDER BY seq LIMIT ?")) {
            int next = w.bind(c, st, 1);
            st.setInt(next, limit);
            return read(st);
        }
    }

    /**
     * The view of events the whole filter (free text included) let through: themselves when at most {@code limit},
     * else counted per cell of {@code cellDeg} here as the database counts them (floor of position / cell side).
     */
    static Answer matched(List<Rows.Held> rows, int limit, double cellDeg) {
        if (rows.size() <= limit) return new Answer(rows, List.of(), rows.size());
        // row then column, as the database orders its cells
        Map<List<Long>, double[]> byCell = new TreeMap<>(
                Comparator.<List<Long>, Long>comparing(k -> k.get(1)).thenComparing(k -> k.get(0)));
        for (Rows.Held h : rows) {
            Coordinate p = h.event().geometry().getEnvelopeInternal().centre();
            double[] sums = byCell.computeIfAbsent(
                    List.of((long) Math.floor(p.x / cellDeg), (long) Math.floor(p.y / cellDeg)),
                    k -> new double[2 + 1 + EventKind.values().length]);
            sums[0] += p.x;
            sums[1] += p.y;
            sums[2]++;
            sums[3 + h.event().kind().ordinal()]++;
        }
        List<ViewCell> cells = new ArrayList<>(byCell.size());
        for (double[] s : byCell.values()) {
            int n = (int) s[2];
            cells.add(new ViewCell(
                    s[0] / n,
                    s[1] / n,
                    n,
                    (int) s[3 + EventKind.INCIDENT.ordinal()],
                    (int) s[3 + EventKind.DEPLOYMENT.ordinal()],
                    (int) s[3 + EventKind.DIPLOMATIC.ordinal()]));
        }
        return new Answer(List.of(), cells, rows.size());
    }

    /**
     * The events of {@code area} and [{@code from}, {@code to}] (each null: open) passing {@code filter} (null: all),
     * in store order; rows that are not readable events are left out (the load reports them).
     */
    static List<Event> query(Connection c, Envelope area, LocalDate from, LocalDate to, Predicate<Event> filter)
            throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT id, feature::text, version, changed_by FROM events WHERE true");
        if (area != null) sql.append(" AND footprint && ST_MakeEnvelope(?, ?, ?, ?, 4326)");
        if (from != null) sql.append(" AND day_to >= ?");
        if (to != null) sql.append(" AND day_from <= ?");
        sql.append(" ORDER BY seq");
        List<Event> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql.toString())) {
            int i = bindArea(st, 1, area);
            if (from != null) st.setObject(i++, from);
            if (to != null) st.setObject(i, to);
            for (Rows.Held h : read(st)) if (filter == null || filter.test(h.event())) out.add(h.event());
        }
        return out;
    }

    /**
     * Counts from the stored cells: the whole months of [from, to] from {@code event_cell_months}, the days before
     * and after them from {@code event_cells}, and the spans running into the first day as that day's carried.
     */
    private static List<ViewCell> storedCells(Connection c, Envelope area, EventFilter filter, double cellDeg)
            throws SQLException {
        Set<EventKind> kinds = filter.kinds();
        LocalDate from = filter.from() == null ? FIRST : filter.from();
        LocalDate to = filter.to() == null ? LAST : filter.to();
        LocalDate fullFrom =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate fullTo = to.plusDays(1).getDayOfMonth() == 1
                ? to.withDayOfMonth(1)
                : to.withDayOfMonth(1).minusMonths(1);
        boolean months = !fullFrom.isAfter(fullTo);
        List<Object> params = new ArrayList<>();
        params.add(from);
        // the first day's starts are in event_cell_months when it begins a whole month: there it adds its carried only
        params.add(months && fullFrom.equals(from));
        params.add(cellDeg);
        params.add(cellDeg);
        StringBuilder days = new StringBuilder("SELECT cx, cy, ")
                .append(dayTerm(kindSum(kinds, "starts"), kindSum(kinds, "carried")))
                .append(", ");
        for (EventKind k : EventKind.values())
            days.append(counts(kinds, k) ? dayTerm("starts_" + k.jsonName(), "carried_" + k.jsonName()) : "0")
                    .append(", ");
        days.append(dayTerm("starts_lon", "carried_lon"))
                .append(", ")
                .append(dayTerm("starts_lat", "carried_lat"))
                .append(", ")
                .append(dayTerm("starts", "carried"))
                .append(" FROM event_cells, p WHERE (day = p.first");
        // the days outside the whole months: before the first and after the last (all of them without a whole month)
        LocalDate before = months ? fullFrom.minusDays(1) : to;
        if (before.isAfter(from)) {
            days.append(" OR day BETWEEN ? AND ?");
            params.add(from.plusDays(1));
            params.add(before);
        }
        LocalDate after = months ? fullTo.plusMonths(1) : to.plusDays(1);
        if (!after.isAfter(to)) {
            days.append(" OR day BETWEEN ? AND ?");
            params.add(after);
            params.add(to);
        }
        days.append(")").append(cellsIn(area, params));
        String sql = "WITH p AS (SELECT ?::date AS first, ?::boolean AS whole)"
                // float8 throughout: a numeric literal would make the grouping numeric arithmetic, several times slower
                + " SELECT floor((cx + 0.5::float8) * " + STORED_CELL_DEG + "::float8 / ?::float8),"
                + " floor((cy + 0.5::float8) * " + STORED_CELL_DEG
                + "::float8 / ?::float8), sum(n), sum(i), sum(d), sum(g), sum(lon), sum(lat), sum(a) FROM (" + days;
        if (months) {
            StringBuilder m = new StringBuilder(" UNION ALL SELECT cx, cy, ").append(kindSum(kinds, "starts"));
            for (EventKind k : EventKind.values())
                m.append(", ").append(counts(kinds, k) ? "starts_" + k.jsonName() : "0");
            m.append(", starts_lon, starts_lat, starts FROM event_cell_months WHERE month BETWEEN ? AND ?");
            params.add(fullFrom);
            params.add(fullTo);
            m.append(cellsIn(area, params));
            sql += m;
        }
        sql += ") AS t (cx, cy, n, i, d, g, lon, lat, a) GROUP BY 1, 2 ORDER BY 2, 1";
        List<ViewCell> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) st.setObject(i + 1, params.get(i));
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    int count = r.getInt(3);
                    int all = r.getInt(9);
                    if (count <= 0 || all <= 0) continue;
                    out.add(new ViewCell(
                            r.getDouble(7) / all, r.getDouble(8) / all, count, r.getInt(4), r.getInt(5), r.getInt(6)));
                }
            }
        }
        return out;
    }

    /** A day's row in a range: its starts (unless in a whole month) and, on the first day, its carried. */
    private static String dayTerm(String starts, String carried) {
        return "CASE WHEN day = p.first AND p.whole THEN 0 ELSE " + starts + " END + CASE WHEN day = p.first THEN "
                + carried + " ELSE 0 END";
    }

    /** The stored cells meeting {@code area}, as a condition whose values go to {@code params}. */
    static String cellsIn(Envelope area, List<Object> params) {
        params.add((int) Math.floor(area.getMinX() / STORED_CELL_DEG));
        params.add((int) Math.floor(area.getMaxX() / STORED_CELL_DEG));
        params.add((int) Math.floor(area.getMinY() / STORED_CELL_DEG));
        params.add((int) Math.floor(area.getMaxY() / STORED_CELL_DEG));
        return " AND cx BETWEEN ? AND ? AND cy BETWEEN ? AND ?";
    }

    static String kindSum(Collection<EventKind> kinds, String prefix) {
        if (kinds == null) return prefix;
        if (kinds.isEmpty()) return "0";
        return String.join(
                " + ",
                kinds.stream().map(k -> prefix + "_" + k.jsonName()).sorted().toList());
    }

    private static boolean counts(Collection<EventKind> kinds, EventKind kind) {
        return kinds == null || kinds.contains(kind);
    }

    private static List<ViewCell> eventCells(Connection c, Where w, double cellDeg) throws SQLException {
        String sql = "SELECT floor(ST_X(position) / ?), floor(ST_Y(position) / ?), count(*),"
                + " count(*) FILTER (WHERE kind = 'incident'), count(*) FILTER (WHERE kind = 'deployment'),"
                + " count(*) FILTER (WHERE kind = 'diplomatic'), avg(ST_X(position)), avg(ST_Y(position))"
                + " FROM events WHERE " + w.sql() + " GROUP BY 1, 2 ORDER BY 2, 1";
        List<ViewCell> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setDouble(1, cellDeg);
            st.setDouble(2, cellDeg);
            w.bind(c, st, 3);
            try (ResultSet r = st.executeQuery()) {
                while (r.next())
                    out.add(new ViewCell(
                            r.getDouble(7), r.getDouble(8), r.getInt(3), r.getInt(4), r.getInt(5), r.getInt(6)));
            }
        }
        return out;
    }

    static List<Rows.Held> rows(Connection c, Where w, EventFilter filter) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, feature::text, version, changed_by FROM events WHERE " + w.sql() + " ORDER BY seq")) {
            w.bind(c, st, 1);
            Predicate<Event> passes = filter.predicate();
            List<Rows.Held> out = new ArrayList<>();
            for (Rows.Held h : read(st)) if (passes.test(h.event())) out.add(h);
            return out;
        }
    }

    private static List<Rows.Held> read(PreparedStatement st) throws SQLException {
        List<Rows.Held> out = new ArrayList<>();
        FeatureJson json = new FeatureJson();
        try (ResultSet r = st.executeQuery()) {
            while (r.next()) {
                try {
                    out.add(Rows.read(json, r.getString(1), r.getString(2), r.getLong(3), r.getString(4)));
                } catch (FeatureJson.BadFeature bad) {
                    // reported by the load; a view shows what can be shown
                }
            }
        }
        return out;
    }

    static int bindArea(PreparedStatement st, int i, Envelope area) throws SQLException {
        if (area == null) return i;
        st.setDouble(i++, area.getMinX());
        st.setDouble(i++, area.getMinY());
        st.setDouble(i++, area.getMaxX());
        st.setDouble(i++, area.getMaxY());
        return i;
    }

    /** The conditions on the derived columns that a filter sets, with their values. */
    record Where(Envelope area, EventFilter filter) {

        String sql() {
            StringBuilder s =
                    new StringBuilder("position && ST_MakeEnvelope(?, ?, ?, ?, 4326) AND day_to >= ? AND day_from <= ?"
                            // the same days again as a range, which the span index answers for a narrow date range
                            + " AND daterange(day_from, greatest(day_to, day_from), '[]') && daterange(?, ?, '[]')");
            if (filter.kinds() != null) s.append(" AND kind = ANY (?)");
            if (filter.categories() != null) s.append(" AND category = ANY (?)");
            if (filter.confidences() != null) s.append(" AND confidence = ANY (?)");
            if (filter.actors() != null)
                s.append(" AND EXISTS (SELECT FROM json_array_elements_text(CASE WHEN"
                        + " json_typeof(feature -> 'properties' -> 'actors') = 'array'"
                        + " THEN feature -> 'properties' -> 'actors' END) AS a (actor) WHERE a.actor = ANY (?))");
            return s.toString();
        }

        /** Binds the values from parameter {@code first} on; returns the next free parameter's index. */
        int bind(Connection c, PreparedStatement st, int first) throws SQLException {
            int i = bindArea(st, first, area);
            LocalDate from = filter.from() == null ? FIRST : filter.from();
            LocalDate to = filter.to() == null ? LAST : filter.to();
            st.setObject(i++, from);
            st.setObject(i++, to);
            st.setObject(i++, from);
            st.setObject(i++, to);
            if (filter.kinds() != null)
                st.setArray(
                        i++,
                        texts(
                                c,
                                filter.kinds().stream().map(EventKind::jsonName).toList()));
            if (filter.categories() != null) st.setArray(i++, texts(c, List.copyOf(filter.categories())));
            if (filter.confidences() != null)
                st.setArray(
                        i++,
                        texts(
                                c,
                                filter.confidences().stream()
                                        .map(Confidence::jsonName)
                                        .toList()));
            if (filter.actors() != null) st.setArray(i++, texts(c, List.copyOf(filter.actors())));
            return i;
        }

        private static Array texts(Connection c, List<String> values) throws SQLException {
            return c.createArrayOf("text", values.toArray());
        }
    }
}
