package org.borderwatch.events.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * An ISO 8601 date or date-time as written in the store, and how exactly it is known. The text is kept so a
 * save writes back exactly what was read; {@link #day()} is what filters and the timeline use; {@link #precision()}
 * is {@link DatePrecision#DAY} unless the source said the day stands for a week, month or year.
 */
public record EventDate(String text, LocalDate day, DatePrecision precision) {

    public EventDate {
        if (text == null || day == null) throw new IllegalArgumentException("date text and day are required");
        if (precision == null) precision = DatePrecision.DAY;
    }

    /** A date known to the day. */
    public EventDate(String text, LocalDate day) {
        this(text, day, DatePrecision.DAY);
    }

    /** A date known to the day, written as the ISO day. */
    public static EventDate of(LocalDate day) {
        return new EventDate(day.toString(), day, DatePrecision.DAY);
    }

    /** The same date known only to {@code coarser}. */
    public EventDate within(DatePrecision coarser) {
        return coarser == precision ? this : new EventDate(text, day, coarser);
    }

    /**
     * Parses "2023-09-24", "2023-09-24T03:00:00+02:00" or "2023-09-24T03:00:00Z", of the years 1 to 9999.
     *
     * @throws IllegalArgumentException if the text is neither an ISO date nor an ISO date-time with offset, or its
     *     year is 0 (ISO 8601's year 0 is 1 BC, never a date a source gives)
     */
    public static EventDate parse(String text) {
        if (text == null) throw new IllegalArgumentException("date is missing");
        LocalDate day;
        try {
            day = text.length() == 10
                    ? LocalDate.parse(text)
                    : OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO 8601 date or date-time: \"" + text + "\"", e);
        }
        if (day.getYear() < 1 || day.getYear() > 9999)
            throw new IllegalArgumentException(
                    "\"" + text + "\" has year " + day.getYear() + "; years run from 0001 to 9999");
        return new EventDate(text, day);
    }

    @Override
    public String toString() {
        return text;
    }
}
