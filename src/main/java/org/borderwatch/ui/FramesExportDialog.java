package org.borderwatch.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
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
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.borderwatch.events.Event;
import org.borderwatch.export.ExportFormat;
import org.borderwatch.export.ExportRequest;
import org.borderwatch.export.Exporter;
import org.borderwatch.export.FrameSequence;

/**
 * File → Export frames…: the timeline played as numbered PNG frames and an animated GIF, with the
 * filters in effect, one frame per step from a first day, sliding or cumulative, as
 * {@code export --frames} writes them. Starts from the timeline's range and bar size.
 */
final class FramesExportDialog {
    private final Stage stage = new Stage();
    private final ExportScene scene;
    private final ExportJob job;
    private final TaskRunner tasks;
    private final TextField first = new TextField();
    private final TextField frames = new TextField();
    private final TextField step = new TextField();
    private final ChoiceBox<FrameSequence.Window> window = new ChoiceBox<>();
    private final TextField delay = new TextField("500");
    private final ExtentChoice extent;
    private final PageSizeChoice size = new PageSizeChoice("frames");
    private final TextField title = new TextField();
    private final CheckBox callouts = new CheckBox("Label the selected event with a callout");
    private final TextField folder = new TextField();
    private final Button export = new Button("Export frames");
    private final ProgressIndicator progress = new ProgressIndicator(-1);
    private final Label status = new Label();
    private boolean running;

    FramesExportDialog(Window owner, ExportScene scene, ExportJob job, TaskRunner tasks, Path outFolder) {
        this.scene = scene;
        this.job = job;
        this.tasks = tasks;
        this.extent = new ExtentChoice("frames", scene);
        stage.initOwner(owner);
        stage.setTitle("Export timeline frames");
        first.setId("frames-first");
        frames.setId("frames-count");
        step.setId("frames-step");
        window.setId("frames-window");
        window.getItems().setAll(FrameSequence.Window.values());
        window.setValue(FrameSequence.Window.SLIDING);
        delay.setId("frames-delay");
        title.setId("frames-title");
        title.setText(ExportTexts.title(scene.filter()));
        callouts.setId("frames-callouts");
        callouts.setSelected(false);
        callouts.setDisable(scene.selectedId() == null);
        folder.setId("frames-folder");
        folder.setPrefColumnCount(34);
        folder.setText(outFolder.toString());
        prefillSteps();
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> chooseFolder());
        export.setId("frames-run");
        export.setDefaultButton(true);
        export.setOnAction(e -> start());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        progress.setPrefSize(22, 22);
        progress.setVisible(false);
        status.setId("frames-status");
        status.setWrapText(true);
        status.setMaxWidth(560);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label("First day"), first);
        grid.addRow(row++, new Label("Step"), new HBox(6, step, new Label("(1d, 7d, 2w, 1m)")));
        grid.addRow(row++, new Label("Frames"), frames);
        grid.addRow(row++, new Label("Window"), window);
        grid.addRow(row++, new Label("GIF delay (ms)"), delay);
        grid.addRow(row++, new Label("Extent"), extent);
        grid.addRow(row++, new Label("Size"), size);
        grid.addRow(row++, new Label("Title"), title);
        grid.add(callouts, 1, row++);
        HBox dir = new HBox(6, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);
        grid.addRow(row++, new Label("Folder"), dir);
        ButtonBar.setButtonData(export, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(export, close);
        VBox root = new VBox(12, grid, new HBox(10, progress, status), buttons);
        root.setPadding(new Insets(14));
        root.setId("frames-dialog");
        stage.setScene(new Scene(root));
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    /**
     * The timeline's rule for bar size (days up to four months, weeks up to three years, months beyond),
     * from the filter's first day, or the first event's, to the filter's last day or the last event's.
     */
    private void prefillSteps() {
        LocalDate from = scene.filter().from();
        LocalDate to = scene.filter().to();
        for (Event e : scene.storeEvents()) {
            if (scene.filter().from() == null && (from == null || e.date().day().isBefore(from))) from = e.date().day();
            if (scene.filter().to() == null && (to == null || e.lastDay().isAfter(to))) to = e.lastDay();
        }
        if (from == null) from = LocalDate.now();
        if (to == null || to.isBefore(from)) to = from;
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        String unit = days <= 120 ? "1d" : days <= 3 * 366 ? "7d" : "1m";
        Period p = FrameSequence.parseStep(unit);
        int n = 0;
        while (n < FrameSequence.MAX_FRAMES && !from.plus(p.multipliedBy(n)).isAfter(to)) n++;
        first.setText(from.toString());
        step.setText(unit);
        frames.setText(Integer.toString(Math.max(1, n)));
    }

    void start() {
        if (running) return;
        ExportRequest request;
        FrameSequence seq;
        int delayMs;
        Path dir = Path.of(folder.getText().strip()).toAbsolutePath();
        try {
            LocalDate day;
            try {
                day = LocalDate.parse(first.getText().strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("first day \"" + first.getText() + "\" is not a date like 2023-09-24", e);
            }
            int count;
            try {
                count = Integer.parseInt(frames.getText().strip());
                delayMs = Integer.parseInt(delay.getText().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("frames and GIF delay must be whole numbers", e);
            }
            seq = new FrameSequence(count, FrameSequence.parseStep(step.getText()), window.getValue());
            ExportJob.Choices c = new ExportJob.Choices(ExportFormat.PNG, extent.extent(scene), ExtentChoice.crs(scene),
                    size.size(), title.getText(), null, callouts.isSelected());
            // the first day comes from the sequence; each frame gets its own dates and default subtitle
            request = ExportJob.request(scene, c, dir.resolve("frame.png"), false).withDates(day, null);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        busy(true, "Checking " + dir + "…");
        tasks.run("Checking " + dir.getFileName(), p -> existingOutputs(dir), existing -> {
            if (existing == 0) run(request, seq, dir, delayMs, false);
            else askToReplace(request, seq, dir, delayMs, existing);
        }, e -> fail(e.getMessage()));
    }

    /** How many frames or GIFs of an earlier export are in {@code dir}. */
    private static int existingOutputs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return 0;
        int n = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "{frame-*.png," + Exporter.GIF_NAME + "}")) {
            for (Path ignored : files) n++;
        }
        return n;
    }

    private void askToReplace(ExportRequest request, FrameSequence seq, Path dir, int delayMs, int existing) {
        ButtonType replace = new ButtonType("Replace", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", replace, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle("Export timeline frames");
        ask.setHeaderText(dir.getFileName() + " already holds " + existing + " frame or GIF files. Replace them?");
        ask.setContentText(dir.toString());
        ask.getDialogPane().setId("frames-confirm-replace");
        ((Button) ask.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ask.setOnHidden(e -> {
            if (ask.getResult() == replace) run(request, seq, dir, delayMs, true);
            else busy(false, "Not exported: the files in " + dir + " were left as they were.");
        });
        ask.show();
    }

    private void run(ExportRequest request, FrameSequence seq, Path dir, int delayMs, boolean overwrite) {
        busy(true, "Exporting " + seq.frames() + " frames…");
        tasks.run("Exporting " + seq.frames() + " frames", p -> {
            Files.createDirectories(dir);
            return job.exportFrames(scene, request, seq, dir, delayMs, overwrite);
        }, done -> {
            StringBuilder b = new StringBuilder("Wrote " + done.frames().size() + " frames and " + done.gif() + ".");
            for (String n : done.notes()) b.append("\nNote: ").append(n);
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

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the frames");
        File chosen = chooser.showDialog(stage);
        if (chosen != null) folder.setText(chosen.getPath());
    }
}
