package org.borderwatch.ui.details;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.borderwatch.analysis.DistanceRange;
import org.borderwatch.events.model.Casualties;
import org.borderwatch.events.model.Equipment;
import org.borderwatch.events.model.Event;
import org.borderwatch.events.model.Place;
import org.borderwatch.events.model.PlaceAlternative;
import org.borderwatch.events.model.Source;
import org.borderwatch.gazetteer.PlaceNames;
import org.borderwatch.ui.task.TaskRunner;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Everything about the selected event: title, kind and category, dates, place and coordinates with
 * their precision, the distance to the Kosovo–Serbia boundary, actors, casualties per side,
 * equipment, confidence, summary and sources. Text can be selected and copied; sources are links
 * that open in the system browser, and only http and https links are opened. The boundary distance
 * is worked out off the FX thread.
 */
public final class EventDetailsPane extends ScrollPane {
    private static final System.Logger LOG = System.getLogger(EventDetailsPane.class.getName());

    /** Writes a longitude and latitude the way the app is set to (decimal or DMS). */
    @FunctionalInterface
    public interface CoordinateWriter {
        String write(double lon, double lat);
    }

    private final TaskRunner tasks;
    private final Consumer<String> browser;
    private final ObjectProperty<Function<Event, String>> gsz = new SimpleObjectProperty<>(this, "gsz");
    private final ObjectProperty<Function<Event, DistanceRange>> boundaryDistance =
            new SimpleObjectProperty<>(this, "boundaryDistance");
    private final ObjectProperty<CoordinateWriter> coordinates = new SimpleObjectProperty<>(
            this,
            "coordinates",
            (lon, lat) -> String.format(
                    Locale.ROOT,
                    "%.5f° %s  %.5f° %s",
                    Math.abs(lat),
                    lat < 0 ? "S" : "N",
                    Math.abs(lon),
                    lon < 0 ? "W" : "E"));
    private final ObjectProperty<PlaceNames> names = new SimpleObjectProperty<>(this, "names");
    private final VBox content = new VBox(6);
    private final Label linkMessage = new Label();
    private Event shown;
    private SelectableText distanceText;
    private javafx.scene.Node actions;

    /**
     * @param selected   the event to show, or null for none
     * @param tasks      computes the boundary distance in the background
     * @param browser    opens an http(s) address in the system browser ({@code HostServices::showDocument})
     */
    public EventDetailsPane(ObservableValue<Event> selected, TaskRunner tasks, Consumer<String> browser) {
        this.tasks = tasks;
        this.browser = browser;
        setId("event-details");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStylesheets()
                .add(EventDetailsPane.class
                        .getResource("/org/borderwatch/ui/explore.css")
                        .toExternalForm());
        content.setPadding(new Insets(10, 12, 12, 12));
        content.setId("event-details-content");
        linkMessage.setId("details-link-message");
        linkMessage.setWrapText(true);
        linkMessage.setStyle("-fx-text-fill: #a02020;");
        setContent(content);
        selected.addListener((obs, old, now) -> show(now));
        boundaryDistance.addListener((obs, old, now) -> show(shown));
        gsz.addListener((obs, old, now) -> show(shown));
        coordinates.addListener((obs, old, now) -> show(shown));
        names.addListener((obs, old, now) -> show(shown));
        show(selected.getValue());
    }

    /**
     * Whether an event lies in the Ground Safety Zone given its uncertainty ("in the GSZ", "possibly in the GSZ",
     * "outside the GSZ"); null while the zone is not built.
     */
    public ObjectProperty<Function<Event, String>> gszProperty() {
        return gsz;
    }

    /**
     * How near and how far an event may be from the Kosovo–Serbia boundary over the area its position is known
     * within; null while the boundary is not loaded.
     */
    public ObjectProperty<Function<Event, DistanceRange>> boundaryDistanceProperty() {
        return boundaryDistance;
    }

    /** How place names are written (the app's names setting); null shows the record's words alone. */
    public ObjectProperty<PlaceNames> namesProperty() {
        return names;
    }

    public ObjectProperty<CoordinateWriter> coordinatesProperty() {
        return coordinates;
    }

    /** Buttons acting on the shown event (edit, delete), placed beside "Copy details"; null for none. */
    public void setActions(javafx.scene.Node buttons) {
        actions = buttons;
        show(shown);
    }

    /** The event shown, or null. */
    public Event shownEvent() {
        return shown;
    }

    /** The details as plain text, as "Copy" puts them on the clipboard. */
    String plainText() {
        if (shown == null) return "";
        StringBuilder s = new StringBuilder();
        for (javafx.scene.Node n : content.getChildren()) {
            if (n instanceof GridPane grid) {
                for (javafx.scene.Node cell : grid.getChildren())
                    if (cell instanceof Label l) s.append(l.getText()).append(": ");
                    else if (cell instanceof SelectableText t)
                        s.append(t.getText().replace("\n", "; ")).append('\n');
            } else if (n instanceof SelectableText t) {
                s.append(t.getText()).append('\n');
            } else if (n instanceof Label l && l.getStyleClass().contains("details-heading")) {
                s.append('\n').append(l.getText()).append(":\n");
            } else if (n instanceof VBox links) {
                for (javafx.scene.Node link : links.getChildren())
                    if (link instanceof Hyperlink h)
                        s.append(h.getText())
                                .append(" <")
                                .append(h.getTooltip().getText())
                                .append(">\n");
            }
        }
        return s.toString();
    }

    private void show(Event event) {
        shown = event;
        linkMessage.setText("");
        distanceText = null;
        if (event == null) {
            Label empty = new Label("Select an event on the map or in the table to read about it here.");
            empty.setWrapText(true);
            empty.getStyleClass().add("details-empty");
            empty.setId("details-empty");
            content.getChildren().setAll(empty);
            return;
        }
        SelectableText title = text("details-title", event.title());
        title.setId("details-title");
        SelectableText subtitle = text(
                "details-subtitle",
                EventText.kind(event.kind()) + " · " + EventText.category(event.category()) + " · "
                        + event.confidence().jsonName());
        subtitle.setId("details-kind");

        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(4);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(80);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        facts.getColumnConstraints().setAll(names, values);
        int row = 0;
        row = fact(facts, row, "Date", EventText.datesInFull(event), "details-dates");
        if (event.location() != null) row = fact(facts, row, "Place", place(event), "details-place");
        if (event.location() != null && !event.location().alternatives().isEmpty())
            row = fact(facts, row, "Also reported", alternatives(event), "details-alternatives");
        row = fact(facts, row, "Position", position(event), "details-position");
        row = fact(facts, row, "Precision", EventText.precision(event.precision()), "details-precision");
        distanceText =
                text("details-value", boundaryDistance.get() == null ? "boundary not loaded" : "working it out…");
        distanceText.setId("details-boundary");
        facts.addRow(row++, heading("Boundary"), distanceText);
        if (gsz.get() != null)
            row = fact(
                    facts,
                    row,
                    "GSZ",
                    gsz.get().apply(event) + "\n(the 5 km Ground Safety Zone, given the position's uncertainty)",
                    "details-gsz");
        if (!event.actors().isEmpty())
            row = fact(facts, row, "Actors", String.join("\n", event.actors()), "details-actors");
        row = fact(facts, row, "Casualties", casualties(event.casualties()), "details-casualties");
        if (!event.equipment().isEmpty())
            row = fact(facts, row, "Equipment", equipment(event.equipment()), "details-equipment");
        row = fact(facts, row, "Confidence", event.confidence().jsonName(), "details-confidence");
        if (!event.tags().isEmpty()) row = fact(facts, row, "Tags", String.join(", ", event.tags()), "details-tags");
        row = fact(facts, row, "Id", event.id(), "details-id");
        if (event.updated() != null) fact(facts, row, "Updated", event.updated(), "details-updated");

        List<javafx.scene.Node> nodes = new ArrayList<>(List.of(title, subtitle, facts));
        if (!event.summary().isBlank()) {
            SelectableText summary = text("details-value", event.summary());
            summary.setId("details-summary");
            nodes.add(heading("Summary"));
            nodes.add(summary);
        }
        nodes.add(heading("Sources"));
        VBox sources = new VBox(2);
        sources.setId("details-sources");
        for (Source s : event.sources()) sources.getChildren().add(link(s));
        nodes.add(sources);
        nodes.add(linkMessage);
        Button copy = new Button("Copy details");
        copy.setId("details-copy");
        copy.setOnAction(e -> copyToClipboard());
        HBox buttons = new HBox(6, copy);
        if (actions != null) buttons.getChildren().add(actions);
        nodes.add(buttons);
        content.getChildren().setAll(nodes);
        setVvalue(0);
        measureDistance(event);
    }

    /** The place in the names setting, with the record's words where they say more, then municipality and country. */
    private String place(Event event) {
        PlaceNames chosen = names.get();
        if (chosen == null || event.location().gazetteer() == null) return EventText.place(event.location());
        String named = chosen.describe(event);
        String rest = EventText.place(new Place(
                null, event.location().municipality(), event.location().country()));
        return rest.isEmpty() ? named : named + ", " + rest;
    }

    /** The other places reports give, one a line, each in the names setting; the map links them with dashes. */
    private String alternatives(Event event) {
        StringBuilder out = new StringBuilder();
        for (PlaceAlternative alt : event.location().alternatives()) {
            if (out.length() > 0) out.append('\n');
            String name = names.get() == null ? alt.place() : names.get().of(alt);
            out.append(name == null ? "" : name);
            if (alt.place() != null && !alt.place().equals(name))
                out.append(" (").append(alt.place()).append(')');
        }
        return out.toString();
    }

    private void measureDistance(Event event) {
        Function<Event, DistanceRange> distance = boundaryDistance.get();
        if (distance == null) return;
        SelectableText target = distanceText;
        tasks.run(
                "Measuring the distance to the boundary",
                progress -> distance.apply(event),
                range -> {
                    if (shown == event && distanceText == target) target.setText(range.describe() + " (geodesic)");
                },
                e -> {
                    LOG.log(
                            System.Logger.Level.WARNING,
                            "boundary distance of event " + event.id() + ": " + e.getMessage(),
                            e);
                    if (shown == event && distanceText == target)
                        target.setText("cannot be measured: " + e.getMessage());
                });
    }

    private String position(Event event) {
        Geometry g = event.geometry();
        Point p = g instanceof Point point ? point : g.getInteriorPoint();
        String where = coordinates.get().write(p.getX(), p.getY());
        return switch (g.getGeometryType()) {
            case "Point" -> where;
            case "LineString", "MultiLineString" -> where + "\n(a point on the route)";
            default -> where + "\n(a point inside the area)";
        };
    }

    private static String casualties(Casualties c) {
        StringBuilder s = new StringBuilder(EventText.casualties(c));
        for (Casualties.SideCount side : c.bySide()) s.append('\n').append(EventText.side(side));
        return s.toString();
    }

    private static String equipment(List<Equipment> items) {
        List<String> lines = new ArrayList<>(items.size());
        for (Equipment e : items) {
            String line = e.type() + (e.model() == null ? "" : " " + e.model());
            lines.add(line + (e.count() == null ? " (number unknown)" : " × " + e.count()));
        }
        return String.join("\n", lines);
    }

    private Hyperlink link(Source s) {
        String label = s.publisher() == null ? s.url() : s.publisher();
        if (s.title() != null) label += ": " + s.title();
        if (s.date() != null) label += " (" + s.date() + ")";
        Hyperlink link = new Hyperlink(label);
        link.setWrapText(true);
        link.setTooltip(new Tooltip(s.url()));
        link.setOnAction(e -> open(s.url()));
        link.getStyleClass().add("details-source");
        return link;
    }

    /** Opens an http or https address in the browser; anything else is refused with a message that names it. */
    public void open(String url) {
        String refusal = refusal(url);
        if (refusal != null) {
            linkMessage.setText(refusal);
            return;
        }
        linkMessage.setText("");
        browser.accept(url);
    }

    /** Why the address may not be opened, or null when it may. */
    static String refusal(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https"))
                return "Not opened: “" + url + "” is not an http or https address.";
            if (uri.getHost() == null || uri.getHost().isBlank())
                return "Not opened: “" + url + "” names no web server.";
            return null;
        } catch (URISyntaxException e) {
            return "Not opened: “" + url + "” is not a valid address (" + e.getReason() + ").";
        }
    }

    private void copyToClipboard() {
        ClipboardContent clip = new ClipboardContent();
        clip.putString(plainText());
        Clipboard.getSystemClipboard().setContent(clip);
    }

    private static int fact(GridPane grid, int row, String name, String value, String id) {
        SelectableText text = text("details-value", value);
        text.setId(id);
        grid.addRow(row, heading(name), text);
        return row + 1;
    }

    private static Label heading(String name) {
        Label l = new Label(name);
        l.getStyleClass().add("details-heading");
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private static SelectableText text(String styleClass, String value) {
        SelectableText t = new SelectableText(styleClass);
        t.setText(value);
        return t;
    }
}
