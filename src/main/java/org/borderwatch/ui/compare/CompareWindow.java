package org.borderwatch.ui.compare;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.converter.LocalDateStringConverter;
import org.borderwatch.events.EventFilter;
import org.borderwatch.events.model.Event;
import org.borderwatch.map.MapModel;
import org.borderwatch.render.MapPainter;
import org.borderwatch.render.MapTime;
import org.borderwatch.render.Regime;
import org.borderwatch.ui.map.FramePainter;
import org.borderwatch.ui.map.MapCamera;
import org.borderwatch.ui.map.MapView;
import org.geotools.geometry.jts.ReferencedEnvelope;

/**
 * Two dates side by side: two maps with one camera, so panning or zooming either moves both, each showing the
 * events that pass the main window's filters up to its own day and the crossings and the GSZ as on that day. Each
 * map has its own renderer and painter (a painter serves one render thread).
 */
public final class CompareWindow {

    private final Stage stage = new Stage();
    private final MapView left;
    private final MapView right;

    /**
     * @param events every event of the store; each panel keeps those passing {@code filter} with its own end day
     */
    public CompareWindow(
            Stage owner,
            MapModel model,
            ReferencedEnvelope region,
            MapCamera camera,
            List<Event> events,
            EventFilter filter,
            Regime regime,
            LocalDate first,
            LocalDate second) {
        left = view(model, region, regime);
        right = view(model, region, regime);
        left.cameraProperty().set(camera);
        right.cameraProperty().bindBidirectional(left.cameraProperty());
        VBox a = panel("compare-left", left, events, filter, first);
        VBox b = panel("compare-right", right, events, filter, second);
        HBox panels = new HBox(6, a, b);
        HBox.setHgrow(a, Priority.ALWAYS);
        HBox.setHgrow(b, Priority.ALWAYS);
        Label note = new Label("Pan or zoom either map and the other follows. Each shows the events up to its day, "
                + "and the crossings and the Ground Safety Zone as on that day.");
        VBox root = new VBox(6, note, panels);
        root.setPadding(new Insets(6));
        VBox.setVgrow(panels, Priority.ALWAYS);
        stage.initOwner(owner);
        stage.setTitle("Compare two dates");
        stage.setScene(new Scene(root, 1400, 760));
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            left.dispose();
            right.dispose();
        });
    }

    public void show() {
        stage.show();
    }

    private static MapView view(MapModel model, ReferencedEnvelope region, Regime regime) {
        MapPainter painter = new MapPainter();
        FramePainter framePainter = painter::paint;
        MapView view = new MapView(framePainter);
        view.regionProperty().set(region);
        view.modelProperty().set(model);
        view.regimeProperty().set(regime);
        return view;
    }

    private static VBox panel(String id, MapView view, List<Event> events, EventFilter filter, LocalDate day) {
        DatePicker picker = new DatePicker(day);
        picker.setId(id + "-day");
        picker.setConverter(new LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, null));
        Label count = new Label();
        count.setId(id + "-count");
        // the panel's map gets the events of the other filters once and reads its day from its time, as the main
        // map and the exported panels do
        List<Event> candidates =
                events.stream().filter(filter.withDates(null, null).predicate()).toList();
        view.eventsProperty().set(candidates);
        Runnable apply = () -> {
            LocalDate d = picker.getValue();
            if (d == null) return;
            MapTime time = new MapTime(filter.from() != null && filter.from().isAfter(d) ? null : filter.from(), d);
            view.timeProperty().set(time);
            count.setText(time.eventsIn(candidates).size() + " events up to " + d);
        };
        picker.setOnAction(e -> apply.run());
        apply.run();
        HBox head = new HBox(8, new Label("Day"), picker, count);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, head, view);
        box.setId(id);
        VBox.setVgrow(view, Priority.ALWAYS);
        view.setMinSize(200, 200);
        return box;
    }
}
