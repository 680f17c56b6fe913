package org.borderwatch.ui.search;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.borderwatch.gazetteer.GazetteerPlace;
import org.borderwatch.gazetteer.NameStyle;
import org.borderwatch.map.LonLat;
import org.borderwatch.ui.map.MapCamera;
import org.borderwatch.ui.map.MapView;

/**
 * The mark of the place last found: a ring and its name over the map, kept on the place as the map pans and
 * zooms. One node on the view's overlay, not part of the painted map, so exports do not carry it.
 */
public final class PlaceMark {

    /** Turns a lon/lat into a view pixel under the current camera, or null off the display CRS. */
    public interface Projector {
        Point2D pixelOf(LonLat at);
    }

    private final MapView view;
    private final ObjectProperty<NameStyle> names;
    private final Group node = new Group();
    private final Circle ring = new Circle(11);
    private final Label label = new Label();
    private GazetteerPlace place;
    private Projector projector;

    public PlaceMark(MapView view, ObjectProperty<NameStyle> names) {
        this.view = view;
        this.names = names;
        node.setId("place-mark");
        node.setMouseTransparent(true);
        ring.setFill(Color.TRANSPARENT);
        ring.setStroke(Color.web("#d81b60"));
        ring.setStrokeWidth(3);
        label.setId("place-mark-label");
        label.setStyle("-fx-background-color: rgba(255,255,255,0.85); -fx-padding: 1 4 1 4; -fx-font-weight: bold;"
                + " -fx-text-fill: #880e4f;");
        label.setLayoutX(14);
        label.setLayoutY(-26);
        node.getChildren().addAll(ring, label);
        node.setVisible(false);
        view.overlay().getChildren().add(node);
        view.cameraProperty().addListener((obs, old, now) -> place());
        view.widthProperty().addListener((obs, old, now) -> place());
        view.heightProperty().addListener((obs, old, now) -> place());
        names.addListener((obs, old, now) -> place());
    }

    /** Marks {@code p}, placed with {@code projector}; null clears the mark. */
    public void mark(GazetteerPlace p, Projector projector) {
        this.place = p;
        this.projector = projector;
        place();
    }

    public GazetteerPlace marked() {
        return place;
    }

    private void place() {
        MapCamera camera = view.cameraProperty().get();
        Point2D at = place == null || projector == null || camera == null
                ? null
                : projector.pixelOf(new LonLat(place.lon(), place.lat()));
        node.setVisible(at != null);
        if (at == null) return;
        label.setText(names.get().label(place));
        node.setLayoutX(at.getX());
        node.setLayoutY(at.getY());
    }
}
