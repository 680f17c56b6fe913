package org.borderwatch.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.EventKind;

/**
 * The title and subtitle an export dialog starts with: what the filter shows, and when and how many.
 * The user may change both; the file records what was shown.
 */
final class ExportTexts {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ExportTexts() {}

    /** "Incidents and deployments in the Serbia–Kosovo border region", with the categories if chosen. */
    static String title(EventFilter f) {
        Set<EventKind> kinds = f.kinds() == null ? Set.of(EventKind.values()) : f.kinds();
        List<String> words = new ArrayList<>();
        for (EventKind k : EventKind.values()) if (kinds.contains(k)) words.add(plural(k));
        String what = words.isEmpty() ? "No events" : words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
        what = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        if (f.categories() != null && !f.categories().isEmpty())
            what += " (" + String.join(", ", new java.util.TreeSet<>(f.categories())) + ")";
        return what + " in the Serbia–Kosovo border region";
    }

    /** "1 September – 31 October 2023 · 12 events shown". */
    static String subtitle(EventFilter f, int shown) {
        String count = shown == 1 ? "1 event shown" : String.format(Locale.ROOT, "%,d events shown", shown);
        return dateRange(f.from(), f.to()) + " · " + count;
    }

    static String dateRange(LocalDate from, LocalDate to) {
        if (from == null && to == null) return "All dates";
        if (from == null) return "Until " + DAY_MONTH_YEAR.format(to);
        if (to == null) return "Since " + DAY_MONTH_YEAR.format(from);
        if (from.equals(to)) return DAY_MONTH_YEAR.format(from);
        return (from.getYear() == to.getYear() ? DAY_MONTH.format(from) : DAY_MONTH_YEAR.format(from)) + " – "
                + DAY_MONTH_YEAR.format(to);
    }

    private static String plural(EventKind k) {
        return switch (k) {
            case INCIDENT -> "incidents";
            case DEPLOYMENT -> "deployments";
            case DIPLOMATIC -> "diplomatic events";
        };
    }
}
