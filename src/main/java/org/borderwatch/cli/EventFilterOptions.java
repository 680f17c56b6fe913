package org.borderwatch.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.EventKind;
import picocli.CommandLine.Option;

/**
 * The options that choose events, shared by every command that takes a subset of a store
 * ({@code export}, {@code export-csv}) as a picocli mixin: they mean what the app's filter panel means,
 * because they become the same {@link EventFilter}.
 */
final class EventFilterOptions {

    @Option(
            names = "--from",
            paramLabel = "YYYY-MM-DD",
            description = "First day of events shown: events lasting until this day or later.")
    String from;

    @Option(
            names = "--to",
            paramLabel = "YYYY-MM-DD",
            description = "Last day of events shown: events starting on this day or earlier.")
    String to;

    @Option(
            names = {"--kinds", "--kind"},
            split = ",",
            paramLabel = "KIND",
            description = "Event kinds shown: incident, deployment, diplomatic (default: all).")
    List<String> kinds = new ArrayList<>();

    @Option(
            names = {"--categories", "--category"},
            split = ",",
            paramLabel = "CATEGORY",
            description = "Event categories shown, e.g. armed_clash (default: all).")
    List<String> categories = new ArrayList<>();

    @Option(
            names = "--actors",
            split = ",",
            paramLabel = "ACTOR",
            description = "Show only events involving one of these actors, as the store names them (default: all).")
    List<String> actors = new ArrayList<>();

    @Option(
            names = "--confidence",
            split = ",",
            paramLabel = "LEVEL",
            description = "Confidences shown: confirmed, reported, claimed, disputed (default: all).")
    List<String> confidences = new ArrayList<>();

    @Option(
            names = "--text",
            paramLabel = "WORDS",
            description = "Show only events whose title, summary, place, actors, tags or id contain every word.")
    String text;

    /**
     * The filter the options describe; an option not given restricts nothing.
     *
     * @throws IllegalArgumentException naming the option whose value is not valid, or a date range that ends before it starts
     */
    EventFilter filter() {
        Set<EventKind> kindSet = EnumSet.noneOf(EventKind.class);
        for (String k : kinds) kindSet.add(parseKind(k));
        Set<Confidence> confidenceSet = EnumSet.noneOf(Confidence.class);
        for (String c : confidences) confidenceSet.add(parseConfidence(c));
        return new EventFilter(
                kindSet.isEmpty() ? null : kindSet,
                categories.isEmpty() ? null : new LinkedHashSet<>(categories),
                actors.isEmpty() ? null : new LinkedHashSet<>(actors),
                confidenceSet.isEmpty() ? null : confidenceSet,
                text,
                parseDate(from, "--from"),
                parseDate(to, "--to"));
    }

    private static EventKind parseKind(String text) {
        try {
            return EventKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--kinds: \"" + text + "\" is not incident, deployment or diplomatic", e);
        }
    }

    private static Confidence parseConfidence(String text) {
        try {
            return Confidence.fromJson(text.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--confidence: " + e.getMessage(), e);
        }
    }

    static LocalDate parseDate(String text, String option) {
        if (text == null) return null;
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": \"" + text + "\" is not a date like 2023-09-24", e);
        }
    }
}
