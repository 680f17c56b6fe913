package org.borderwatch.ui.export;

import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.borderwatch.export.Extent;
import org.geotools.geometry.jts.ReferencedEnvelope;
import org.geotools.referencing.CRS;

/**
 * The area an export shows: the current view, the whole region, or a longitude/latitude box typed
 * in (prefilled with the current view's). The first two are exact boxes in the display CRS.
 */
final class ExtentChoice extends VBox {
    enum Area {
        VIEW("Current view"),
        REGION("Whole region"),
        BOX("Longitude/latitude box");

        private final String label;

        Area(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ChoiceBox<Area> area = new ChoiceBox<>();
    private final TextField minLon = field("min-lon");
    private final TextField minLat = field("min-lat");
    private final TextField maxLon = field("max-lon");
    private final TextField maxLat = field("max-lat");

    ExtentChoice(String idPrefix, ExportScene scene) {
        super(4);
        area.setId(idPrefix + "-extent");
        area.getItems().setAll(Area.values());
        area.setValue(Area.VIEW);
        for (TextField f : new TextField[] {minLon, minLat, maxLon, maxLat}) {
            f.setId(idPrefix + "-" + f.getId());
            f.disableProperty().bind(area.valueProperty().isNotEqualTo(Area.BOX));
        }
        fill(scene);
        HBox box = new HBox(
                6,
                new Label("Lon"),
                minLon,
                new Label("to"),
                maxLon,
                new Label("Lat"),
                minLat,
                new Label("to"),
                maxLat);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(area, box);
    }

    ChoiceBox<Area> areaBox() {
        return area;
    }

    /** The display CRS as an authority code such as EPSG:32634: the export draws in the same projection as the screen. */
    static String crs(ExportScene scene) {
        return CRS.toSRS(scene.model().displayCrs());
    }

    /** @throws IllegalArgumentException naming the field when the box is not four numbers in order */
    Extent extent(ExportScene scene) {
        return switch (area.getValue()) {
            case VIEW -> inDisplayCrs(scene.view());
            case REGION -> inDisplayCrs(scene.region());
            case BOX ->
                new Extent(
                        number(minLon, "west longitude"),
                        number(minLat, "south latitude"),
                        number(maxLon, "east longitude"),
                        number(maxLat, "north latitude"),
                        false);
        };
    }

    private static Extent inDisplayCrs(ReferencedEnvelope e) {
        return new Extent(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY(), true);
    }

    /** The current view's corners in lon/lat, as a starting point for a typed box. */
    private void fill(ExportScene scene) {
        ReferencedEnvelope v = scene.view();
        Point2D sw = scene.map().lonLat(new Point2D(v.getMinX(), v.getMinY()));
        Point2D ne = scene.map().lonLat(new Point2D(v.getMaxX(), v.getMaxY()));
        if (sw == null || ne == null) return;
        minLon.setText(format(sw.getX()));
        minLat.setText(format(sw.getY()));
        maxLon.setText(format(ne.getX()));
        maxLat.setText(format(ne.getY()));
    }

    private static String format(double degrees) {
        return String.format(Locale.ROOT, "%.4f", degrees);
    }

    private static double number(TextField f, String what) {
        try {
            return Double.parseDouble(f.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " \"" + f.getText() + "\" is not a number of degrees", e);
        }
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(7);
        return f;
    }
}
