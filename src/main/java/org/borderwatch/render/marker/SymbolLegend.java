package org.borderwatch.render.marker;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.borderwatch.events.model.Confidence;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.EventKind;

/**
 * Legend entries for event symbols, painted by the very code that paints the markers, so the
 * legend, the screen and every export agree. A legend lists the entries of the events it shows
 * ({@link #entries}); colours get swatches (severity for incidents, actor for deployments).
 */
public final class SymbolLegend {

    /** One symbol of the legend: a kind and category, with the words to print beside it. */
    public record Entry(EventKind kind, String category, String label) {
        public Entry {
            Objects.requireNonNull(kind, "legend entry kind");
            Objects.requireNonNull(category, "legend entry category");
            Objects.requireNonNull(label, "legend entry label");
        }
    }

    /** One colour of the legend and what it means. */
    public record Swatch(String label, Color colour) {}

    /** The width and height of the box an entry's symbol needs, in logical pixels. */
    public static final double ENTRY_SIZE_PX = 28;

    /** Categories in the order the legend lists them, per kind (the event store's vocabulary). */
    private static final Map<EventKind, List<String>> CATEGORIES = Map.of(
            EventKind.INCIDENT,
                    List.of(
                            "armed_clash",
                            "attack",
                            "shooting",
                            "explosion",
                            "arrest",
                            "weapons_seizure",
                            "protest",
                            "roadblock",
                            "border_closure",
                            "other"),
            EventKind.DEPLOYMENT,
                    List.of("armour", "artillery", "infantry", "air_defence", "peacekeeping", "police", "other"),
            EventKind.DIPLOMATIC, List.of("statement", "demand", "sanction", "agreement", "other"));

    private SymbolLegend() {}

    /** Every symbol there is, kind by kind, for a full key. */
    public static List<Entry> allEntries() {
        List<Entry> out = new ArrayList<>();
        for (EventKind kind : EventKind.values())
            for (String category : CATEGORIES.get(kind)) out.add(new Entry(kind, category, label(kind, category)));
        return out;
    }

    /** The symbols the given events use, in legend order; unknown categories come last in their kind. */
    public static List<Entry> entries(Collection<Event> events) {
        Map<EventKind, TreeMap<Integer, String>> used = new LinkedHashMap<>();
        for (EventKind kind : EventKind.values()) used.put(kind, new TreeMap<>());
        for (Event e : events) {
            int rank = CATEGORIES.get(e.kind()).indexOf(e.category());
            used.get(e.kind()).putIfAbsent(rank < 0 ? Integer.MAX_VALUE : rank, rank < 0 ? "other" : e.category());
        }
        List<Entry> out = new ArrayList<>();
        used.forEach((kind, categories) ->
                categories.values().stream().distinct().forEach(c -> out.add(new Entry(kind, c, label(kind, c)))));
        return out;
    }

    /** Incident fill colours, least to most severe. */
    public static List<Swatch> severitySwatches() {
        List<Swatch> out = new ArrayList<>();
        for (SymbolPalette.Severity s : SymbolPalette.Severity.values()) out.add(new Swatch(s.label, s.colour));
        return out;
    }

    /** Deployment frame colours for the first actors of the given deployments, one per colour group. */
    public static List<Swatch> actorSwatches(Collection<Event> events) {
        Map<String, Color> groups = new TreeMap<>();
        for (Event e : events)
            if (e.kind() == EventKind.DEPLOYMENT && !e.actors().isEmpty())
                groups.putIfAbsent(
                        SymbolPalette.actorLabel(e.actors().get(0)),
                        SymbolPalette.actor(e.actors().get(0)));
        List<Swatch> out = new ArrayList<>();
        groups.forEach((label, colour) -> out.add(new Swatch(label, colour)));
        return out;
    }

    /** Paints the entry's symbol centred at device pixel (cx, cy), in the kind's neutral legend colour. */
    public static void paint(Graphics2D g, Entry entry, double cx, double cy, double pixelScale) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            EventSymbol.paint(
                    g2,
                    entry.kind(),
                    entry.category(),
                    SymbolPalette.legendFill(entry.kind()),
                    Confidence.CONFIRMED,
                    cx,
                    cy,
                    pixelScale);
        } finally {
            g2.dispose();
        }
    }

    /** Paints a colour swatch (a small outlined disc) centred at device pixel (cx, cy). */
    public static void paint(Graphics2D g, Swatch swatch, double cx, double cy, double pixelScale) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double r = 7 * pixelScale;
            Ellipse2D disc = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
            g2.setColor(swatch.colour());
            g2.fill(disc);
            g2.setColor(SymbolPalette.OUTLINE);
            g2.setStroke(new BasicStroke((float) (1.2 * pixelScale)));
            g2.draw(disc);
        } finally {
            g2.dispose();
        }
    }

    /** What a confidence's outline means, for the legend line beside {@link #paint(Graphics2D, Confidence, double, double, double)}. */
    public static String label(Confidence confidence) {
        return switch (confidence) {
            case CONFIRMED -> "confirmed (solid outline)";
            case REPORTED -> "reported (solid outline)";
            case CLAIMED -> "claimed by one side (dashed outline)";
            case DISPUTED -> "disputed (dotted outline)";
        };
    }

    /** Paints a neutral incident disc with the outline that marks the given confidence. */
    public static void paint(Graphics2D g, Confidence confidence, double cx, double cy, double pixelScale) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            SymbolBody.paint(
                    g2,
                    IncidentSymbol.outline(cx, cy, pixelScale, 0),
                    SymbolPalette.INCIDENT_LEGEND,
                    SymbolPalette.outline(confidence, pixelScale),
                    pixelScale);
        } finally {
            g2.dispose();
        }
    }

    /** "armed_clash" becomes "Armed clash"; "other" says of what. */
    static String label(EventKind kind, String category) {
        if (category.equals("other")) return "Other " + kind.jsonName();
        String words = category.replace('_', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
