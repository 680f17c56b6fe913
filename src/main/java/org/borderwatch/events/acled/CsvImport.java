package org.borderwatch.events.acled;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.borderwatch.events.model.Event;

/**
 * What reading a conflict-data CSV found: the format recognised, how the file was read (encoding, delimiter,
 * date format), the events made, how many rows were merged into an event of the same id, and every row refused
 * with its reason. Rows are counted as the file holds them, the header not included.
 */
public record CsvImport(
        Path file, String format, List<String> notes, int rows, List<Event> events, int merged, List<Refusal> refused) {

    /** A row not taken: the line it starts on (from 1), its id when it has one, the column at fault, the reason and the details. */
    public record Refusal(int line, String id, String column, String reason, String detail) {

        /** Reads like {@code acled.csv, line 12 (id XKX1), event_date: "31-02-19" is not a real date}. */
        public String describe(Path file) {
            StringBuilder s = new StringBuilder(String.valueOf(file.getFileName()))
                    .append(", line ")
                    .append(line);
            if (id != null && !id.isEmpty()) s.append(" (id ").append(id).append(')');
            if (column != null && !column.isEmpty()) s.append(", ").append(column);
            return s.append(": ").append(detail).toString();
        }
    }

    public CsvImport {
        notes = List.copyOf(notes);
        events = List.copyOf(events);
        refused = List.copyOf(refused);
    }

    /** The refused rows grouped by reason, reasons in the order first met. */
    public Map<String, List<Refusal>> refusedByReason() {
        Map<String, List<Refusal>> out = new LinkedHashMap<>();
        for (Refusal r : refused)
            out.computeIfAbsent(r.reason(), k -> new ArrayList<>()).add(r);
        return out;
    }

    /**
     * "took 3 of 5 rows as 2 events (1 merged into an event of the same id); refused 2", then one line per reason
     * with its count and first lines.
     */
    public String summary() {
        StringBuilder s = new StringBuilder(String.valueOf(file.getFileName()))
                .append(" (")
                .append(format)
                .append("): took ")
                .append(count(rows - refused.size()))
                .append(" of ")
                .append(count(rows))
                .append(rows == 1 ? " row" : " rows")
                .append(" as ")
                .append(count(events.size()))
                .append(events.size() == 1 ? " event" : " events");
        if (merged > 0) s.append(" (").append(count(merged)).append(" merged into an event of the same id)");
        s.append("; refused ").append(count(refused.size()));
        for (Map.Entry<String, List<Refusal>> reason : refusedByReason().entrySet()) {
            List<Refusal> rs = reason.getValue();
            s.append("\n  ")
                    .append(count(rs.size()))
                    .append(" × ")
                    .append(reason.getKey())
                    .append(": line");
            if (rs.size() > 1) s.append('s');
            for (int i = 0; i < Math.min(rs.size(), 8); i++)
                s.append(i == 0 ? " " : ", ").append(rs.get(i).line());
            if (rs.size() > 8) s.append(", …");
        }
        return s.toString();
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
