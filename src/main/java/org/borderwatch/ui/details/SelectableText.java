package org.borderwatch.ui.details;

import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * Read-only text that wraps like a label but can be selected and copied: a TextArea stripped of its
 * frame (see explore.css) whose height follows its text, so a column of them never scrolls inside.
 */
public final class SelectableText extends TextArea {
    /** Room the area's skin needs beyond the text itself, so no inner scroll bar appears. */
    private static final double SLACK_PX = 6;

    private final Text measure = new Text();

    SelectableText(String styleClass) {
        setEditable(false);
        setWrapText(true);
        setFocusTraversable(false);
        getStyleClass().addAll("selectable-text", styleClass);
        setMinHeight(USE_PREF_SIZE);
        textProperty().addListener((obs, old, now) -> fit());
        widthProperty().addListener((obs, old, now) -> fit());
        fontProperty().addListener((obs, old, now) -> fit());
    }

    private void fit() {
        measure.setFont(getFont());
        measure.setText(getText() == null || getText().isEmpty() ? " " : getText());
        double width = getWidth() - snappedLeftInset() - snappedRightInset() - SLACK_PX;
        measure.setWrappingWidth(width > 20 ? width : 0);
        setPrefHeight(
                Math.ceil(measure.getLayoutBounds().getHeight() + snappedTopInset() + snappedBottomInset() + SLACK_PX));
    }
}
