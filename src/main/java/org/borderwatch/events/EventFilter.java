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
public record EventFilter(Set<EventKind> kinds, Set<String> categories, Set<String> actors,
        Set<Confidence> confidences, String text, LocalDate from, LocalDate to) {

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

    /** True if the event passes every part of the filter. */
    public boolean test(Event event) {
        return event.overlaps(from, to) && testIgnoringDates(event);
    }

    /** True if the event passes every part but the date range: what the timeline's histogram counts. */
    public boolean testIgnoringDates(Event event) {
        if (kinds != null && !kinds.contains(event.kind())) return false;
        if (categories != null && !categories.contains(event.category())) return false;
        if (confidences != null && !confidences.contains(event.confidence())) return false;
        if (actors != null && event.actors().stream().noneMatch(actors::contains)) return false;
        return text.isEmpty() || matchesText(event);
    }

    /** True if nothing is restricted: every event passes. */
    public boolean isEmpty() {
        return kinds == null && categories == null && actors == null && confidences == null && text.isEmpty()
                && from == null && to == null;
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
        return joinAnd(Arrays.stream(EventKind.values()).filter(kinds::contains).map(EventFilter::plural).toList());
    }

    private String confidenceWords() {
        if (confidences == null || confidences.size() == Confidence.values().length) return "";
        return joinOr(Arrays.stream(Confidence.values()).filter(confidences::contains).map(Confidence::jsonName)
                .toList()) + " ";
    }

    private static String listWords(String one, String many, Collection<String> values) {
        if (values.isEmpty()) return "no " + many;
        List<String> sorted = values.stream().sorted().map(v -> v.replace('_', ' ')).toList();
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

    private boolean matchesText(Event event) {
        String haystack = fold(searchableText(event));
        for (String word : fold(text).split("\\s+"))
            if (!haystack.contains(word)) return false;
        return true;
    }

    private static String searchableText(Event event) {
        StringBuilder s = new StringBuilder(event.title().length() + event.summary().length() + 128);
        s.append(event.id()).append('\n').append(event.title()).append('\n').append(event.summary());
        Place place = event.location();
        if (place != null) {
            if (place.place() != null) s.append('\n').append(place.place());
            if (place.municipality() != null) s.append('\n').append(place.municipality());
            if (place.country() != null) s.append('\n').append(place.country());
        }
        for (String actor : event.actors()) s.append('\n').append(actor);
        for (String tag : event.tags()) s.append('\n').append(tag);
        return s.toString();
    }

    /**
     * Lower case without accents, so "zvecan" finds "Zvečan". ASCII text, the common case, is only
     * lower-cased; the slower Unicode decomposition runs only when a character needs it.
     */
    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) ascii = s.charAt(i) < 128;
        if (ascii) return s.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) out.append(c);
        }
        // đ and ł have no decomposition; Serbian Latin spells them dj and l in plain ASCII
        return out.toString().toLowerCase(Locale.ROOT).replace("đ", "dj").replace("ł", "l");
    }

    @Override
    public String toString() {
        return describe();
    }
}
