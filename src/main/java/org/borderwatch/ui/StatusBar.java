package org.borderwatch.ui;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.borderwatch.ui.settings.CoordinateFormat;
import org.borderwatch.ui.task.TaskRunner;

/**
 * The strip under the map: the longitude/latitude under the cursor, the current scale 1:N, and the
 * progress of background work.
 */
final class StatusBar extends HBox {
    private final Label position = new Label();
    private final Label scale = new Label();
    private final Label task = new Label();
    private final Label news = new Label();
    private final Label connection = new Label();
    private final ProgressBar progress = new ProgressBar();

    StatusBar(TaskRunner tasks) {
        setId("status-bar");
        setSpacing(16);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 8, 3, 8));
        setStyle("-fx-border-color: -fx-box-border transparent transparent transparent; -fx-font-size: 0.92em;");
        position.setId("status-position");
        position.setMinWidth(260);
        scale.setId("status-scale");
        scale.setMinWidth(110);
        task.setId("status-task");
        progress.setId("status-progress");
        progress.setPrefWidth(140);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        news.setId("status-news");
        news.setStyle("-fx-text-fill: #1a5fb4;");
        connection.setId("status-connection");
        connection.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(position, scale, connection, news, spacer, task, progress);
        task.textProperty().bind(tasks.messageProperty());
        progress.progressProperty().bind(tasks.progressProperty());
        progress.visibleProperty().bind(tasks.busyProperty());
        progress.managedProperty().bind(tasks.busyProperty());
    }

    /** Says what happened in a shared store, such as "editor changed “Title”", until the next news. */
    void showNews(String text) {
        news.setText(text);
    }

    /**
     * Says whether the shared store answers: "Offline: …; retrying…" in red while it does not, then "Reconnected" in
     * green, until the next change.
     */
    void showConnection(String text, boolean online) {
        connection.setText(text);
        connection.setStyle(online ? "-fx-text-fill: #26a269;" : "-fx-text-fill: #b00020; -fx-font-weight: bold;");
    }

    String connectionText() {
        return connection.getText();
    }

    String newsText() {
        return news.getText();
    }

    /** Shows a position, or clears it when {@code lonLat} is null (cursor off the map). */
    void showPosition(Point2D lonLat, CoordinateFormat format) {
        position.setText(lonLat == null ? "" : format.format(lonLat.getX(), lonLat.getY()));
    }

    void showScale(double scaleDenominator) {
        scale.setText(
                Double.isFinite(scaleDenominator) && scaleDenominator > 0
                        ? "1:"
                                + NumberFormat.getIntegerInstance(Locale.ROOT)
                                        .format(Math.round(scaleDenominator))
                                        .replace(',', ' ')
                        : "");
    }

    String positionText() {
        return position.getText();
    }

    String scaleText() {
        return scale.getText();
    }
}
