package org.borderwatch.ui.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import org.borderwatch.map.Annotation;
import org.borderwatch.map.LonLat;
import org.borderwatch.ui.map.LoadedMap;
import org.borderwatch.ui.map.MapCamera;
import org.borderwatch.ui.map.MapView;

/**
 * The annotation tool bar and what the tools do on the map: draw text labels, arrows, circles, areas
 * and distance lines; select one, drag it, edit it (double-click or context menu), delete it (Delete
 * key or context menu); undo and redo. Mouse events are taken in the map's capturing phase, so a
 * press that draws or moves an annotation never pans the map, and any other press still does.
 *
 * <p>The annotation being drawn is painted into the map's frames like the saved ones, through the
 * same painter, so it looks while drawing as it will in an export; only the selection handles and
 * an area's unfinished outline are JavaFX shapes on the view's overlay.
 */
public final class AnnotationTools {
    /** A drag shorter than this (logical px) is a click: it draws no arrow, circle or line. */
    private static final double MIN_DRAG_PX = 4;

    private static final Color HANDLE = Color.web("#1f6fb2");

    private final MapView view;
    private final Supplier<LoadedMap> map;
    private final AnnotationSession session;
    private final ToolBar bar = new ToolBar();
    private final ToggleGroup tools = new ToggleGroup();
    private final ObjectProperty<AnnotationTool> tool = new SimpleObjectProperty<>(this, "tool", AnnotationTool.SELECT);
    private final ObjectProperty<String> selectedId = new SimpleObjectProperty<>(this, "selectedId");
    private final ObjectProperty<Annotation> draft = new SimpleObjectProperty<>(this, "draft");
    private final List<LonLat> areaPoints = new ArrayList<>();
    private final ContextMenu menu = new ContextMenu();
    private Point2D pressedAt;
    private Point2D lastDrag;
    private Annotation moving;

    /** @param map the map on screen, or null while it loads */
    public AnnotationTools(MapView view, Supplier<LoadedMap> map, AnnotationSession session) {
        this.view = view;
        this.map = map;
        this.session = session;
        buildBar();
        session.annotationsProperty().addListener((obs, old, now) -> {
            if (selectedId.get() != null && session.find(selectedId.get()) == null) selectedId.set(null);
            showOnMap();
        });
        draft.addListener((obs, old, now) -> showOnMap());
        selectedId.addListener((obs, old, now) -> showHandles());
        view.cameraProperty().addListener((obs, old, now) -> {
            showHandles();
            showAreaDraft();
        });
        view.widthProperty().addListener((obs, old, now) -> showHandles());
        view.heightProperty().addListener((obs, old, now) -> showHandles());
        tool.addListener((obs, old, now) -> {
            dropDraft();
            if (now != AnnotationTool.SELECT) selectedId.set(null);
            view.setCursor(now == AnnotationTool.SELECT ? Cursor.DEFAULT : Cursor.CROSSHAIR);
        });
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        view.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::dragged);
        view.addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
        view.addEventFilter(MouseEvent.MOUSE_CLICKED, this::clicked);
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        showOnMap();
    }

    public ToolBar toolBar() {
        return bar;
    }

    ObjectProperty<AnnotationTool> toolProperty() {
        return tool;
    }

    /** The id of the selected annotation, or null. */
    ObjectProperty<String> selectedIdProperty() {
        return selectedId;
    }

    /** Opens the editor on the selected annotation. */
    AnnotationEditDialog editSelected() {
        Annotation a = selectedId.get() == null ? null : session.find(selectedId.get());
        if (a == null) return null;
        return AnnotationEditDialog.open(view.getScene().getWindow(), "Edit annotation", a, session::replace);
    }

    void deleteSelected() {
        String id = selectedId.get();
        if (id == null) return;
        selectedId.set(null);
        session.delete(id);
    }

    private void buildBar() {
        bar.setId("annotation-bar");
        for (AnnotationTool t : AnnotationTool.values()) {
            ToggleButton b = new ToggleButton(t.label());
            b.setId("annotate-" + t.idPrefix());
            b.setTooltip(new Tooltip(t.hint()));
            b.setToggleGroup(tools);
            b.setUserData(t);
            b.setSelected(t == AnnotationTool.SELECT);
            bar.getItems().add(b);
        }
        tools.selectedToggleProperty().addListener((obs, old, now) -> {
            // a toggle group lets the user unpress every button; Select is what "no tool" means
            if (now == null) old.setSelected(true);
            else tool.set((AnnotationTool) now.getUserData());
        });
        tool.addListener((obs, old, now) -> tools.getToggles().stream()
                .filter(t -> t.getUserData() == now)
                .findFirst()
                .ifPresent(t -> t.setSelected(true)));
        Button undo = new Button("Undo");
        undo.setId("annotate-undo");
        undo.setTooltip(new Tooltip("Undo the last annotation change"));
        undo.disableProperty().bind(session.state().canUndo().not());
        undo.setOnAction(e -> session.undo());
        Button redo = new Button("Redo");
        redo.setId("annotate-redo");
        redo.setTooltip(new Tooltip("Redo the annotation change just undone"));
        redo.disableProperty().bind(session.state().canRedo().not());
        redo.setOnAction(e -> session.redo());
        Button delete = new Button("Delete");
        delete.setId("annotate-delete");
        delete.setTooltip(new Tooltip("Delete the selected annotation (Delete)"));
        delete.disableProperty().bind(selectedId.isNull());
        delete.setOnAction(e -> deleteSelected());
        bar.getItems().addAll(new javafx.scene.control.Separator(), undo, redo, delete);

        MenuItem edit = new MenuItem("Edit annotation…");
        edit.setId("annotation-menu-edit");
        edit.setOnAction(e -> editSelected());
        MenuItem remove = new MenuItem("Delete annotation");
        remove.setId("annotation-menu-delete");
        remove.setOnAction(e -> deleteSelected());
        menu.getItems().addAll(edit, remove);
    }

    /** The geometry under the current camera, or null before the map and camera exist. */
    private AnnotationGeometry geometry() {
        LoadedMap m = map.get();
        MapCamera c = view.cameraProperty().get();
        if (m == null || c == null || view.getWidth() < 1 || view.getHeight() < 1) return null;
        return new AnnotationGeometry(m, c, view.getWidth(), view.getHeight());
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        AnnotationGeometry g = geometry();
        if (g == null) return;
        pressedAt = new Point2D(e.getX(), e.getY());
        lastDrag = pressedAt;
        if (tool.get() == AnnotationTool.SELECT) {
            Annotation hit = g.hit(session.annotationsProperty().get(), e.getX(), e.getY());
            selectedId.set(hit == null ? null : hit.id());
            moving = hit;
            // a press off every annotation goes on to the map, which pans
            if (hit == null) return;
        }
        view.requestFocus();
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (pressedAt == null || e.getButton() != MouseButton.PRIMARY) return;
        AnnotationGeometry g = geometry();
        if (g == null) return;
        Point2D at = new Point2D(e.getX(), e.getY());
        switch (tool.get()) {
            case SELECT -> {
                if (moving == null) return;
                draft.set(g.moved(moving, pressedAt, at));
            }
            case ARROW, DISTANCE, CIRCLE -> draft.set(drawn(g, pressedAt, at, "draft"));
            default -> {}
        }
        lastDrag = at;
        e.consume();
    }

    private void released(MouseEvent e) {
        if (pressedAt == null || e.getButton() != MouseButton.PRIMARY) return;
        AnnotationGeometry g = geometry();
        Point2D from = pressedAt;
        Point2D to = new Point2D(e.getX(), e.getY());
        pressedAt = null;
        if (g == null) return;
        boolean dragged = from.distance(to) >= MIN_DRAG_PX;
        switch (tool.get()) {
            case SELECT -> {
                if (moving == null) return;
                Annotation moved = dragged ? g.moved(moving, from, to) : moving;
                moving = null;
                draft.set(null);
                session.replace(moved);
            }
            case LABEL -> {
                LonLat at = g.lonLatAt(to.getX(), to.getY());
                if (at != null)
                    AnnotationEditDialog.newLabel(
                            view.getScene().getWindow(),
                            session.newId(AnnotationTool.LABEL.idPrefix()),
                            at,
                            this::added);
            }
            case ARROW, DISTANCE, CIRCLE -> {
                draft.set(null);
                Annotation made =
                        dragged ? drawn(g, from, to, session.newId(tool.get().idPrefix())) : null;
                if (made != null) added(made);
            }
            case AREA -> {
                LonLat at = g.lonLatAt(to.getX(), to.getY());
                if (at != null) areaPoints.add(at);
                showAreaDraft();
            }
        }
        e.consume();
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) return;
        if (tool.get() == AnnotationTool.AREA) {
            if (e.getClickCount() == 2) finishArea();
            e.consume();
        } else if (tool.get() == AnnotationTool.SELECT && e.getClickCount() == 2 && selectedId.get() != null) {
            // a double-click on an annotation edits it instead of zooming the map
            editSelected();
            e.consume();
        } else if (tool.get() != AnnotationTool.SELECT) {
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case DELETE, BACK_SPACE -> {
                if (selectedId.get() == null) return;
                deleteSelected();
            }
            case ESCAPE -> {
                if (draft.get() == null && areaPoints.isEmpty() && selectedId.get() == null) return;
                dropDraft();
                selectedId.set(null);
            }
            case ENTER -> {
                if (tool.get() != AnnotationTool.AREA) return;
                finishArea();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void contextMenu(ContextMenuEvent e) {
        AnnotationGeometry g = geometry();
        if (g == null || e.isKeyboardTrigger()) return;
        Annotation hit = g.hit(session.annotationsProperty().get(), e.getX(), e.getY());
        if (hit == null) return;
        tool.set(AnnotationTool.SELECT);
        selectedId.set(hit.id());
        menu.show(view, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    /** The arrow, distance line or circle a drag from {@code from} to {@code to} draws, or null off the map. */
    private Annotation drawn(AnnotationGeometry g, Point2D from, Point2D to, String id) {
        LonLat a = g.lonLatAt(from.getX(), from.getY());
        LonLat b = g.lonLatAt(to.getX(), to.getY());
        if (a == null || b == null || a.equals(b)) return null;
        return switch (tool.get()) {
            case ARROW -> new Annotation.Arrow(id, a, b, "");
            case DISTANCE -> new Annotation.Distance(id, a, b, "");
            case CIRCLE -> new Annotation.Circle(id, a, AnnotationGeometry.distanceKm(a, b), "");
            default -> null;
        };
    }

    private void finishArea() {
        List<LonLat> ring = dedupe(areaPoints);
        areaPoints.clear();
        showAreaDraft();
        if (ring.size() >= 3) added(new Annotation.Area(session.newId(AnnotationTool.AREA.idPrefix()), ring, ""));
    }

    /** A double-click adds its point twice (once per click); a ring has each corner once. */
    private static List<LonLat> dedupe(List<LonLat> points) {
        List<LonLat> out = new ArrayList<>();
        for (LonLat p : points) if (out.isEmpty() || !out.get(out.size() - 1).equals(p)) out.add(p);
        return out;
    }

    private void added(Annotation a) {
        session.add(a);
        selectedId.set(a.id());
    }

    private void dropDraft() {
        draft.set(null);
        areaPoints.clear();
        moving = null;
        pressedAt = null;
        showAreaDraft();
    }

    /** The saved annotations with the one being drawn or moved in its place, as the map paints them. */
    private void showOnMap() {
        List<Annotation> shown = new ArrayList<>(session.annotationsProperty().get());
        Annotation d = draft.get();
        if (d != null) {
            shown.removeIf(a -> a.id().equals(d.id()));
            shown.add(d);
        }
        view.annotationsProperty().set(List.copyOf(shown));
        showHandles();
    }

    private void showHandles() {
        view.overlay().getChildren().removeIf(n -> "annotation-handle".equals(n.getId()));
        AnnotationGeometry g = geometry();
        String id = selectedId.get();
        if (g == null || id == null) return;
        Annotation a = draft.get() != null && draft.get().id().equals(id) ? draft.get() : session.find(id);
        if (a == null) return;
        for (Point2D p : g.handles(a)) {
            Rectangle r = new Rectangle(p.getX() - 4, p.getY() - 4, 8, 8);
            r.setId("annotation-handle");
            r.setFill(Color.WHITE);
            r.setStroke(HANDLE);
            r.setStrokeWidth(1.5);
            view.overlay().getChildren().add(r);
        }
    }

    private void showAreaDraft() {
        view.overlay().getChildren().removeIf(n -> "area-draft".equals(n.getId()));
        AnnotationGeometry g = geometry();
        if (g == null || areaPoints.isEmpty()) return;
        Polyline line = new Polyline();
        line.setId("area-draft");
        for (LonLat p : areaPoints) {
            Point2D px = g.pixelOf(p);
            if (px != null) line.getPoints().addAll(px.getX(), px.getY());
        }
        line.setStroke(HANDLE);
        line.setStrokeWidth(2);
        line.getStrokeDashArray().setAll(6.0, 4.0);
        view.overlay().getChildren().add(line);
    }
}
