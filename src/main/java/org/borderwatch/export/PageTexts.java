package org.borderwatch.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Source;

/**
 * The words of an exported page: the default title says what is shown, the default subtitle
 * when and how many; the info panel states the filters in effect; the footer credits the base map
 * and the publishers the events rest on.
 */
final class PageTexts {
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int MAX_PUBLISHERS = 6;

    private PageTexts() {}

    static String title(ExportRequest r) {
        if (r.title() != null) return r.title();
        return defaultTitle(r.kinds().isEmpty() ? List.of(EventKind.values()) : r.kinds(), r.categories());
    }

    /** "Incidents and deployments in the Serbia–Kosovo border region", with the categories if any. */
    static String defaultTitle(Collection<EventKind> kinds, Collection<String> categories) {
        List<String> words = kinds.stream().sorted().map(PageTexts::plural).toList();
        String what = words.isEmpty()
                ? "No events"
                : words.size() == 1
                        ? words.get(0)
                        : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
        what = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        // sorted, so the same categories always give the same title
        if (!categories.isEmpty()) what += " (" + String.join(", ", new TreeSet<>(categories)) + ")";
        return what + " in the Serbia–Kosovo border region";
    }

    static String subtitle(ExportRequest r, int eventsShown) {
        if (r.subtitle() != null) return r.subtitle();
        return defaultSubtitle(r.from(), r.to(), eventsShown);
    }

    /** "1 September – 31 October 2023 · 12 events shown". */
    static String defaultSubtitle(LocalDate from, LocalDate to, int eventsShown) {
        String count = eventsShown == 1 ? "1 event shown" : String.format(Locale.ROOT, "%,d events shown", eventsShown);
        return dateRange(from, to) + " · " + count;
    }

    /** "1 September – 31 October 2023", "since 1 September 2023", "all dates". */
    static String dateRange(LocalDate from, LocalDate to) {
        if (from == null && to == null) return "All dates";
        if (from == null) return "Until " + DAY_MONTH_YEAR.format(to);
        if (to == null) return "Since " + DAY_MONTH_YEAR.format(from);
        if (from.equals(to)) return DAY_MONTH_YEAR.format(from);
        return (from.getYear() == to.getYear() ? DAY_MONTH.format(from) : DAY_MONTH_YEAR.format(from)) + " – "
                + DAY_MONTH_YEAR.format(to);
    }

    /** The filters in effect, one per line, for the panel beside the legend. */
    static String info(ExportRequest r, String crsName, int selectedShown) {
        String kinds = r.kinds().isEmpty()
                ? "all"
                : r.kinds().stream().sorted().map(PageTexts::plural).collect(Collectors.joining(", "));
        String categories = r.categories().isEmpty() ? "all" : String.join(", ", r.categories());
        StringBuilder b = new StringBuilder();
        b.append("Dates: ").append(dateRange(r.from(), r.to())).append('\n');
        b.append("Kinds: ").append(kinds).append('\n');
        b.append("Categories: ").append(categories).append('\n');
        if (!r.actors().isEmpty())
            b.append("Actors: ")
                    .append(String.join(", ", new TreeSet<>(r.actors())))
                    .append('\n');
        if (!r.confidences().isEmpty())
            b.append("Confidence: ")
                    .append(r.confidences().stream()
                            .sorted()
                            .map(Confidence::jsonName)
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        if (!r.text().isEmpty()) b.append("Matching: “").append(r.text()).append("”\n");
        if (!r.inGsz().isEmpty())
            b.append("Ground Safety Zone: ")
                    .append(r.inGsz().stream().sorted().map(m -> m.label()).collect(Collectors.joining(" or ")))
                    .append('\n');
        if (!r.selectedIds().isEmpty())
            b.append("Labelled: ")
                    .append(selectedShown)
                    .append(" of ")
                    .append(r.selectedIds().size())
                    .append(" selected events")
                    .append('\n');
        if (!r.annotations().isEmpty())
            b.append("Annotations: ").append(r.annotations().size()).append('\n');
        b.append("Projection: ").append(crsName).append(" (").append(r.crs()).append(')');
        return b.toString();
    }

    /** Base map credit, then the event store and the publishers most cited by the events shown. */
    static String sources(String attribution, ExportRequest r, List<Event> shown) {
        StringBuilder b = new StringBuilder("Base map: ").append(attribution.strip());
        if (r.store() != null) {
            b.append(" · Events: ").append(r.store());
            if (r.storeSha256() != null)
                b.append(" (SHA-256 ").append(r.storeSha256(), 0, 12).append(')');
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Event e : shown)
                for (Source s : e.sources())
                    if (s.publisher() != null && !s.publisher().isBlank()) counts.merge(s.publisher(), 1, Integer::sum);
            if (!counts.isEmpty()) {
                List<String> top = counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue()
                                .reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .limit(MAX_PUBLISHERS)
                        .map(Map.Entry::getKey)
                        .toList();
                b.append(", reported by ").append(String.join(", ", top));
                if (counts.size() > MAX_PUBLISHERS)
                    b.append(" and ").append(counts.size() - MAX_PUBLISHERS).append(" more");
            }
        }
        return b.toString();
    }

    static String stamp(Instant at, String software) {
        return "Exported " + STAMP.format(at) + " · " + software;
    }

    static String plural(EventKind k) {
        return switch (k) {
            case INCIDENT -> "incidents";
            case DEPLOYMENT -> "deployments";
            case DIPLOMATIC -> "diplomatic events";
        };
    }
}
