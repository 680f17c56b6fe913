package org.borderwatch.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A strip above the map that tells of something without stopping the user (like a browser's info
 * bar): a message, one action and a close button. Hidden, and taking no space, until shown.
 */
final class NoticeBar extends HBox {
    private final Label message = new Label();
    private final Button action = new Button();
    private final Button dismiss = new Button("Dismiss");

    NoticeBar() {
        setId("notice-bar");
        message.setId("notice-message");
        action.setId("notice-action");
        dismiss.setId("notice-dismiss");
        message.setWrapText(true);
        action.setMinWidth(USE_PREF_SIZE);
        dismiss.setMinWidth(USE_PREF_SIZE);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        setStyle("-fx-background-color: #fff4ce; -fx-border-color: transparent transparent #e0c97a transparent;");
        getChildren().addAll(message, action, dismiss);
        dismiss.setOnAction(e -> hide());
        hide();
    }

    /** Shows {@code text} with a button labelled {@code actionText} that runs {@code onAction} and closes the bar. */
    void show(String text, String actionText, Runnable onAction) {
        message.setText(text);
        action.setText(actionText);
        action.setOnAction(e -> {
            hide();
            onAction.run();
        });
        setVisible(true);
        setManaged(true);
    }

    void hide() {
        setVisible(false);
        setManaged(false);
    }

    String messageText() {
        return message.getText();
    }
}
