package org.borderwatch.ui.export;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.borderwatch.ui.task.TaskRunner;

/**
 * What the two export dialogs share: their window with its export and close buttons, the progress and
 * status line, the running state that keeps a second export from starting, the work run in the
 * background, and the question before files are replaced. The dialogs keep their own fields and the
 * request they build; control ids start with the dialog's prefix ("export", "frames").
 */
final class ExportDialogFrame {
    private final Stage stage = new Stage();
    private final String idPrefix;
    private final TaskRunner tasks;
    private final Button export;
    private final Button close = new Button("Close");
    private final ProgressIndicator progress = new ProgressIndicator(-1);
    private final Label status = new Label();
    private boolean running;

    /**
     * @param title       the window's title, also the title of the overwrite question
     * @param idPrefix    what the ids of the shared controls start with
     * @param exportLabel the export button's text
     * @param onExport    what the export button starts
     */
    ExportDialogFrame(
            Window owner, String title, String idPrefix, String exportLabel, TaskRunner tasks, Runnable onExport) {
        this.idPrefix = idPrefix;
        this.tasks = tasks;
        stage.initOwner(owner);
        stage.setTitle(title);
        export = new Button(exportLabel);
        export.setId(idPrefix + "-run");
        export.setDefaultButton(true);
        export.setOnAction(e -> onExport.run());
        close.setId(idPrefix + "-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        progress.setId(idPrefix + "-progress");
        progress.setPrefSize(22, 22);
        progress.setVisible(false);
        status.setId(idPrefix + "-status");
        status.setWrapText(true);
        status.setMaxWidth(560);
    }

    /** A grid laid out as both dialogs lay out their fields. */
    static GridPane fieldGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    /** The output path field with a "Choose…" button beside it that calls {@code choose}. */
    HBox outputRow(TextField path, Runnable choose) {
        path.setPrefColumnCount(34);
        Button button = new Button("Choose…");
        button.setId(idPrefix + "-choose");
        button.setOnAction(e -> choose.run());
        HBox row = new HBox(6, path, button);
        HBox.setHgrow(path, Priority.ALWAYS);
        return row;
    }

    /** Puts {@code fields} above the progress and status line and the buttons, as the window's scene. */
    void setContent(GridPane fields) {
        ButtonBar.setButtonData(export, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(export, close);
        VBox root = new VBox(12, fields, new HBox(10, progress, status), buttons);
        root.setPadding(new Insets(14));
        root.setId(idPrefix + "-dialog");
        stage.setScene(new Scene(root));
    }

    Stage stage() {
        return stage;
    }

    /** True from the start of a check or export until it ends, is refused or fails. */
    boolean running() {
        return running;
    }

    /**
     * Shows {@code statusText} while {@code check} runs in the background, then hands its result to
     * {@code next} on the FX thread; a failure is shown with its message.
     */
    <T> void check(String statusText, String taskTitle, TaskRunner.BackgroundTask<T> check, Consumer<? super T> next) {
        busy(true, statusText);
        tasks.run(taskTitle, check, next, e -> fail(e.getMessage()));
    }

    /**
     * Runs {@code work} in the background under {@code taskTitle}, then shows what {@code report} makes
     * of its result, or the failure's message (its class name when it has none).
     */
    <T> void export(String taskTitle, TaskRunner.BackgroundTask<T> work, Function<? super T, String> report) {
        busy(true, taskTitle + "…");
        tasks.run(
                taskTitle,
                work,
                done -> busy(false, report.apply(done)),
                e -> fail(e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    /**
     * Asks whether to replace existing output, Cancel being what Enter does; Replace calls
     * {@code replace}, anything else ends the run showing {@code keptText}.
     */
    void askToReplace(String question, String where, Runnable replace, String keptText) {
        ButtonType replaceButton = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", replaceButton, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle(stage.getTitle());
        ask.setHeaderText(question);
        ask.setContentText(where);
        ask.getDialogPane().setId(idPrefix + "-confirm-replace");
        // replacing a figure by accident loses work: Cancel is what Enter does
        ((Button) ask.getDialogPane().lookupButton(replaceButton)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ask.setOnHidden(e -> {
            if (ask.getResult() == replaceButton) replace.run();
            else busy(false, keptText);
        });
        ask.show();
    }

    /** Ends the run showing "Not exported: " and {@code message}, in red. */
    void fail(String message) {
        busy(false, "Not exported: " + message);
        status.setStyle("-fx-text-fill: #b00020;");
    }

    /** {@code summary} followed by one "Note: " line per note. */
    static String withNotes(String summary, List<String> notes) {
        StringBuilder b = new StringBuilder(summary);
        for (String n : notes) b.append("\nNote: ").append(n);
        return b.toString();
    }

    private void busy(boolean on, String text) {
        running = on;
        export.setDisable(on);
        progress.setVisible(on);
        status.setStyle("");
        status.setText(text);
    }
}
