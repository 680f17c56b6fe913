package org.borderwatch.events;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;
import org.borderwatch.events.model.Place;

/**
 * Which events to show: kinds, categories, actors, confidences, free text and a date range. One
 * filter drives the map, the table, the legend and the counts, and its {@link #describe()} is the
 * default subtitle of an export.
 *
 * <p>A null set means "no restriction"; an empty set lets nothing through (every box unticked).
 * The date range is by span overlap: an event from {@code date} to {@code end} passes when it shares
 * at least one day with [{@code from}, {@code to}], so a deployment shows for its whole span. Free
 * text is split into words; each must occur, ignoring case and accents, in the title, summary,
 * place, actors, tags or id.
 *
 * @param from first day of the range, or null for open
 * @param to   last day of the range, or null for open
 */
public record EventFilter(
        Set<EventKind> kinds,
        Set<String> categories,
        Set<String> actors,
        Set<Confidence> confidences,
        String text,
        LocalDate from,
        LocalDate to) {

    /** The filter that lets every event through. */
    public static final EventFilter ALL = new EventFilter(null, null, null, null, "", null, null);

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** @throws IllegalArgumentException if {@code to} is before {@code from} */
    public EventFilter {
        kinds = kinds == null ? null : Set.copyOf(kinds);
        categories = categories == null ? null : Set.copyOf(categories);
        actors = actors == null ? null : Set.copyOf(actors);
        confidences = confidences == null ? null : Set.copyOf(confidences);
        text = text == null ? "" : text.strip();
        if (from != null && to != null && to.isBefore(from))
            throw new IllegalArgumentException("date range ends (" + to + ") before it starts (" + from + ")");
    }

    /** True if the event passes every part of the filter. For many events, {@link #predicate()} is faster. */
    public boolean test(Event event) {
        return predicate().test(event);
    }

    /** True if the event passes every part but the date range: what the timeline's histogram counts. */
    public boolean testIgnoringDates(Event event) {
        return withDates(null, null).test(event);
    }

    /**
     * This filter as a predicate prepared for a pass over many events: the free text is folded once
     * rather than per event. Each call returns a new predicate; use it from one thread.
     */
    public Predicate<Event> predicate() {
        TextQuery query = text.isEmpty() ? null : new TextQuery(text);
        return event -> {
            if (!event.overlaps(from, to)) return false;
            if (kinds != null && !kinds.contains(event.kind())) return false;
            if (categories != null && !categories.contains(event.category())) return false;
            if (confidences != null && !confidences.contains(event.confidence())) return false;
            if (actors != null && !anyActor(event)) return false;
            return query == null || query.matches(event);
        };
    }

    private boolean anyActor(Event event) {
        for (String actor : event.actors()) if (actors.contains(actor)) return true;
        return false;
    }

    /** True if nothing is restricted: every event passes. */
    public boolean isEmpty() {
        return kinds == null
                && categories == null
                && actors == null
                && confidences == null
                && text.isEmpty()
                && from == null
                && to == null;
    }

    public EventFilter withKinds(Set<EventKind> changed) {
        return new EventFilter(changed, categories, actors, confidences, text, from, to);
    }

    public EventFilter withCategories(Set<String> changed) {
        return new EventFilter(kinds, changed, actors, confidences, text, from, to);
    }

    public EventFilter withActors(Set<String> changed) {
        return new EventFilter(kinds, categories, changed, confidences, text, from, to);
    }

    public EventFilter withConfidences(Set<Confidence> changed) {
        return new EventFilter(kinds, categories, actors, changed, text, from, to);
    }

    public EventFilter withText(String changed) {
        return new EventFilter(kinds, categories, actors, confidences, changed, from, to);
    }

    /** A copy with the date range [first, last]; either may be null for open. */
    public EventFilter withDates(LocalDate first, LocalDate last) {
        return new EventFilter(kinds, categories, actors, confidences, text, first, last);
    }

    /**
     * The filter in words, for a subtitle or a status line: "incidents and deployments, 1 Sep – 31 Oct 2023",
     * "all events", or "confirmed incidents matching “banjska”, from 24 Sep 2023".
     */
    public String describe() {
        if (isEmpty(kinds) || isEmpty(confidences) || isEmpty(categories)) return "no events";
        List<String> parts = new ArrayList<>();
        String confidence = confidenceWords();
        parts.add(confidence + kindWords(confidence.isEmpty()));
        if (categories != null) parts.add(listWords("category", "categories", categories));
        if (actors != null) parts.add(actors.isEmpty() ? "no actors" : "involving " + joinOr(new TreeSet<>(actors)));
        if (!text.isEmpty()) parts.add("matching “" + text + "”");
        String dates = dateWords();
        if (!dates.isEmpty()) parts.add(dates);
        return String.join(", ", parts);
    }

    private static boolean isEmpty(Set<?> chosen) {
        return chosen != null && chosen.isEmpty();
    }

    private String kindWords(boolean allConfidences) {
        if (kinds == null || kinds.size() == EventKind.values().length) return allConfidences ? "all events" : "events";
        return joinAnd(Arrays.stream(EventKind.values())
                .filter(kinds::contains)
                .map(EventFilter::plural)
                .toList());
    }

    private String confidenceWords() {
        if (confidences == null || confidences.size() == Confidence.values().length) return "";
        return joinOr(Arrays.stream(Confidence.values())
                        .filter(confidences::contains)
                        .map(Confidence::jsonName)
                        .toList())
                + " ";
    }

    private static String listWords(String one, String many, Collection<String> values) {
        if (values.isEmpty()) return "no " + many;
        List<String> sorted =
                values.stream().sorted().map(v -> v.replace('_', ' ')).toList();
        return (sorted.size() == 1 ? one : many) + " " + joinOr(sorted);
    }

    private String dateWords() {
        if (from == null && to == null) return "";
        if (from == null) return "until " + to.format(DAY_MONTH_YEAR);
        if (to == null) return "from " + from.format(DAY_MONTH_YEAR);
        if (from.equals(to)) return from.format(DAY_MONTH_YEAR);
        return (from.getYear() == to.getYear() ? from.format(DAY_MONTH) : from.format(DAY_MONTH_YEAR)) + " – "
                + to.format(DAY_MONTH_YEAR);
    }

    private static String plural(EventKind kind) {
        return switch (kind) {
            case INCIDENT -> "incidents";
            case DEPLOYMENT -> "deployments";
            case DIPLOMATIC -> "diplomatic events";
        };
    }

    private static String joinAnd(List<String> words) {
        return join(words, " and ");
    }

    private static String joinOr(Collection<String> words) {
        return join(List.copyOf(words), " or ");
    }

    private static String join(List<String> words, String last) {
        if (words.size() <= 1) return String.join("", words);
        return String.join(", ", words.subList(0, words.size() - 1)) + last + words.get(words.size() - 1);
    }

    /**
     * The free text's words, folded once, matched against an event's fields folded character by
     * character into a reused buffer: no string is built per event, so a pass over a million events
     * stays in the hundreds of milliseconds. Not thread-safe.
     */
    private static final class TextQuery {
        /** Folded forms of U+0080..U+024F (Latin-1 Supplement, Latin Extended-A and -B). */
        private static final String[] LATIN = latinFolds();

        private static final char LATIN_END = 0x250;

        private final String[] words;
        private final StringBuilder buffer = new StringBuilder(512);

        TextQuery(String text) {
            words = fold(text).split("\\s+");
        }

        boolean matches(Event event) {
            buffer.setLength(0);
            append(event.id());
            append(event.title());
            append(event.summary());
            Place place = event.location();
            if (place != null) {
                append(place.place());
                append(place.municipality());
                append(place.country());
            }
            for (String actor : event.actors()) append(actor);
            for (String tag : event.tags()) append(tag);
            for (String word : words) if (buffer.indexOf(word) < 0) return false;
            return true;
        }

        private void append(String s) {
            if (s == null) return;
            buffer.append('\n');
            appendFolded(buffer, s);
        }

        static void appendFolded(StringBuilder out, String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 128) out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                else if (c < LATIN_END) out.append(LATIN[c - 128]);
                else out.append(Character.toLowerCase(c));
            }
        }

        private static String[] latinFolds() {
            String[] folds = new String[LATIN_END - 128];
            for (char c = 128; c < LATIN_END; c++) {
                String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                StringBuilder base = new StringBuilder(2);
                for (int i = 0; i < decomposed.length(); i++)
                    if (Character.getType(decomposed.charAt(i)) != Character.NON_SPACING_MARK)
                        base.append(decomposed.charAt(i));
                folds[c - 128] = base.toString().toLowerCase(Locale.ROOT);
            }
            // đ and ł have no decomposition; Serbian Latin spells đ "dj" in plain ASCII
            folds['đ' - 128] = "dj";
            folds['Đ' - 128] = "dj";
            folds['ł' - 128] = "l";
            folds['Ł' - 128] = "l";
            return folds;
        }
    }

    /** Lower case without accents, so "zvecan" finds "Zvečan" and "djakovica" finds "Đakovica". */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        TextQuery.appendFolded(out, s);
        return out.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
