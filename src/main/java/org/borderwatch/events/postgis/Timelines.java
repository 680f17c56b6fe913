package org.borderwatch.events.postgis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.model.Event;
import org.locationtech.jts.geom.Envelope;

/**
 * The timeline of a view: its events per day whatever the filter's dates, counted in the database as the map's
 * counts are. A wide view filtered by kinds alone sums {@code event_cells} per day; any other filter groups the
 * events' spans in SQL (the free text, as for the counts, through the app's own predicate on the rows SQL narrowed).
 */
final class Timelines {

    private Timelines() {}

    /** Per day, oldest first, the events of {@code area} passing {@code filter} but its dates. */
    static List<DayCount> of(Connection c, Envelope area, EventFilter filter) throws SQLException {
        EventFilter undated = filter.withDates(null, null);
        boolean wide = area.getWidth() >= ViewQueries.WIDE_DEG || area.getHeight() >= ViewQueries.WIDE_DEG;
        if (wide
                && undated.categories() == null
                && undated.confidences() == null
                && undated.actors() == null
                && undated.text().isEmpty()) return stored(c, area, undated);
        Map<List<LocalDate>, Integer> spans = new TreeMap<>((a, b) -> {
            int first = a.get(0).compareTo(b.get(0));
            return first != 0 ? first : a.get(1).compareTo(b.get(1));
        });
        ViewQueries.Where w = new ViewQueries.Where(area, undated);
        if (!undated.text().isEmpty()) {
            for (Rows.Held h : ViewQueries.rows(c, w, undated)) {
                Event e = h.event();
                spans.merge(List.of(e.date().day(), e.lastDay()), 1, Integer::sum);
            }
            return days(spans);
        }
        try (PreparedStatement st = c.prepareStatement("SELECT day_from, greatest(day_to, day_from), count(*)"
                + " FROM events WHERE " + w.sql() + " GROUP BY 1, 2")) {
            w.bind(c, st, 1);
            try (ResultSet r = st.executeQuery()) {
                while (r.next())
                    spans.put(List.of(r.getObject(1, LocalDate.class), r.getObject(2, LocalDate.class)), r.getInt(3));
            }
        }
        return days(spans);
    }

    private static List<DayCount> stored(Connection c, Envelope area, EventFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT day, sum(" + ViewQueries.kindSum(filter.kinds(), "starts") + "), sum("
                + ViewQueries.kindSum(filter.kinds(), "carried") + ") FROM event_cells WHERE true"
                + ViewQueries.cellsIn(area, params) + " GROUP BY day ORDER BY day";
        List<DayCount> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) st.setObject(i + 1, params.get(i));
            try (ResultSet r = st.executeQuery()) {
                while (r.next()) {
                    int starts = r.getInt(2), carried = r.getInt(3);
                    if (starts > 0 || carried > 0)
                        out.add(new DayCount(r.getObject(1, LocalDate.class), starts, carried));
                }
            }
        }
        return out;
    }

    /** Spans [first, last] with their numbers of events, as starts per day and carried per later day of each span. */
    static List<DayCount> days(Map<List<LocalDate>, Integer> spans) {
        if (spans.isEmpty()) return List.of();
        LocalDate first = LocalDate.MAX, last = LocalDate.MIN;
        for (List<LocalDate> s : spans.keySet()) {
            if (s.get(0).isBefore(first)) first = s.get(0);
            if (s.get(1).isAfter(last)) last = s.get(1);
        }
        int n = (int) ChronoUnit.DAYS.between(first, last) + 2;
        int[] starts = new int[n];
        int[] carriedSteps = new int[n + 1];
        for (Map.Entry<List<LocalDate>, Integer> s : spans.entrySet()) {
            int from = (int) ChronoUnit.DAYS.between(first, s.getKey().get(0));
            int to = (int) ChronoUnit.DAYS.between(first, s.getKey().get(1));
            starts[from] += s.getValue();
            carriedSteps[from + 1] += s.getValue();
            carriedSteps[to + 1] -= s.getValue();
        }
        List<DayCount> out = new ArrayList<>();
        int carried = 0;
        for (int d = 0; d < n; d++) {
            carried += carriedSteps[d];
            if (starts[d] > 0 || carried > 0) out.add(new DayCount(first.plusDays(d), starts[d], carried));
        }
        return out;
    }
}
