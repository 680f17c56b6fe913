package org.borderwatch.render.marker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.List;
import java.util.Locale;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;

/**
 * The colours and outlines of event symbols: incidents by severity, deployments by actor (a fixed
 * colour per known actor, affiliation-neutral, never APP-6's friend/hostile blue and red), diplomatic
 * events in one colour, and the outline's dash by confidence. One place so map and legend agree.
 */
public final class SymbolPalette {

    static final Color OUTLINE = new Color(0x26, 0x2b, 0x33);
    public static final Color HALO = new Color(255, 255, 255, 230);
    public static final Color SELECTED = new Color(0x00, 0xa8, 0xf0);
    static final Color DIPLOMATIC = new Color(0x2f, 0x8f, 0x8a);
    static final Color INCIDENT_LEGEND = new Color(0xe8, 0x6a, 0x33);
    static final Color DEPLOYMENT_LEGEND = new Color(0xc9, 0xcf, 0xd6);

    /** Severity classes, least to most severe, each with the legend's words. */
    enum Severity {
        NONE(new Color(0xf2, 0xc9, 0x4c), "no casualties reported"),
        INJURED(new Color(0xf0, 0x8c, 0x3c), "injured, none killed"),
        KILLED(new Color(0xd6, 0x3b, 0x2f), "1–2 killed"),
        MANY_KILLED(new Color(0x8c, 0x10, 0x1c), "3 or more killed");

        final Color colour;
        final String label;

        Severity(Color colour, String label) {
            this.colour = colour;
            this.label = label;
        }

        static Severity of(Casualties c) {
            int killed = c.killed() == null ? 0 : c.killed();
            int injured = c.injured() == null ? 0 : c.injured();
            if (killed >= 3) return MANY_KILLED;
            if (killed > 0) return KILLED;
            return injured > 0 ? INJURED : NONE;
        }
    }

    /** Known actors by a word their names contain, in the order they are matched. */
    private record ActorColour(String label, Color colour, List<String> nameParts) {}

    private static final List<ActorColour> ACTORS = List.of(
            new ActorColour("KFOR / NATO", new Color(0x7f, 0xa7, 0xd9), List.of("kfor", "nato")),
            new ActorColour("EULEX / EU", new Color(0xa5, 0xd0, 0xe0), List.of("eulex", "european union", "eu ")),
            new ActorColour("Kosovo Police", new Color(0xf0, 0xb8, 0x6e), List.of("kosovo police", "rosu")),
            new ActorColour(
                    "Kosovo Security Force", new Color(0xd9, 0x94, 0x5b), List.of("kosovo security force", "ksf")),
            new ActorColour(
                    "Serbian Armed Forces",
                    new Color(0xa8, 0x8f, 0xc9),
                    List.of("serbian armed", "serbian army", "serbian military", "vojska", "armed forces of serbia")),
            new ActorColour(
                    "Serbian police / MUP",
                    new Color(0xc9, 0xb3, 0xe0),
                    List.of("mup", "gendarmerie", "serbian police", "serbian interior")),
            new ActorColour("Serb armed group", new Color(0xcf, 0x7f, 0x86), List.of("serb armed group", "gunmen")));

    /** Actors not listed above get one of these by a stable hash of their name. */
    private static final Color[] OTHER_ACTORS = {
        new Color(0x9c, 0xc4, 0x8f),
        new Color(0xd6, 0xc2, 0x8a),
        new Color(0x8f, 0xc1, 0xb5),
        new Color(0xc4, 0xa4, 0x8a),
        new Color(0xb0, 0xb8, 0x8a),
        new Color(0x9f, 0xa8, 0xc9)
    };

    static final Color NO_ACTOR = new Color(0xc9, 0xcf, 0xd6);

    private SymbolPalette() {}

    /** The fill of an event's symbol. */
    public static Color fill(Event e) {
        return switch (e.kind()) {
            case INCIDENT -> Severity.of(e.casualties()).colour;
            case DEPLOYMENT ->
                e.actors().isEmpty() ? NO_ACTOR : actor(e.actors().get(0));
            case DIPLOMATIC -> DIPLOMATIC;
        };
    }

    /** The colour of the named actor: a fixed one for the region's known forces, else a stable pick. */
    static Color actor(String name) {
        String n = name.toLowerCase(Locale.ROOT) + " ";
        for (ActorColour a : ACTORS) for (String part : a.nameParts()) if (n.contains(part)) return a.colour();
        return OTHER_ACTORS[Math.floorMod(name.hashCode(), OTHER_ACTORS.length)];
    }

    /** The legend label for an actor's colour: the known group it falls in, else the name itself. */
    static String actorLabel(String name) {
        String n = name.toLowerCase(Locale.ROOT) + " ";
        for (ActorColour a : ACTORS) for (String part : a.nameParts()) if (n.contains(part)) return a.label();
        return name;
    }

    /** Legend fill for a kind, when the legend shows shapes rather than colours. */
    static Color legendFill(EventKind kind) {
        return switch (kind) {
            case INCIDENT -> INCIDENT_LEGEND;
            case DEPLOYMENT -> DEPLOYMENT_LEGEND;
            case DIPLOMATIC -> DIPLOMATIC;
        };
    }

    /** White or near-black, whichever reads better on the fill. */
    static Color ink(Color fill) {
        double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return luminance > 150 ? OUTLINE : Color.WHITE;
    }

    /** The outline: solid when confirmed or reported, dashed when claimed, dotted when disputed. */
    static Stroke outline(Confidence confidence, double scale) {
        float w = (float) (1.2 * scale);
        return switch (confidence) {
            case CONFIRMED, REPORTED -> new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            case CLAIMED ->
                new BasicStroke(
                        w,
                        BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND,
                        4f,
                        new float[] {(float) (3 * scale), (float) (2 * scale)},
                        0f);
            case DISPUTED ->
                new BasicStroke(
                        w,
                        BasicStroke.CAP_ROUND,
                        BasicStroke.JOIN_ROUND,
                        4f,
                        new float[] {0.01f, (float) (2.4 * scale)},
                        0f);
        };
    }
}
