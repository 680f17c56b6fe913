package org.borderwatch.ui.details;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.DatePrecision;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.Precision;

/**
 * The words the table, the details panel and the tooltips use for an event's fields, so a date or a
 * casualty count reads the same everywhere. Unknown values say so: a null count is "unknown", never 0.
 */
public final class EventText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private EventText() {}

    public static String day(LocalDate d) {
        return d.format(DAY);
    }

    /**
     * "24 Sep 2023"; a span as short as it reads unambiguously: "24–26 Sep 2023", "29 Dec 2022 – 5 Jan 2023";
     * a date known only roughly says so: "24 Sep 2023 (within a week)".
     */
    public static String dates(Event e) {
        return span(e) + precision(e.date().precision());
    }

    private static String span(Event e) {
        LocalDate a = e.date().day();
        if (e.end() == null || e.end().day().equals(a)) return day(a);
        LocalDate b = e.end().day();
        if (a.getYear() != b.getYear()) return day(a) + " – " + day(b);
        if (a.getMonth() != b.getMonth()) return a.format(DAY_MONTH) + " – " + day(b);
        return a.getDayOfMonth() + "–" + day(b);
    }

    /** "", " (within a week)", " (within a month)", " (within a year)". */
    static String precision(DatePrecision p) {
        return p == DatePrecision.DAY ? "" : " (within a " + p.jsonName() + ")";
    }

    /** The dates with the span's length and the store's own text when it carries a time of day. */
    static String datesInFull(Event e) {
        StringBuilder s = new StringBuilder(span(e));
        if (e.end() != null && !e.end().day().equals(e.date().day()))
            s.append(" (")
                    .append(ChronoUnit.DAYS.between(e.date().day(), e.end().day()) + 1)
                    .append(" days)");
        if (e.date().precision() != DatePrecision.DAY)
            s.append("\ndate known to the ")
                    .append(e.date().precision().jsonName())
                    .append(", not the day");
        if (e.date().text().length() > 10) s.append("\nstarts ").append(e.date().text());
        if (e.end() != null && e.end().text().length() > 10)
            s.append("\nends ").append(e.end().text());
        return s.toString();
    }

    public static String kind(EventKind kind) {
        return switch (kind) {
            case INCIDENT -> "Incident";
            case DEPLOYMENT -> "Deployment";
            case DIPLOMATIC -> "Diplomatic";
        };
    }

    /** "1 incident", "3 deployments", "2 diplomatic": the kind's noun for a count (without the number). */
    public static String kindCount(EventKind kind, int count) {
        return switch (kind) {
            case INCIDENT -> count == 1 ? "incident" : "incidents";
            case DEPLOYMENT -> count == 1 ? "deployment" : "deployments";
            case DIPLOMATIC -> "diplomatic";
        };
    }

    /** "border_closure" → "border closure". */
    public static String category(String category) {
        return category.replace('_', ' ');
    }

    /** "Banjska, Zvečan, Kosovo", skipping parts the store leaves out and repeats such as "Raška, Raška". */
    static String place(Place p) {
        if (p == null) return "";
        List<String> parts = new ArrayList<>(3);
        for (String part : new String[] {p.place(), p.municipality(), p.country()})
            if (part != null && !part.isBlank() && !parts.contains(part)) parts.add(part);
        return String.join(", ", parts);
    }

    /** "exact", "approximate, within 2 km", "settlement (the place's centre)", "region, about 40 km". */
    static String precision(Precision p) {
        String within = p.radiusKm() > 0 ? ", within " + km(p.radiusKm()) + " km" : "";
        return switch (p.level()) {
            case EXACT -> "exact";
            case APPROXIMATE -> "approximate, within " + km(p.radiusKm()) + " km";
            case SETTLEMENT -> "settlement (the place's centre)" + within;
            case MUNICIPALITY -> "municipality (its seat)" + within;
            case REGION -> "region (a point standing for an area)" + within;
        };
    }

    /**
     * "4 killed, 1 injured, 3 arrested", naming unknown counts only when some count is known; a range of
     * estimates follows the killed count: "12 killed (estimates 10–15)".
     */
    static String casualties(Casualties c) {
        if (c.killed() == null && c.injured() == null && c.arrested() == null) return "none reported";
        String range = c.killedLow() == null && c.killedHigh() == null
                ? ""
                : " (estimates " + (c.killedLow() == null ? "?" : c.killedLow()) + "–"
                        + (c.killedHigh() == null ? "?" : c.killedHigh()) + ")";
        return count(c.killed(), "killed") + range + ", " + count(c.injured(), "injured") + ", "
                + count(c.arrested(), "arrested");
    }

    /** "Kosovo Police: 1 killed, 1 injured" (only the counts the side has). */
    static String side(Casualties.SideCount s) {
        List<String> parts = new ArrayList<>(3);
        if (s.killed() != null) parts.add(s.killed() + " killed");
        if (s.injured() != null) parts.add(s.injured() + " injured");
        if (s.arrested() != null) parts.add(s.arrested() + " arrested");
        return s.side() + ": " + (parts.isEmpty() ? "no counts" : String.join(", ", parts));
    }

    private static String count(Integer n, String what) {
        return (n == null ? "unknown" : n.toString()) + " " + what;
    }

    /** Up to one decimal, without a trailing ".0". */
    static String km(double km) {
        return km == Math.rint(km) && km < 1e6 ? Long.toString((long) km) : String.format(Locale.ROOT, "%.1f", km);
    }
}
