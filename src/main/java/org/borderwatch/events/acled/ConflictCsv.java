package org.borderwatch.events.acled;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.borderwatch.events.EventStoreException;
import org.borderwatch.events.model.Event;

/**
 * Reads the conflict data analysts pass around as CSV: ACLED exports of every generation (2015's upper-case
 * headers to 2024's text interaction labels) and UCDP's GED, as Excel, R and pandas leave them. The data set is
 * recognised from the header; columns are matched by name wherever they stand; the encoding, delimiter and date
 * format are found from the file and said in {@link CsvImport#notes()}. A row that cannot be an event is refused
 * with its line and reason and the rest are read; rows repeating an event id at the same day and place (ACLED's
 * actor-per-row form) are merged into one event with every actor. Never throws for a file's content except when
 * nothing in it can be read.
 */
public final class ConflictCsv {

    /** What a store id may not hold; such characters become '-'. */
    private static final java.util.regex.Pattern NOT_ID = java.util.regex.Pattern.compile("[^A-Za-z0-9._:-]");

    private static final List<CsvDialect> DIALECTS = List.of(new UcdpRows(), new AcledRows());

    /**
     * Reads {@code csv}.
     *
     * @param encoding the file's encoding, or null to detect it
     * @throws EventStoreException if the file cannot be read, cannot be decoded, or is neither ACLED nor UCDP GED
     *     (the message names the line and byte, or the missing columns)
     */
    public CsvImport read(Path csv, Charset encoding) throws EventStoreException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(csv);
        } catch (IOException e) {
            throw new EventStoreException(csv, "cannot read: " + e.getMessage(), e);
        }
        return read(csv, bytes, encoding);
    }

    /**
     * Reads {@code bytes} as the content of a file named {@code name}.
     *
     * @throws EventStoreException as {@link #read(Path, Charset)}
     */
    public CsvImport read(Path name, byte[] bytes, Charset encoding) throws EventStoreException {
        CsvTable table = CsvTable.read(name, bytes, encoding);
        CsvDialect dialect = null;
        for (CsvDialect d : DIALECTS) if (d.recognises(new CsvColumns(table.header, d.aliases()))) dialect = d;
        if (dialect == null)
            throw new EventStoreException(
                    name,
                    "is neither an ACLED export (it needs event_id_cnty, event_date, event_type, "
                            + "latitude, longitude) nor a UCDP GED file (id, where_prec, date_start, best, …); its columns are "
                            + String.join(", ", table.header.subList(0, Math.min(12, table.header.size())))
                            + (table.header.size() > 12 ? ", …" : ""));
        CsvColumns columns = new CsvColumns(table.header, dialect.aliases());
        List<String> missing =
                dialect.required().stream().filter(c -> !columns.has(c)).toList();
        if (!missing.isEmpty())
            throw new EventStoreException(
                    name,
                    "looks like " + dialect.name() + " but lacks the column" + (missing.size() == 1 ? " " : "s ")
                            + String.join(", ", missing));

        List<String> notes = new ArrayList<>();
        notes.add("encoding " + table.encoding + (table.encodingNote == null ? "" : ": " + table.encodingNote));
        notes.addAll(dialect.notes(columns));
        if (table.delimiter != ',')
            notes.add("cells separated by " + (table.delimiter == '\t' ? "tabs" : "'" + table.delimiter + "'"));
        List<CsvImport.Refusal> refused = new ArrayList<>();
        for (CsvTable.Break b : table.breaks)
            refused.add(new CsvImport.Refusal(b.line(), null, null, "cannot be split into cells", b.message()));

        List<CsvDates.Result> dates = detectDates(dialect, columns, table, notes);
        List<Event> events = new ArrayList<>();
        Map<String, Integer> byId = new HashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        int merged = 0;
        int perRow = dialect.dateColumns().size();
        for (int r = 0; r < table.rows.size(); r++) {
            CsvTable.Row row = table.rows.get(r);
            String id =
                    NOT_ID.matcher(columns.get(row.cells(), dialect.idColumn())).replaceAll("-");
            try {
                if (row.cells().size() < columns.width())
                    throw new RowRefused(
                            null,
                            "short row",
                            "has " + row.cells().size() + " cells, the header names " + columns.width());
                if (row.cells().size() > columns.width()
                        && !row.cells().subList(columns.width(), row.cells().size()).stream()
                                .allMatch(String::isBlank))
                    throw new RowRefused(
                            null,
                            "long row",
                            "has " + row.cells().size() + " cells, the header names " + columns.width()
                                    + " (an unquoted delimiter in a cell?)");
                if (id.isEmpty())
                    throw new RowRefused(dialect.idColumn(), "no event id", dialect.idColumn() + " is empty");
                List<LocalDate> days = new ArrayList<>(perRow);
                for (int k = 0; k < perRow; k++) {
                    String column = dialect.dateColumns().get(k);
                    CsvDates.Result d = dates.get(r * perRow + k);
                    if (d.problem() != null && !columns.get(row.cells(), column).isEmpty())
                        throw new RowRefused(
                                column,
                                d.ambiguous() ? "date ambiguous" : "date not readable",
                                column + " " + d.problem());
                    days.add(d.day());
                }
                Event e = dialect.toEvent(columns, row.cells(), id, days);
                Integer earlier = byId.get(id);
                if (earlier == null) {
                    byId.put(id, events.size());
                    lineOf.put(id, row.line());
                    events.add(e);
                } else {
                    events.set(earlier, merge(events.get(earlier), e, lineOf.get(id)));
                    merged++;
                }
            } catch (RowRefused bad) {
                refused.add(new CsvImport.Refusal(row.line(), id, bad.column(), bad.reason(), bad.getMessage()));
            }
        }
        refused.sort(java.util.Comparator.comparingInt(CsvImport.Refusal::line));
        return new CsvImport(
                name, dialect.name(), notes, table.rows.size() + table.breaks.size(), events, merged, refused);
    }

    private static List<CsvDates.Result> detectDates(
            CsvDialect dialect, CsvColumns columns, CsvTable table, List<String> notes) {
        List<String> texts = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (CsvTable.Row row : table.rows) {
            Integer year = dialect.yearColumn() == null ? null : year(columns.get(row.cells(), dialect.yearColumn()));
            for (String column : dialect.dateColumns()) {
                texts.add(columns.get(row.cells(), column));
                years.add(year);
            }
        }
        CsvDates.Detection found = CsvDates.detect(texts, years);
        if (!found.formats().isEmpty())
            notes.add("dates read as " + found.formats()
                    + (dialect.yearColumn() != null && columns.has(dialect.yearColumn())
                            ? ", checked against " + dialect.yearColumn()
                            : ""));
        return found.results();
    }

    /** A year cell as R or pandas write it ("2020", "2020.0"), or null. */
    private static Integer year(String cell) {
        try {
            double y = Double.parseDouble(cell);
            return y == Math.rint(y) && y > 0 && y < 10000 ? (int) y : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One event of two rows with the same id: the second row's actors join the first's. */
    private static Event merge(Event first, Event second, int firstLine) throws RowRefused {
        if (!first.date().equals(second.date())
                || Double.compare(first.lon(), second.lon()) != 0
                || Double.compare(first.lat(), second.lat()) != 0)
            throw new RowRefused(
                    null,
                    "event id repeated with another date or place",
                    "repeats the id of line " + firstLine + " with another date or place");
        LinkedHashSet<String> actors = new LinkedHashSet<>(first.actors());
        actors.addAll(second.actors());
        return Objects.equals(List.copyOf(actors), first.actors()) ? first : first.withActors(List.copyOf(actors));
    }
}
