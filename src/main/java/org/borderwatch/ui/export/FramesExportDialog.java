package org.borderwatch.ui.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.borderwatch.events.model.Event;
import org.borderwatch.export.ExportFormat;
import org.borderwatch.export.ExportRequest;
import org.borderwatch.export.Exporter;
import org.borderwatch.export.FrameSequence;
import org.borderwatch.ui.task.TaskRunner;

/**
 * File → Export frames…: the timeline played as numbered PNG frames and an animated GIF, with the
 * filters in effect, one frame per step from a first day, sliding or cumulative, as
 * {@code export --frames} writes them. Starts from the timeline's range and bar size.
 */
public final class FramesExportDialog {
    private final ExportDialogFrame frame;
    private final ExportScene scene;
    private final ExportJob job;
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

    public FramesExportDialog(Window owner, ExportScene scene, ExportJob job, TaskRunner tasks, Path outFolder) {
        this.scene = scene;
        this.job = job;
        this.extent = new ExtentChoice("frames", scene);
        frame = new ExportDialogFrame(owner, "Export timeline frames", "frames", "Export frames", tasks, this::start);
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
        folder.setText(outFolder.toString());
        prefillSteps();

        GridPane grid = ExportDialogFrame.fieldGrid();
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
        grid.addRow(row++, new Label("Folder"), frame.outputRow(folder, this::chooseFolder));
        frame.setContent(grid);
    }

    public void show() {
        frame.stage().show();
    }

    Stage stage() {
        return frame.stage();
    }

    /**
     * The timeline's rule for bar size (days up to four months, weeks up to three years, months beyond),
     * from the filter's first day, or the first event's, to the filter's last day or the last event's.
     */
    private void prefillSteps() {
        LocalDate from = scene.filter().from();
        LocalDate to = scene.filter().to();
        for (Event e : scene.storeEvents()) {
            if (scene.filter().from() == null && (from == null || e.date().day().isBefore(from)))
                from = e.date().day();
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
        if (frame.running()) return;
        ExportRequest request;
        FrameSequence seq;
        int delayMs;
        Path dir = Path.of(folder.getText().strip()).toAbsolutePath();
        try {
            LocalDate day;
            try {
                day = LocalDate.parse(first.getText().strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "first day \"" + first.getText() + "\" is not a date like 2023-09-24", e);
            }
            int count;
            try {
                count = Integer.parseInt(frames.getText().strip());
                delayMs = Integer.parseInt(delay.getText().strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("frames and GIF delay must be whole numbers", e);
            }
            seq = new FrameSequence(count, FrameSequence.parseStep(step.getText()), window.getValue());
            ExportJob.Choices c = new ExportJob.Choices(
                    ExportFormat.PNG,
                    extent.extent(scene),
                    ExtentChoice.crs(scene),
                    size.size(),
                    title.getText(),
                    null,
                    callouts.isSelected(),
                    scene.allUncertainty());
            // the first day comes from the sequence; each frame gets its own dates and default subtitle
            request =
                    ExportJob.request(scene, c, dir.resolve("frame.png"), false).withDates(day, null);
        } catch (IllegalArgumentException e) {
            frame.fail(e.getMessage());
            return;
        }
        frame.check("Checking " + dir + "…", "Checking " + dir.getFileName(), p -> existingOutputs(dir), existing -> {
            if (existing == 0) run(request, seq, dir, delayMs, false);
            else
                frame.askToReplace(
                        dir.getFileName() + " already holds " + existing + " frame or GIF files. Replace them?",
                        dir.toString(),
                        () -> run(request, seq, dir, delayMs, true),
                        "Not exported: the files in " + dir + " were left as they were.");
        });
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

    private void run(ExportRequest request, FrameSequence seq, Path dir, int delayMs, boolean overwrite) {
        frame.export(
                "Exporting " + seq.frames() + " frames",
                p -> {
                    Files.createDirectories(dir);
                    return job.exportFrames(scene, request, seq, dir, delayMs, overwrite);
                },
                done -> ExportDialogFrame.withNotes(
                        "Wrote " + done.frames().size() + " frames and " + done.gif() + ".", done.notes()));
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the frames");
        File chosen = chooser.showDialog(frame.stage());
        if (chosen != null) folder.setText(chosen.getPath());
    }
}
