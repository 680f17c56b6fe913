package org.borderwatch.events.acled;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.borderwatch.events.model.Event;

/** One conflict data set's CSV layout: which columns it needs and how a row becomes an event. */
interface CsvDialect {

    /** The data set's name, as a report shows it. */
    String name();

    /** True if a header with these columns is this data set's. */
    boolean recognises(CsvColumns columns);

    /** Older or other column names in lower case, and the name each stands for. */
    Map<String, String> aliases();

    /** Columns without which no row can be read. */
    List<String> required();

    /** The column that holds each row's event id. */
    String idColumn();

    /** The date columns, read with one format detected over all of them. */
    List<String> dateColumns();

    /** The column whose year settles two-digit years and the order of day and month, or null. */
    String yearColumn();

    /** What the report should say about how this file's columns are read ("no geo_precision column: …"); usually nothing. */
    default List<String> notes(CsvColumns columns) {
        return List.of();
    }

    /**
     * Makes the event of one row.
     *
     * @param dates the row's {@link #dateColumns()}, read; null where the cell is empty
     * @throws RowRefused if the row cannot be an event
     */
    Event toEvent(CsvColumns columns, List<String> cells, String id, List<LocalDate> dates) throws RowRefused;
}
