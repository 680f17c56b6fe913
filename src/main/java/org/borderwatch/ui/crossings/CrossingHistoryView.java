package org.borderwatch.ui.crossings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.borderwatch.crossings.Crossing;
import org.borderwatch.crossings.StatusInterval;
import org.borderwatch.events.model.Source;
import org.borderwatch.render.marker.CrossingSymbol;

/**
 * A crossing's history: its names and position, a strip of its status over time (one band per interval, grey for
 * a gap, a tick at the day on show), then every change with its sources as links and where sources disagree.
 */
public final class CrossingHistoryView extends VBox {

    private static final double STRIP_HEIGHT = 26;

    public CrossingHistoryView(Crossing crossing, LocalDate onShow, Consumer<String> browser) {
        setId("crossing-history");
        setSpacing(6);
        setPadding(new Insets(10));
        Label title = new Label(crossing.names().display());
        title.setFont(Font.font(null, FontWeight.BOLD, 15));
        Label other = new Label(
                crossing.names().other().isEmpty()
                        ? ""
                        : "Also: " + String.join(", ", crossing.names().other()));
        Label position = new Label("Position: " + crossing.position().level().jsonName() + ", within "
                + crossing.position().radiusKm() + " km. " + crossing.position().basis());
        position.setWrapText(true);
        Canvas strip = strip(crossing, onShow, 560);
        VBox changes = new VBox(4);
        for (Crossing.Span span : crossing.spans()) {
            String days = span.from() + " to " + span.until().minusDays(1);
            if (span.interval() == null) {
                changes.getChildren().add(new Label(days + ": unknown (no report)"));
                continue;
            }
            StatusInterval iv = span.interval();
            Label head = new Label(days + ": " + iv.describe());
            head.setFont(Font.font(null, FontWeight.BOLD, 12));
            Label summary = new Label(iv.summary());
            summary.setWrapText(true);
            changes.getChildren().addAll(head, summary);
            if (iv.disagreements() != null) {
                Label d = new Label("Sources differ: " + iv.disagreements());
                d.setWrapText(true);
                d.setStyle("-fx-font-style: italic;");
                changes.getChildren().add(d);
            }
            for (Source src : iv.sources()) {
                Hyperlink link = new Hyperlink(src.publisher() + (src.date() == null ? "" : ", " + src.date()));
                link.setOnAction(e -> browser.accept(src.url()));
                changes.getChildren().add(link);
            }
        }
        ScrollPane scroll = new ScrollPane(changes);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(360);
        getChildren().setAll(title, other, position, strip, scroll);
    }

    /** One band per span from the first change to the last, coloured as the map's symbols; a tick at the day on show. */
    static Canvas strip(Crossing crossing, LocalDate onShow, double width) {
        Canvas canvas = new Canvas(width, STRIP_HEIGHT + 16);
        canvas.setId("crossing-strip");
        List<Crossing.Span> spans = crossing.spans();
        if (spans.isEmpty()) return canvas;
        LocalDate first = spans.get(0).from(),
                last = spans.get(spans.size() - 1).until();
        double days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        GraphicsContext g = canvas.getGraphicsContext2D();
        for (Crossing.Span span : spans) {
            double x0 = width * ChronoUnit.DAYS.between(first, span.from()) / days;
            double x1 = width * ChronoUnit.DAYS.between(first, span.until()) / days;
            g.setFill(fx(CrossingSymbol.colour(span.status())));
            g.fillRect(x0, 0, Math.max(1, x1 - x0), STRIP_HEIGHT);
            g.setStroke(Color.WHITE);
            g.strokeLine(x0, 0, x0, STRIP_HEIGHT);
        }
        g.setFill(Color.BLACK);
        g.setFont(Font.font(10));
        g.fillText(first.toString(), 0, STRIP_HEIGHT + 12);
        g.fillText(last.toString(), width - 60, STRIP_HEIGHT + 12);
        if (onShow != null && !onShow.isBefore(first) && onShow.isBefore(last)) {
            double x = width * ChronoUnit.DAYS.between(first, onShow) / days;
            g.setStroke(Color.BLACK);
            g.setLineWidth(2);
            g.strokeLine(x, -2, x, STRIP_HEIGHT + 2);
        }
        return canvas;
    }

    private static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }
}
