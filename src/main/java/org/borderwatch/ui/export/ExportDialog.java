package org.borderwatch.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.borderwatch.export.ExportFormat;
import org.borderwatch.export.ExportRequest;
import org.borderwatch.ui.task.TaskRunner;

/**
 * File → Export…: exports what the window shows as a PNG, SVG or PDF figure of a chosen extent and
 * size, with an editable title and subtitle, optionally labelling the selected event, or two dates side by side
 * (as {@code export --compare} does). It asks before
 * replacing a file, writes in the background (the window stays usable, progress shows here and in the
 * status bar) and reports the file written or what went wrong. A window of its own, not modal.
 */
public final class ExportDialog {
    private final ExportDialogFrame frame;
    private final ExportScene scene;
    private final ExportJob job;
    private final ChoiceBox<ExportFormat> format = new ChoiceBox<>();
    private final ExtentChoice extent;
    private final PageSizeChoice size = new PageSizeChoice("export");
    private final TextField title = new TextField();
    private final TextField subtitle = new TextField();
    private final CheckBox callouts = new CheckBox("Label the selected event with a callout");
    private final CheckBox uncertainty = new CheckBox("Draw every event's uncertainty circle, clustered or not");
    private final CompareChoice compare;
    private final TextField out = new TextField();
    private java.util.function.Consumer<Path> exportedTo = folder -> {};

    /** @param folder where the output file goes at first */
    public ExportDialog(Window owner, ExportScene scene, ExportJob job, TaskRunner tasks, Path folder) {
        this.scene = scene;
        this.job = job;
        this.extent = new ExtentChoice("export", scene);
        frame = new ExportDialogFrame(owner, "Export map", "export", "Export", tasks, this::start);
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
        uncertainty.setId("export-uncertainty");
        uncertainty.setSelected(scene.allUncertainty());
        compare = new CompareChoice(scene.time().day());
        // a two-panel figure titles each panel with its day; the single map's subtitle would say the wrong dates
        compare.comparesProperty()
                .addListener((obs, old, on) ->
                        subtitle.setText(on ? "" : ExportTexts.subtitle(scene.filter(), scene.shownCount())));
        out.setId("export-file");
        out.setText(folder.resolve("borderwatch-map.png").toString());

        GridPane grid = ExportDialogFrame.fieldGrid();
        int row = 0;
        grid.addRow(row++, new Label("Format"), format);
        grid.addRow(row++, new Label("Extent"), extent);
        grid.addRow(row++, new Label("Size"), size);
        grid.addRow(row++, new Label("Title"), title);
        grid.addRow(row++, new Label("Subtitle"), subtitle);
        grid.add(callouts, 1, row++);
        grid.add(uncertainty, 1, row++);
        grid.addRow(row++, new Label("Compare"), compare);
        grid.addRow(row++, new Label("File"), frame.outputRow(out, this::chooseFile));
        frame.setContent(grid);
    }

    public void show() {
        frame.stage().show();
    }

    /** Called on the FX thread with the folder of each file written, so the next dialog proposes it. */
    public void setOnExported(java.util.function.Consumer<Path> folder) {
        exportedTo = folder;
    }

    Stage stage() {
        return frame.stage();
    }

    /** Starts the export of what the dialog says; asks first if the file exists. */
    void start() {
        if (frame.running()) return;
        ExportRequest request;
        try {
            Path target = Path.of(out.getText().strip());
            ExportJob.Choices c = new ExportJob.Choices(
                    format.getValue(),
                    extent.extent(scene),
                    ExtentChoice.crs(scene),
                    size.size(),
                    title.getText(),
                    subtitle.getText(),
                    callouts.isSelected(),
                    uncertainty.isSelected(),
                    compare.days());
            request = ExportJob.request(scene, c, target.toAbsolutePath(), false);
        } catch (IllegalArgumentException e) {
            frame.fail(e.getMessage());
            return;
        }
        Path target = request.out();
        frame.check(
                "Checking " + target.getFileName() + "…",
                "Checking " + target.getFileName(),
                p -> Files.exists(target),
                exists -> {
                    if (!exists) run(request);
                    else
                        frame.askToReplace(
                                target.getFileName() + " already exists. Replace it?",
                                target.toString(),
                                () -> run(request.withOut(target, true)),
                                "Not exported: " + target.getFileName() + " was left as it was.");
                });
    }

    private void run(ExportRequest request) {
        frame.export("Exporting " + request.out().getFileName(), p -> job.export(scene, request), done -> {
            var r = done.result();
            exportedTo.accept(r.file().toAbsolutePath().getParent());
            return ExportDialogFrame.withNotes(
                    String.format(
                            Locale.ROOT,
                            "Wrote %s (%s, %d × %d px, %s, %d events).",
                            r.file(),
                            r.format(),
                            r.widthPx(),
                            r.heightPx(),
                            bytes(done.bytes()),
                            r.eventsShown()),
                    r.notes());
        });
    }

    private void retypeOutput(ExportFormat f) {
        String text = out.getText().strip();
        if (!text.isEmpty())
            out.setText(ExportJob.withExtension(Path.of(text), f).toString());
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
        File chosen = chooser.showSaveDialog(frame.stage());
        if (chosen != null)
            out.setText(ExportJob.withExtension(chosen.toPath(), f).toString());
    }

    static String bytes(long n) {
        if (n < 1024) return n + " bytes";
        if (n < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    }
}
