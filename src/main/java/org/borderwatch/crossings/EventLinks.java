package org.borderwatch.crossings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.borderwatch.events.RecordProblem;
import org.borderwatch.events.model.Event;

/**
 * Which events happened at a crossing, and whether the closures and blockades among them agree with the crossing's
 * history. An event links to a crossing by its {@code crossing} property (an id or a list of ids), or, without one,
 * when its title or place names the crossing. Only closures ({@code border_closure}) and blockades
 * ({@code roadblock}) are checked against the history: an arrest at Jarinje says nothing about whether it was open.
 */
public final class EventLinks {

    /** The event property that names crossings by id. */
    public static final String PROPERTY = "crossing";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Crossing> crossings;

    public EventLinks(List<Crossing> crossings) {
        this.crossings = List.copyOf(crossings);
    }

    /** The crossings the event names by its crossing property or, without one, in its title or place. */
    public List<Crossing> crossingsOf(Event event) {
        List<String> ids = linkedIds(event);
        if (!ids.isEmpty())
            return crossings.stream().filter(c -> ids.contains(c.id())).toList();
        String place = event.location() == null ? null : event.location().place();
        return crossings.stream()
                .filter(c -> c.names().namedIn(event.title()) || c.names().namedIn(place))
                .toList();
    }

    /** The events at {@code crossing}, in the given order. */
    public List<Event> eventsAt(Crossing crossing, List<Event> events) {
        return events.stream().filter(e -> crossingsOf(e).contains(crossing)).toList();
    }

    /**
     * Every disagreement between the events of {@code eventsFile} and the crossings: a crossing property naming
     * no crossing, a closure on a day the crossing was open or its status unknown, a blockade on a day it was not
     * blocked or closed, and a closure whose end is not the day the history reopens the crossing (or the day before).
     */
    public List<RecordProblem> check(Path eventsFile, List<Event> events) {
        List<RecordProblem> problems = new ArrayList<>();
        for (Event e : events) {
            for (String id : linkedIds(e))
                if (crossings.stream().noneMatch(c -> c.id().equals(id)))
                    problems.add(problem(
                            eventsFile,
                            e,
                            PROPERTY,
                            "names crossing \"" + id + "\", which the crossings data does not have"));
            boolean closure = e.category().equals("border_closure");
            boolean blockade = e.category().equals("roadblock");
            if (!closure && !blockade) continue;
            for (Crossing c : crossingsOf(e)) checkOne(eventsFile, e, c, closure, problems);
        }
        return problems;
    }

    private static void checkOne(Path file, Event e, Crossing c, boolean closure, List<RecordProblem> problems) {
        LocalDate day = e.date().day();
        StatusOnDay on = c.statusOn(day);
        String name = c.names().serbianLatin();
        if (closure && !on.status().restricts()) {
            problems.add(problem(
                    file,
                    e,
                    "date",
                    "reports a closure of " + name + " on " + day + ", but the crossings data has it "
                            + on.status().label() + " that day"));
            return;
        }
        if (!closure && on.status() != CrossingStatus.BLOCKED && on.status() != CrossingStatus.CLOSED) {
            problems.add(problem(
                    file,
                    e,
                    "date",
                    "reports a blockade at " + name + " on " + day + ", but the crossings data has it "
                            + on.status().label() + " that day"));
            return;
        }
        if (e.end() == null || on.interval() == null) return;
        LocalDate end = e.end().day();
        LocalDate reopened = on.interval().until();
        if (!end.equals(reopened) && !end.equals(reopened.minusDays(1)))
            problems.add(problem(
                    file,
                    e,
                    "end",
                    "ends on " + end + ", but the crossings data has " + name + " "
                            + on.status().label() + " from " + on.interval().from() + " until " + reopened));
    }

    private static RecordProblem problem(Path file, Event e, String field, String message) {
        return new RecordProblem(file, -1, e.id(), "/properties/" + field, message);
    }

    /** The ids in the event's crossing property: a string or an array of strings; empty without one. */
    static List<String> linkedIds(Event event) {
        String json = event.extra().get(PROPERTY);
        if (json == null) return List.of();
        try {
            JsonNode node = JSON.readTree(json);
            Set<String> ids = new LinkedHashSet<>();
            if (node.isTextual()) ids.add(node.asText());
            else if (node.isArray())
                node.forEach(n -> {
                    if (n.isTextual()) ids.add(n.asText());
                });
            return List.copyOf(ids);
        } catch (JsonProcessingException e) {
            // the store kept the property as JSON text it had parsed, so this cannot happen for a loaded event
            throw new IllegalStateException("event " + event.id() + ": crossing property is not JSON: " + json, e);
        }
    }
}
