package org.borderwatch.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.borderwatch.export.ExportFormat;
import org.borderwatch.export.ExportRequest;

/**
 * File → Export…: exports what the window shows as a PNG, SVG or PDF figure of a chosen extent and
 * size, with an editable title and subtitle, optionally labelling the selected event. It asks before
 * replacing a file, writes in the background (the window stays usable, progress shows here and in the
 * status bar) and reports the file written or what went wrong. A window of its own, not modal.
 */
final class ExportDialog {
    private final Stage stage = new Stage();
    private final ExportScene scene;
    private final ExportJob job;
    private final TaskRunner tasks;
    private final ChoiceBox<ExportFormat> format = new ChoiceBox<>();
    private final ExtentChoice extent;
    private final PageSizeChoice size = new PageSizeChoice("export");
    private final TextField title = new TextField();
    private final TextField subtitle = new TextField();
    private final CheckBox callouts = new CheckBox("Label the selected event with a callout");
    private final TextField out = new TextField();
    private final Button export = new Button("Export");
    private final ProgressIndicator progress = new ProgressIndicator(-1);
    private final Label status = new Label();
    private boolean running;

    /** @param folder where the output file goes at first */
    ExportDialog(Window owner, ExportScene scene, ExportJob job, TaskRunner tasks, Path folder) {
        this.scene = scene;
        this.job = job;
        this.tasks = tasks;
        this.extent = new ExtentChoice("export", scene);
        stage.initOwner(owner);
        stage.setTitle("Export map");
        format.setId("export-format");
        format.getItems().setAll(ExportFormat.values());
        format.setValue(ExportFormat.PNG);
        format.valueProperty().addListener((obs, old, now) -> retypeOutput(now));
        title.setId("export-title");
        title.setPrefColumnCount(44);
        title.setText(ExportTexts.title(scene.filter()));
        subtitle.setId("export-subtitle");
        subtitle.setText(ExportTexts.subtitle(scene.filter(), scene.shownCount()));
        callouts.setId("export-callouts");
        callouts.setSelected(scene.selectedId() != null);
        callouts.setDisable(scene.selectedId() == null);
        if (scene.selectedId() != null) callouts.setText(callouts.getText() + " (" + scene.selectedId() + ")");
        out.setId("export-file");
        out.setPrefColumnCount(34);
        out.setText(folder.resolve("borderwatch-map.png").toString());
        Button choose = new Button("Choose…");
        choose.setId("export-choose");
        choose.setOnAction(e -> chooseFile());
        export.setId("export-run");
        export.setDefaultButton(true);
        export.setOnAction(e -> start());
        Button close = new Button("Close");
        close.setId("export-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        progress.setId("export-progress");
        progress.setPrefSize(22, 22);
        progress.setVisible(false);
        status.setId("export-status");
        status.setWrapText(true);
        status.setMaxWidth(560);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label("Format"), format);
        grid.addRow(row++, new Label("Extent"), extent);
        grid.addRow(row++, new Label("Size"), size);
        grid.addRow(row++, new Label("Title"), title);
        grid.addRow(row++, new Label("Subtitle"), subtitle);
        grid.add(callouts, 1, row++);
        HBox file = new HBox(6, out, choose);
        HBox.setHgrow(out, Priority.ALWAYS);
        grid.addRow(row++, new Label("File"), file);
        if (ExportJob.hasUnrecordedFilter(scene.filter())) {
            Label note = new Label("The actor, confidence and text filters apply to this export, but the file's "
                    + "metadata records only dates, kinds and categories.");
            note.setWrapText(true);
            note.setMaxWidth(560);
            grid.add(note, 1, row++);
        }
        ButtonBar.setButtonData(export, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(export, close);
        HBox bottom = new HBox(10, progress, status);
        VBox root = new VBox(12, grid, bottom, buttons);
        root.setPadding(new Insets(14));
        root.setId("export-dialog");
        stage.setScene(new Scene(root));
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    /** Starts the export of what the dialog says; asks first if the file exists. */
    void start() {
        if (running) return;
        ExportRequest request;
        try {
            Path target = Path.of(out.getText().strip());
            ExportJob.Choices c = new ExportJob.Choices(format.getValue(), extent.extent(scene), ExtentChoice.crs(scene),
                    size.size(), title.getText(), subtitle.getText(), callouts.isSelected());
            request = ExportJob.request(scene, c, target.toAbsolutePath(), false);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        busy(true, "Checking " + request.out().getFileName() + "…");
        Path target = request.out();
        tasks.run("Checking " + target.getFileName(), p -> Files.exists(target), exists -> {
            if (!exists) run(request);
            else askToReplace(request);
        }, e -> fail(e.getMessage()));
    }

    private void askToReplace(ExportRequest request) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", replace, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle("Export map");
        ask.setHeaderText(request.out().getFileName() + " already exists. Replace it?");
        ask.setContentText(request.out().toString());
        ask.getDialogPane().setId("export-confirm-replace");
        // replacing a figure by accident loses work: Cancel is what Enter does
        ((Button) ask.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ask.setOnHidden(e -> {
            if (ask.getResult() == replace) run(request.withOut(request.out(), true));
            else busy(false, "Not exported: " + request.out().getFileName() + " was left as it was.");
        });
        ask.show();
    }

    private void run(ExportRequest request) {
        busy(true, "Exporting " + request.out().getFileName() + "…");
        tasks.run("Exporting " + request.out().getFileName(), p -> job.export(scene, request), done -> {
            var r = done.result();
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Wrote %s (%s, %d × %d px, %s, %d events).",
                    r.file(), r.format(), r.widthPx(), r.heightPx(), bytes(done.bytes()), r.eventsShown()));
            for (String n : r.notes()) b.append("\nNote: ").append(n);
            busy(false, b.toString());
        }, e -> fail(e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    private void fail(String message) {
        busy(false, "Not exported: " + message);
        status.setStyle("-fx-text-fill: #b00020;");
    }

    private void busy(boolean on, String text) {
        running = on;
        export.setDisable(on);
        progress.setVisible(on);
        status.setStyle("");
        status.setText(text);
    }

    private void retypeOutput(ExportFormat f) {
        String text = out.getText().strip();
        if (!text.isEmpty()) out.setText(ExportJob.withExtension(Path.of(text), f).toString());
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export map as");
        ExportFormat f = format.getValue();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f + " files", "*." + f.extension()));
        Path current = Path.of(out.getText().strip()).toAbsolutePath();
        // the chooser refuses a folder that does not exist; it then opens where it last was
        if (current.getParent() != null && current.getParent().toFile().isDirectory())
            chooser.setInitialDirectory(current.getParent().toFile());
        chooser.setInitialFileName(current.getFileName().toString());
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) out.setText(ExportJob.withExtension(chosen.toPath(), f).toString());
    }

    static String bytes(long n) {
        if (n < 1024) return n + " bytes";
        if (n < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    }
}
