package org.borderwatch.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Font;
import javafx.util.Duration;
import org.borderwatch.events.EventFilter;
import org.borderwatch.ui.details.EventText;
import org.borderwatch.ui.explore.ExploreState;
import org.borderwatch.ui.explore.TimeHistogram;

/**
 * Events over time: a histogram of the events passing the filter (dates aside), with the filter's
 * date range drawn on it. Drag across the bars to choose a range (to the day, whatever the bars' unit), drag its
 * edges to widen it, drag it to move it, or type the first and last day in the date fields; Left/Right move it by
 * one bar, Shift+Left/Right move its end, Home shows the whole span.
 * The play button walks the range through time, as a sliding window or cumulatively.
 */
public final class TimelineBar extends BorderPane {
    /** How the play button moves the range. */
    public enum PlayMode {
        SLIDING("Sliding window"),
        CUMULATIVE("Cumulative");

        private final String label;

        PlayMode(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final double TICK_MILLIS = 600;
    private static final double PAD_X = 8;
    private static final double AXIS_PX = 14;
    private static final double EDGE_GRAB_PX = 5;
    private static final Color BAR = Color.web("#9aa5b1");
    private static final Color BAR_CHOSEN = Color.web("#2f5d8a");
    private static final Color CHOSEN_FILL = Color.web("#2f5d8a", 0.12);
    private static final Color CHOSEN_EDGE = Color.web("#2f5d8a");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final ExploreState state;
    private final Canvas canvas = new Canvas();
    // shapes, not "▶"/"⏸" characters: the pause sign is missing from common UI fonts and showed as a box
    private static final String PLAY_SHAPE = "M0,0 L10,6 L0,12 Z";
    private static final String PAUSE_SHAPE = "M0,0 H3.5 V12 H0 Z M6.5,0 H10 V12 H6.5 Z";
    private final SVGPath playGlyph = new SVGPath();
    private final Button play = new Button(null, playGlyph);
    private final ChoiceBox<PlayMode> mode = new ChoiceBox<>();
    private final ChoiceBox<Double> speed = new ChoiceBox<>();
    private final Label range = new Label();
    private final Timeline ticker = new Timeline();
    private final HBox controls;
    private final DatePicker fromField = new DatePicker();
    private final DatePicker toField = new DatePicker();
    private Drag drag;
    private LocalDate dragAnchor;
    private LocalDate dragFrom;
    private LocalDate dragTo;

    private enum Drag {
        START,
        END,
        MOVE,
        NEW
    }

    public TimelineBar(ExploreState state) {
        this.state = state;
        setId("timeline");
        Pane plot = new Pane(canvas) {
            @Override
            protected void layoutChildren() {
                canvas.setWidth(getWidth());
                canvas.setHeight(getHeight());
                paint();
            }
        };
        plot.setMinHeight(48);
        plot.setPrefHeight(64);
        canvas.setId("timeline-histogram");
        canvas.setFocusTraversable(true);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> drag = null);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        Tooltip.install(canvas, new Tooltip("Drag to choose dates; Left/Right move the range, Home shows all"));

        playGlyph.setContent(PLAY_SHAPE);
        playGlyph.setFill(Color.web("#2b333b"));
        play.setId("timeline-play");
        play.setAccessibleText("Play");
        play.setTooltip(new Tooltip("Play through time"));
        play.setOnAction(e -> togglePlay());
        mode.setId("timeline-mode");
        mode.getItems().setAll(PlayMode.values());
        mode.setValue(PlayMode.SLIDING);
        speed.setId("timeline-speed");
        speed.getItems().setAll(0.5, 1.0, 2.0, 4.0);
        speed.setValue(1.0);
        speed.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : (v == Math.rint(v) ? Integer.toString(v.intValue()) : v.toString()) + "×";
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replace("×", ""));
            }
        });
        speed.valueProperty().addListener((obs, old, now) -> retime());
        Button whole = new Button("All dates");
        whole.setId("timeline-all");
        whole.setOnAction(e -> setRange(null, null));
        range.setId("timeline-range");
        dateField(fromField, "timeline-from", "From (first day shown)");
        dateField(toField, "timeline-to", "To (last day shown)");
        fromField.setOnAction(e -> typedRange());
        toField.setOnAction(e -> typedRange());
        controls = new HBox(6, play, mode, speed, whole, fromField, new Label("–"), toField, range);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(4, 6, 2, 6));
        setTop(controls);
        setCenter(plot);

        ticker.setCycleCount(Timeline.INDEFINITE);
        retime();
        state.histogramProperty().addListener((obs, old, now) -> paint());
        state.filterProperty().addListener((obs, old, now) -> paint());
    }

    private static void dateField(DatePicker field, String id, String prompt) {
        field.setId(id);
        field.setPromptText(prompt.substring(0, prompt.indexOf(' ')));
        field.setTooltip(new Tooltip(prompt + "; type a date such as 2023-09-24, or pick one"));
        field.setPrefWidth(128);
        field.setConverter(new javafx.util.converter.LocalDateStringConverter(
                DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ISO_LOCAL_DATE));
    }

    /** The dates typed or picked in the fields become the range; an empty field leaves that end open. */
    private void typedRange() {
        LocalDate from = fromField.getValue();
        LocalDate to = toField.getValue();
        if (from != null && to != null && to.isBefore(from)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        setRange(from, to);
    }

    /** Adds a control after the timeline's own, e.g. the export of the playback as frames. */
    public void addControl(javafx.scene.Node control) {
        controls.getChildren().add(control);
    }

    /** The play button's glyph: a play triangle when stopped, two pause bars when playing (SVG path data). */
    public String glyphShape() {
        return playGlyph.getContent();
    }

    public boolean isPlaying() {
        return ticker.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    public void setMode(PlayMode m) {
        mode.setValue(m);
    }

    /** Starts or stops playing; starting from a range that already reaches the end starts over. */
    public void togglePlay() {
        if (isPlaying()) {
            stop();
            return;
        }
        TimeHistogram h = state.histogramProperty().get();
        int[] bins = chosenBins(h);
        boolean whole = bins[0] == 0 && bins[1] == h.bins() - 1;
        if (mode.getValue() == PlayMode.SLIDING) {
            int width = whole ? Math.max(1, h.bins() / 12) : bins[1] - bins[0] + 1;
            if (whole || bins[1] >= h.bins() - 1) setBins(h, 0, width - 1);
        } else if (whole || bins[1] >= h.bins() - 1) {
            setBins(h, 0, 0);
        }
        playGlyph.setContent(PAUSE_SHAPE);
        play.setAccessibleText("Pause");
        ticker.play();
    }

    /** Moves the range one bar on, as one tick of play does; returns false (and stops) at the end. */
    public boolean step() {
        TimeHistogram h = state.histogramProperty().get();
        int[] bins = chosenBins(h);
        if (bins[1] >= h.bins() - 1) {
            stop();
            return false;
        }
        setBins(h, mode.getValue() == PlayMode.SLIDING ? bins[0] + 1 : 0, bins[1] + 1);
        return true;
    }

    private void stop() {
        ticker.stop();
        playGlyph.setContent(PLAY_SHAPE);
        play.setAccessibleText("Play");
    }

    private void retime() {
        boolean running = isPlaying();
        ticker.stop();
        ticker.getKeyFrames().setAll(new KeyFrame(Duration.millis(TICK_MILLIS / speed.getValue()), e -> step()));
        if (running) ticker.play();
    }

    /** The chosen range as bins [first, last] of the histogram. */
    private int[] chosenBins(TimeHistogram h) {
        EventFilter f = state.filterProperty().get();
        int a = f.from() == null ? 0 : h.binOf(f.from());
        int b = f.to() == null ? h.bins() - 1 : h.binOf(f.to());
        return new int[] {a, Math.max(a, b)};
    }

    private void setBins(TimeHistogram h, int first, int last) {
        int a = Math.max(0, Math.min(first, last));
        int b = Math.min(h.bins() - 1, Math.max(first, last));
        if (a == 0 && b == h.bins() - 1) {
            setRange(null, null);
            return;
        }
        // the range never reaches past the store's span, so the subtitle names real dates
        LocalDate from = a == 0 ? h.first() : h.binStart(a);
        LocalDate to = b == h.bins() - 1 ? h.last() : h.binEnd(b);
        setRange(from, to);
    }

    private void setRange(LocalDate from, LocalDate to) {
        EventFilter f = state.filterProperty().get();
        if (java.util.Objects.equals(f.from(), from) && java.util.Objects.equals(f.to(), to)) return;
        state.filterProperty().set(f.withDates(from, to));
    }

    private double binWidth(TimeHistogram h) {
        return Math.max(1e-9, (canvas.getWidth() - 2 * PAD_X) / h.bins());
    }

    private int binAt(TimeHistogram h, double x) {
        return (int) Math.max(0, Math.min(h.bins() - 1, Math.floor((x - PAD_X) / binWidth(h))));
    }

    /**
     * The day under {@code x}: the bar under it, and the day within the bar in proportion, so a drag chooses days
     * whatever the bars' unit (weeks or months would otherwise round "September–October" out to whole bars).
     */
    public LocalDate dayAt(double x) {
        return dayAt(state.histogramProperty().get(), x);
    }

    /** Where {@code day} begins on the histogram's canvas, in its local pixels. */
    public double xOf(LocalDate day) {
        return xOf(state.histogramProperty().get(), day, false);
    }

    private LocalDate dayAt(TimeHistogram h, double x) {
        double position = Math.max(0, Math.min(h.bins() - 1e-9, (x - PAD_X) / binWidth(h)));
        int bin = (int) position;
        LocalDate start = h.binStart(bin);
        long days = h.binEnd(bin).toEpochDay() - start.toEpochDay() + 1;
        LocalDate day = start.plusDays((long) Math.floor((position - bin) * days));
        return day.isBefore(h.first()) ? h.first() : day.isAfter(h.last()) ? h.last() : day;
    }

    /** Where {@code day} begins ({@code end} false) or ends ({@code end} true) on the canvas. */
    private double xOf(TimeHistogram h, LocalDate day, boolean end) {
        int bin = h.binOf(day);
        LocalDate start = h.binStart(bin);
        long days = h.binEnd(bin).toEpochDay() - start.toEpochDay() + 1;
        double offset = day.toEpochDay() - start.toEpochDay() + (end ? 1 : 0);
        return PAD_X + (bin + offset / days) * binWidth(h);
    }

    /** The chosen days, clamped to the store's span: {first, last}. */
    private LocalDate[] chosenDays(TimeHistogram h) {
        EventFilter f = state.filterProperty().get();
        LocalDate from = f.from() == null || f.from().isBefore(h.first()) ? h.first() : f.from();
        LocalDate to = f.to() == null || f.to().isAfter(h.last()) ? h.last() : f.to();
        return new LocalDate[] {from, to.isBefore(from) ? from : to};
    }

    /** Sets the range to these days (either order), the whole span meaning no date filter. */
    private void setDays(TimeHistogram h, LocalDate a, LocalDate b) {
        LocalDate from = a.isAfter(b) ? b : a;
        LocalDate to = a.isAfter(b) ? a : b;
        if (!from.isAfter(h.first()) && !to.isBefore(h.last())) setRange(null, null);
        else setRange(from, to);
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        TimeHistogram h = state.histogramProperty().get();
        if (h.bins() == 0) return;
        LocalDate[] days = chosenDays(h);
        double left = xOf(h, days[0], false);
        double right = xOf(h, days[1], true);
        EventFilter f = state.filterProperty().get();
        boolean restricted = f.from() != null || f.to() != null;
        if (restricted && Math.abs(e.getX() - left) <= EDGE_GRAB_PX) {
            drag = Drag.START;
        } else if (restricted && Math.abs(e.getX() - right) <= EDGE_GRAB_PX) {
            drag = Drag.END;
        } else if (restricted && e.getX() > left && e.getX() < right) {
            drag = Drag.MOVE;
            dragAnchor = dayAt(h, e.getX());
            dragFrom = days[0];
            dragTo = days[1];
        } else {
            drag = Drag.NEW;
            dragAnchor = dayAt(h, e.getX());
            setDays(h, dragAnchor, dragAnchor);
        }
    }

    private void dragged(MouseEvent e) {
        if (drag == null) return;
        TimeHistogram h = state.histogramProperty().get();
        if (h.bins() == 0) return;
        LocalDate[] days = chosenDays(h);
        LocalDate at = dayAt(h, e.getX());
        switch (drag) {
            case START -> setDays(h, at, days[1]);
            case END -> setDays(h, days[0], at);
            case NEW -> setDays(h, dragAnchor, at);
            case MOVE -> {
                long width = dragTo.toEpochDay() - dragFrom.toEpochDay();
                long shift = at.toEpochDay() - dragAnchor.toEpochDay();
                long start = Math.max(
                        h.first().toEpochDay(), Math.min(h.last().toEpochDay() - width, dragFrom.toEpochDay() + shift));
                setDays(h, LocalDate.ofEpochDay(start), LocalDate.ofEpochDay(start + width));
            }
        }
    }

    private void keyPressed(KeyEvent e) {
        TimeHistogram h = state.histogramProperty().get();
        int[] bins = chosenBins(h);
        switch (e.getCode()) {
            case LEFT -> {
                if (e.isShiftDown()) setBins(h, bins[0], bins[1] - 1);
                else if (bins[0] > 0) setBins(h, bins[0] - 1, bins[1] - 1);
            }
            case RIGHT -> {
                if (e.isShiftDown()) setBins(h, bins[0], bins[1] + 1);
                else if (bins[1] < h.bins() - 1) setBins(h, bins[0] + 1, bins[1] + 1);
            }
            case HOME -> setRange(null, null);
            case SPACE -> togglePlay();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void paint() {
        TimeHistogram h = state.histogramProperty().get();
        EventFilter f = state.filterProperty().get();
        range.setText((f.from() == null && f.to() == null ? "all dates" : rangeText(f)) + " · by "
                + h.unit().label());
        if (!java.util.Objects.equals(fromField.getValue(), f.from())) fromField.setValue(f.from());
        if (!java.util.Objects.equals(toField.getValue(), f.to())) toField.setValue(f.to());
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        g.clearRect(0, 0, width, height);
        if (width < 2 * PAD_X + 1 || height < AXIS_PX + 4) return;
        int[] bins = chosenBins(h);
        double w = binWidth(h);
        double plotH = height - AXIS_PX - 4;
        int max = Math.max(1, h.max());
        boolean restricted = f.from() != null || f.to() != null;
        double left = 0;
        double right = 0;
        if (restricted && h.bins() > 0) {
            LocalDate[] days = chosenDays(h);
            left = xOf(h, days[0], false);
            right = xOf(h, days[1], true);
            g.setFill(CHOSEN_FILL);
            g.fillRect(left, 2, right - left, plotH + 2);
        }
        for (int i = 0; i < h.bins(); i++) {
            double barH = h.counts()[i] == 0 ? 0 : Math.max(1.5, plotH * h.counts()[i] / max);
            g.setFill(i >= bins[0] && i <= bins[1] ? BAR_CHOSEN : BAR);
            g.fillRect(PAD_X + i * w + (w > 3 ? 0.5 : 0), 2 + plotH - barH, Math.max(0.8, w - (w > 3 ? 1 : 0)), barH);
        }
        if (restricted && h.bins() > 0) {
            g.setStroke(CHOSEN_EDGE);
            g.setLineWidth(2);
            g.strokeLine(left, 2, left, plotH + 4);
            g.strokeLine(right, 2, right, plotH + 4);
        }
        paintAxis(g, h, w, height);
    }

    /** Month (or, for month bars, year) labels where they fit, at the bar where each begins. */
    private void paintAxis(GraphicsContext g, TimeHistogram h, double w, double height) {
        g.setFill(Color.web("#4a5562"));
        g.setFont(Font.font(10));
        g.setStroke(Color.web("#8a949e"));
        g.setLineWidth(1);
        double lastLabelEnd = -1;
        int previous = -1;
        for (int i = 0; i < h.bins(); i++) {
            LocalDate start = h.binStart(i);
            int key = h.unit() == TimeHistogram.BinUnit.MONTH
                    ? start.getYear()
                    : start.getYear() * 12 + start.getMonthValue();
            if (key == previous) continue;
            previous = key;
            double x = PAD_X + i * w;
            String text =
                    h.unit() == TimeHistogram.BinUnit.MONTH ? Integer.toString(start.getYear()) : start.format(MONTH);
            if (x < lastLabelEnd + 6 || x + text.length() * 5.5 > canvas.getWidth()) continue;
            g.strokeLine(x, height - AXIS_PX - 2, x, height - AXIS_PX + 2);
            g.fillText(text, x + 2, height - 3);
            lastLabelEnd = x + text.length() * 5.5;
        }
    }

    private static String rangeText(EventFilter f) {
        return (f.from() == null ? "…" : EventText.day(f.from())) + " – "
                + (f.to() == null ? "…" : EventText.day(f.to()));
    }
}
