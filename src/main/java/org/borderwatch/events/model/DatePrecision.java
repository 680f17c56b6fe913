package org.borderwatch.events.model;

import java.util.Locale;

/**
 * How exactly an event's date is known. Conflict data sets code an approximate date as one day and say
 * apart how far to trust it (ACLED's time_precision, UCDP's date_prec); keeping that here stops an
 * event known only to the month from reading as an exact day. Written as the store's {@code date_precision}.
 */
public enum DatePrecision {
    DAY,
    WEEK,
    MONTH,
    YEAR;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The precision written as {@code text} in the store.
     *
     * @throws IllegalArgumentException if the text names no precision
     */
    public static DatePrecision fromJson(String text) {
        for (DatePrecision p : values()) if (p.jsonName().equals(text)) return p;
        throw new IllegalArgumentException("date_precision \"" + text + "\" is not one of day, week, month, year");
    }
}
