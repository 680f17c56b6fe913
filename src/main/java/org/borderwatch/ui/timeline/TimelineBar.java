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
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.util.Duration;
import org.borderwatch.events.EventFilter;
import org.borderwatch.ui.details.EventText;
import org.borderwatch.ui.explore.ExploreState;
import org.borderwatch.ui.explore.TimeHistogram;

/**
 * Events over time: a histogram of the events passing the filter (dates aside), with the filter's
 * date range drawn on it. Drag across the bars to choose a range, drag its edges to widen it, drag it
 * to move it; Left/Right move it by one bar, Shift+Left/Right move its end, Home shows the whole span.
 * The play button walks the range through time, as a sliding window or cumulatively.
 */
public final class TimelineBar extends BorderPane {
    /** How the play button moves the range. */
    public enum PlayMode {
        SLIDING("Sliding window"), CUMULATIVE("Cumulative");

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
    private final Button play = new Button("▶");
    private final ChoiceBox<PlayMode> mode = new ChoiceBox<>();
    private final ChoiceBox<Double> speed = new ChoiceBox<>();
    private final Label range = new Label();
    private final Timeline ticker = new Timeline();
    private final HBox controls;
    private Drag drag;
    private int dragAnchor;

    private enum Drag { START, END, MOVE, NEW }

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

        play.setId("timeline-play");
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
        controls = new HBox(6, play, mode, speed, whole, range);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(4, 6, 2, 6));
        setTop(controls);
        setCenter(plot);

        ticker.setCycleCount(Timeline.INDEFINITE);
        retime();
        state.histogramProperty().addListener((obs, old, now) -> paint());
        state.filterProperty().addListener((obs, old, now) -> paint());
    }

    /** Adds a control after the timeline's own, e.g. the export of the playback as frames. */
    public void addControl(javafx.scene.Node control) {
        controls.getChildren().add(control);
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
        play.setText("⏸");
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
        play.setText("▶");
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

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        TimeHistogram h = state.histogramProperty().get();
        int[] bins = chosenBins(h);
        double w = binWidth(h);
        double left = PAD_X + bins[0] * w;
        double right = PAD_X + (bins[1] + 1) * w;
        boolean restricted = !(bins[0] == 0 && bins[1] == h.bins() - 1);
        if (restricted && Math.abs(e.getX() - left) <= EDGE_GRAB_PX) {
            drag = Drag.START;
        } else if (restricted && Math.abs(e.getX() - right) <= EDGE_GRAB_PX) {
            drag = Drag.END;
        } else if (restricted && e.getX() > left && e.getX() < right) {
            drag = Drag.MOVE;
            dragAnchor = binAt(h, e.getX()) - bins[0];
        } else {
            drag = Drag.NEW;
            dragAnchor = binAt(h, e.getX());
            setBins(h, dragAnchor, dragAnchor);
        }
    }

    private void dragged(MouseEvent e) {
        if (drag == null) return;
        TimeHistogram h = state.histogramProperty().get();
        int[] bins = chosenBins(h);
        int at = binAt(h, e.getX());
        switch (drag) {
            case START -> setBins(h, at, bins[1]);
            case END -> setBins(h, bins[0], at);
            case NEW -> setBins(h, dragAnchor, at);
            case MOVE -> {
                int width = bins[1] - bins[0];
                int start = Math.max(0, Math.min(h.bins() - 1 - width, at - dragAnchor));
                setBins(h, start, start + width);
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
        range.setText((f.from() == null && f.to() == null ? "all dates" : rangeText(f)) + " · by " + h.unit().label());
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
        if (restricted) {
            g.setFill(CHOSEN_FILL);
            g.fillRect(PAD_X + bins[0] * w, 2, (bins[1] - bins[0] + 1) * w, plotH + 2);
        }
        for (int i = 0; i < h.bins(); i++) {
            double barH = h.counts()[i] == 0 ? 0 : Math.max(1.5, plotH * h.counts()[i] / max);
            g.setFill(i >= bins[0] && i <= bins[1] ? BAR_CHOSEN : BAR);
            g.fillRect(PAD_X + i * w + (w > 3 ? 0.5 : 0), 2 + plotH - barH, Math.max(0.8, w - (w > 3 ? 1 : 0)), barH);
        }
        if (restricted) {
            g.setStroke(CHOSEN_EDGE);
            g.setLineWidth(2);
            g.strokeLine(PAD_X + bins[0] * w, 2, PAD_X + bins[0] * w, plotH + 4);
            g.strokeLine(PAD_X + (bins[1] + 1) * w, 2, PAD_X + (bins[1] + 1) * w, plotH + 4);
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
            int key = h.unit() == TimeHistogram.BinUnit.MONTH ? start.getYear() : start.getYear() * 12 + start.getMonthValue();
            if (key == previous) continue;
            previous = key;
            double x = PAD_X + i * w;
            String text = h.unit() == TimeHistogram.BinUnit.MONTH ? Integer.toString(start.getYear()) : start.format(MONTH);
            if (x < lastLabelEnd + 6 || x + text.length() * 5.5 > canvas.getWidth()) continue;
            g.strokeLine(x, height - AXIS_PX - 2, x, height - AXIS_PX + 2);
            g.fillText(text, x + 2, height - 3);
            lastLabelEnd = x + text.length() * 5.5;
        }
    }

    private static String rangeText(EventFilter f) {
        return (f.from() == null ? "…" : EventText.day(f.from())) + " – " + (f.to() == null ? "…" : EventText.day(f.to()));
    }
}
