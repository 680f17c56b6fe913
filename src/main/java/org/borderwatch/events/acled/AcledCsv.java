package org.borderwatch.events.acled;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.borderwatch.events.AtomicFile;
import org.borderwatch.events.BadRecord;
import org.borderwatch.events.RecordProblem;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventDate;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.Precision;
import org.borderwatch.events.model.Source;

/**
 * Reads and writes ACLED's CSV export. ACLED rows become events of kind and category by
 * {@link AcledMapping}, geo_precision 1/2/3 becomes exact/town/region, notes the summary, fatalities the
 * killed count; the ACLED columns our model has no place for are kept in the property "acled", so an
 * export writes them back as they came.
 */
public final class AcledCsv {

    /** The columns written, in order: ACLED's names. */
    public static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "event_type", "sub_event_type",
            "actor1", "actor2", "admin1", "admin2", "admin3", "location", "country", "latitude", "longitude",
            "geo_precision", "source", "notes", "fatalities");

    private static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "event_type", "latitude", "longitude");
    /** Columns kept verbatim in the "acled" property because no event field holds them as they are. */
    private static final List<String> KEPT = List.of("event_type", "sub_event_type", "actor1", "actor2", "admin1", "admin3",
            "geo_precision", "source");
    private static final String ACLED_URL = "https://acleddata.com/";
    private static final DateTimeFormatter ACLED_LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** Rows read as events, and the rows skipped with their reasons. */
    public record Imported(List<Event> events, List<RecordProblem> problems) {}

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * Reads an ACLED CSV file. A bad row is skipped and reported (row number from 1, column, reason).
     *
     * @throws IOException if the file cannot be read or lacks a required column
     */
    public Imported read(Path csv) throws IOException {
        List<Event> events = new ArrayList<>();
        List<RecordProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).build();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser rows = format.parse(in)) {
            List<String> header = rows.getHeaderNames();
            for (String column : REQUIRED)
                if (!header.contains(column))
                    throw new IOException(csv.getFileName() + ": column " + column + " is missing; ACLED exports name it in the first row");
            for (CSVRecord row : rows) {
                int number = (int) row.getRecordNumber();
                String id = sanitizeId(row.get("event_id_cnty"));
                try {
                    if (!ids.add(id)) throw new BadRecord("event_id_cnty", "duplicate event_id_cnty " + id);
                    events.add(toEvent(row, id, header));
                } catch (BadRecord bad) {
                    problems.add(new RecordProblem(csv, number, id.isEmpty() ? null : id, bad.pointer(), bad.getMessage()));
                }
            }
        }
        return new Imported(events, problems);
    }

    private Event toEvent(CSVRecord row, String id, List<String> header) throws BadRecord {
        if (id.isEmpty()) throw new BadRecord("event_id_cnty", "event_id_cnty is empty");
        String type = row.get("event_type");
        String subType = value(row, header, "sub_event_type");
        AcledMapping.KindCategory kc = AcledMapping.toKindCategory(type, subType);
        if (kc == null) throw new BadRecord("event_type", "event_type \"" + type + "\" is not one of ACLED's six event types");
        LocalDate day = date(row.get("event_date"));
        double lat = number(row.get("latitude"), "latitude", -90, 90);
        double lon = number(row.get("longitude"), "longitude", -180, 180);
        Precision precision = switch (value(row, header, "geo_precision")) {
            case "1" -> new Precision(Precision.Level.EXACT, 0);
            case "2" -> new Precision(Precision.Level.TOWN, 0);
            case "3" -> new Precision(Precision.Level.REGION, 0);
            default -> throw new BadRecord("geo_precision", "geo_precision \"" + value(row, header, "geo_precision")
                    + "\" is not 1, 2 or 3");
        };
        List<String> actors = new ArrayList<>(2);
        for (String column : List.of("actor1", "actor2")) {
            String actor = value(row, header, column);
            if (!actor.isEmpty()) actors.add(actor);
        }
        String place = value(row, header, "location");
        Integer killed = null;
        String fatalities = value(row, header, "fatalities");
        if (!fatalities.isEmpty()) killed = (int) number(fatalities, "fatalities", 0, Integer.MAX_VALUE);
        ObjectNode kept = mapper.createObjectNode();
        // sorted, so the same row read from a file with its columns in another order keeps the same text
        for (String column : header.stream().sorted().toList()) {
            if (KEPT.contains(column) || !COLUMNS.contains(column)) kept.put(column, row.get(column));
        }
        String citing = value(row, header, "source");
        Source source = new Source("ACLED", "ACLED event " + id + (citing.isEmpty() ? "" : ", citing " + citing), ACLED_URL, null);
        String title = (subType.isEmpty() ? type : subType) + (place.isEmpty() ? "" : " in " + place);
        Map<String, String> extra = Map.of("acled", kept.toString());
        return new Event(id, kc.kind(), kc.category(), title, value(row, header, "notes"), new EventDate(day.toString(), day),
                null, new Place(emptyToNull(place), emptyToNull(value(row, header, "admin2")),
                        emptyToNull(value(row, header, "country"))),
                lon, lat, null, precision, List.copyOf(actors),
                killed == null ? null : new Casualties(killed, null, null, List.of()), List.of(), List.of(source),
                Confidence.REPORTED, List.of("acled"), null, extra);
    }

    /**
     * Writes events as ACLED CSV with {@link #COLUMNS}, then any further ACLED columns imported events kept.
     * Events imported from ACLED get back their own event_type, actors, admin areas, geo_precision and
     * source; others are mapped from kind and category.
     *
     * @throws IOException if the file cannot be written
     */
    public void write(Writer out, Iterable<Event> events) throws IOException {
        List<String> further = furtherColumns(events);
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(further);
        // not closed: the writer belongs to the caller, who may still force it to disk
        CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).build().print(out);
        for (Event e : events) {
            Map<String, String> kept = kept(e);
            List<String> cells = row(e, kept);
            for (String column : further) cells.add(kept.getOrDefault(column, ""));
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
        AtomicFile.replace(csv, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(w, events);
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
        if (acled != null) mapper.readTree(acled).fields().forEachRemaining(f -> kept.put(f.getKey(), f.getValue().asText()));
        return kept;
    }

    private List<String> row(Event e, Map<String, String> kept) {
        AcledMapping.AcledType type = AcledMapping.toAcled(e.kind(), e.category());
        Place place = e.location() == null ? new Place(null, null, null) : e.location();
        List<String> cells = new ArrayList<>(COLUMNS.size());
        cells.add(e.id());
        cells.add(e.date().day().toString());
        cells.add(kept.getOrDefault("event_type", type.eventType()));
        cells.add(kept.getOrDefault("sub_event_type", type.subEventType()));
        cells.add(kept.getOrDefault("actor1", e.actors().isEmpty() ? "" : e.actors().get(0)));
        cells.add(kept.getOrDefault("actor2", e.actors().size() < 2 ? "" : e.actors().get(1)));
        cells.add(kept.getOrDefault("admin1", ""));
        cells.add(nullToEmpty(place.municipality()));
        cells.add(kept.getOrDefault("admin3", ""));
        cells.add(nullToEmpty(place.place()));
        cells.add(nullToEmpty(place.country()));
        cells.add(Double.toString(e.lat()));
        cells.add(Double.toString(e.lon()));
        cells.add(kept.getOrDefault("geo_precision", switch (e.precision().level()) {
            case EXACT -> "1";
            case APPROXIMATE, TOWN -> "2";
            case REGION -> "3";
        }));
        cells.add(kept.getOrDefault("source", publishers(e)));
        cells.add(e.summary());
        cells.add(e.casualties().killed() == null ? "" : e.casualties().killed().toString());
        return cells;
    }

    private static String publishers(Event e) {
        List<String> names = new ArrayList<>();
        for (Source s : e.sources()) if (s.publisher() != null && !names.contains(s.publisher())) names.add(s.publisher());
        return String.join("; ", names);
    }

    private static String value(CSVRecord row, List<String> header, String column) {
        return header.contains(column) ? row.get(column).strip() : "";
    }

    private static LocalDate date(String text) throws BadRecord {
        try {
            return text.length() == 10 && text.charAt(4) == '-' ? LocalDate.parse(text) : LocalDate.parse(text, ACLED_LONG_DATE);
        } catch (DateTimeParseException e) {
            throw new BadRecord("event_date", "event_date \"" + text + "\" is neither 2023-09-24 nor 24 September 2023");
        }
    }

    private static double number(String text, String column, double min, double max) throws BadRecord {
        double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRecord(column, column + " \"" + text + "\" is not a number");
        }
        if (!(v >= min && v <= max)) throw new BadRecord(column, column + " " + text + " is outside [" + fmt(min) + ", " + fmt(max) + "]");
        return v;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String sanitizeId(String raw) {
        return raw.strip().replaceAll("[^A-Za-z0-9._:-]", "-");
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
