package org.borderwatch.events.acled;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.DatePrecision;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;
import org.borderwatch.io.AtomicFile;

/**
 * Writes events as ACLED's CSV export (reading is {@link ConflictCsv}'s). Events imported from ACLED get back
 * the columns they came with, kept in their "acled" property; others are mapped from kind and category, with
 * the summary as notes, the tags as tags, the sources as publisher and URL in source, and the date's precision
 * as time_precision. What ACLED's columns cannot hold is counted and named by {@link #losses}.
 */
public final class AcledCsv {

    /** The columns written, in order: ACLED's names. */
    public static final List<String> COLUMNS = List.of(
            "event_id_cnty",
            "event_date",
            "time_precision",
            "event_type",
            "sub_event_type",
            "actor1",
            "actor2",
            "admin1",
            "admin2",
            "admin3",
            "location",
            "country",
            "latitude",
            "longitude",
            "geo_precision",
            "source",
            "notes",
            "fatalities",
            "tags");

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * Writes events as ACLED CSV with {@link #COLUMNS}, then any further ACLED columns imported events kept.
     * Events imported from ACLED get back their own event_type, actors, admin areas, geo_precision and
     * source; others are mapped from kind and category.
     *
     * @throws IOException if the file cannot be written
     */
    public void write(Writer out, Iterable<Event> events) throws IOException {
        write(out, events, Map.of());
    }

    /**
     * Writes events as {@link #write(Writer, Iterable)} does, then a column for each of {@code added} (ours, not
     * ACLED's: the boundary distance, how the point is known), in the map's order.
     *
     * @throws IOException if the file cannot be written
     */
    public void write(Writer out, Iterable<Event> events, Map<String, java.util.function.Function<Event, String>> added)
            throws IOException {
        List<String> further = furtherColumns(events);
        further.removeAll(added.keySet());
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(further);
        header.addAll(added.keySet());
        // not closed: the writer belongs to the caller, who may still force it to disk
        CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setHeader(header.toArray(String[]::new))
                .build()
                .print(out);
        for (Event e : events) {
            Map<String, String> kept = kept(e);
            List<String> cells = row(e, kept);
            for (String column : further) cells.add(kept.getOrDefault(column, ""));
            for (java.util.function.Function<Event, String> column : added.values()) cells.add(column.apply(e));
            csv.printRecord(cells);
        }
        csv.flush();
    }

    /**
     * Writes events to an ACLED CSV file atomically (temporary file, fsync, rename).
     *
     * @throws IOException if the file cannot be written; a previous file is then left as it was
     */
    public void write(Path csv, Iterable<Event> events) throws IOException {
        write(csv, events, Map.of());
    }

    /**
     * Writes events with {@code added} columns to an ACLED CSV file atomically (temporary file, fsync, rename).
     *
     * @throws IOException if the file cannot be written; a previous file is then left as it was
     */
    public void write(Path csv, Iterable<Event> events, Map<String, java.util.function.Function<Event, String>> added)
            throws IOException {
        AtomicFile.writeKeepingBackup(csv, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(w, events, added);
            w.flush();
        });
    }

    /** ACLED columns beyond {@link #COLUMNS} that imported events kept (year, iso, timestamp, ...), in order met. */
    private List<String> furtherColumns(Iterable<Event> events) throws IOException {
        Set<String> further = new java.util.LinkedHashSet<>();
        for (Event e : events) {
            for (String column : kept(e).keySet()) if (!COLUMNS.contains(column)) further.add(column);
        }
        return new ArrayList<>(further);
    }

    private Map<String, String> kept(Event e) throws IOException {
        Map<String, String> kept = new LinkedHashMap<>();
        String acled = e.extra().get("acled");
        if (acled != null)
            mapper.readTree(acled)
                    .fields()
                    .forEachRemaining(f -> kept.put(f.getKey(), f.getValue().asText()));
        return kept;
    }

    private List<String> row(Event e, Map<String, String> kept) {
        AcledMapping.AcledType type = AcledMapping.toAcled(e.kind(), e.category());
        Place place = e.location() == null ? new Place(null, null, null) : e.location();
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(e.id());
        cells.add(e.date().day().toString());
        cells.add(
                switch (e.date().precision()) {
                    case DAY -> "1";
                    case WEEK -> "2";
                    // ACLED has no coarser precision than the month
                    case MONTH, YEAR -> "3";
                });
        cells.add(kept.getOrDefault("event_type", type.eventType()));
        cells.add(kept.getOrDefault("sub_event_type", type.subEventType()));
        cells.add(kept.getOrDefault(
                "actor1", e.actors().isEmpty() ? "" : e.actors().get(0)));
        cells.add(kept.getOrDefault(
                "actor2", e.actors().size() < 2 ? "" : e.actors().get(1)));
        cells.add(kept.getOrDefault("admin1", ""));
        cells.add(nullToEmpty(place.municipality()));
        cells.add(kept.getOrDefault("admin3", ""));
        cells.add(nullToEmpty(place.place()));
        cells.add(nullToEmpty(place.country()));
        cells.add(Double.toString(e.lat()));
        cells.add(Double.toString(e.lon()));
        cells.add(kept.getOrDefault("geo_precision", AcledMapping.toGeoPrecision(e.precision())));
        cells.add(kept.getOrDefault("source", sources(e)));
        cells.add(e.summary());
        cells.add(e.casualties().killed() == null ? "" : e.casualties().killed().toString());
        // an ACLED row's own tags are in kept; "acled", which the import adds, is not ACLED's
        cells.add(kept.getOrDefault("tags", e.extra().containsKey("acled") ? "" : String.join("; ", e.tags())));
        return cells;
    }

    /** "Reuters (https://…); Koha (https://…)": publisher and URL of each source, which ACLED's source column can hold. */
    private static String sources(Event e) {
        List<String> parts = new ArrayList<>();
        for (Source s : e.sources()) {
            String part = (s.publisher() == null ? "" : s.publisher() + " ") + "(" + s.url() + ")";
            if (!parts.contains(part.strip())) parts.add(part.strip());
        }
        return String.join("; ", parts);
    }

    /**
     * What a CSV export of {@code events} leaves out because ACLED's columns cannot hold it, each with the number of
     * events it concerns ("titles of 12 events"); empty when nothing is lost. Events imported from ACLED lose nothing
     * they came with.
     */
    public static List<String> losses(Iterable<Event> events) {
        Map<String, Integer> lost = new LinkedHashMap<>();
        for (Event e : events) {
            boolean fromAcled = e.extra().containsKey("acled");
            if (!fromAcled) count(lost, "titles");
            if (e.end() != null) count(lost, "end dates");
            if (e.date().text().length() > 10) count(lost, "times of day");
            if (e.date().precision() == DatePrecision.YEAR)
                count(lost, "dates known only to the year (written as to the month)");
            if (!e.isPoint()) count(lost, "line and area shapes (written as their centre)");
            if (e.precision().level() == Precision.Level.APPROXIMATE) count(lost, "uncertainty radii");
            Casualties c = e.casualties();
            if (c.injured() != null || c.arrested() != null) count(lost, "injured and arrested counts");
            if (!c.bySide().isEmpty()) count(lost, "casualties per side");
            if (c.killedLow() != null || c.killedHigh() != null) count(lost, "low and high estimates of killed");
            if (!e.equipment().isEmpty()) count(lost, "equipment");
            if (e.actors().size() > 2) count(lost, "actors beyond the second");
            if (!fromAcled && e.sources().stream().anyMatch(s -> s.title() != null || s.date() != null))
                count(lost, "source titles and dates");
            if (e.confidence() != Confidence.REPORTED) count(lost, "confidence");
            if (e.extra().keySet().stream().anyMatch(k -> !k.equals("acled"))) count(lost, "properties of other tools");
        }
        List<String> out = new ArrayList<>();
        lost.forEach((what, n) -> out.add(what + " of " + n + (n == 1 ? " event" : " events")));
        return out;
    }

    private static void count(Map<String, Integer> lost, String what) {
        lost.merge(what, 1, Integer::sum);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
