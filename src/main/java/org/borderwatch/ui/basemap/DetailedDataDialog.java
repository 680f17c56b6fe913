package org.borderwatch.ui.basemap;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.borderwatch.map.osm.BaseMapFolder;
import org.borderwatch.map.osm.ExtractDownload;
import org.borderwatch.ui.task.TaskRunner;

/**
 * "Get detailed data for the region…": downloads the OpenStreetMap extracts whose URLs it lists (Geofabrik's Kosovo
 * and Serbia unless the user changed them; kept in the settings folder's {@code basemap.json}) into the app's data
 * folder, in the background with progress, checks each against the provider's {@code .md5}, cuts it to the region and
 * hands the map back to be reloaded with them as its base map. Pause stops the download where it is; Download goes
 * on from there (an HTTP Range request). Nothing is fetched until the user presses Download.
 */
public final class DetailedDataDialog {

    private static final System.Logger LOG = System.getLogger(DetailedDataDialog.class.getName());
    private static final String USER_AGENT = "BorderWatch (desktop GIS; Get detailed data for the region)";

    private final Stage stage = new Stage();
    private final BaseMapFolder folder;
    private final TaskRunner tasks;
    private final Runnable fetched;
    private final TextArea urls = new TextArea();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label status = new Label("Nothing is downloaded until you press Download.");
    private final Button download = new Button("Download");
    private final Button pause = new Button("Pause");
    private final AtomicBoolean paused = new AtomicBoolean();

    /**
     * @param fetched called on the FX thread when every extract is kept, to reload the map with them
     */
    public DetailedDataDialog(Window owner, BaseMapFolder folder, TaskRunner tasks, Runnable fetched) {
        this.folder = folder;
        this.tasks = tasks;
        this.fetched = fetched;
        stage.initOwner(owner);
        stage.setTitle("Get detailed data for the region");
        Label intro = new Label("Roads, railways, villages, rivers and land use from OpenStreetMap (© OpenStreetMap"
                + " contributors, ODbL 1.0), as Geofabrik's daily extracts: Kosovo about 30 MB, Serbia about 500 MB."
                + " They are kept in " + folder.dir() + ", Serbia cut to the region, and drawn as the base map at"
                + " the scales where they are better than the shipped layers. One URL a line:");
        intro.setWrapText(true);
        urls.setId("basemap-urls");
        urls.setPrefRowCount(3);
        bar.setId("basemap-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        status.setId("basemap-status");
        status.setWrapText(true);
        // a long message (offline, a checksum) grows the window rather than ending in an ellipsis
        status.setMinHeight(Region.USE_PREF_SIZE);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().addListener((obs, old, now) -> Platform.runLater(stage::sizeToScene));
        download.setId("basemap-download");
        pause.setId("basemap-pause");
        pause.setDisable(true);
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        download.setDefaultButton(true);
        download.setOnAction(e -> start());
        pause.setOnAction(e -> paused.set(true));
        ButtonBar buttons = new ButtonBar();
        ButtonBar.setButtonData(download, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(pause, ButtonBar.ButtonData.OTHER);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.getButtons().addAll(download, pause, close);
        VBox root = new VBox(10, intro, urls, bar, status, buttons);
        root.setPadding(new Insets(14));
        root.setPrefWidth(560);
        stage.setScene(new Scene(root));
        // closing the window pauses a running download: its part stays and the next Download goes on from it
        stage.setOnHidden(e -> paused.set(true));
    }

    /** Shows the dialog with the URLs of the settings (read in the background). */
    public void show() {
        stage.show();
        urls.setDisable(true);
        tasks.run(
                "Reading the base map settings",
                progress -> folder.urls(),
                list -> {
                    urls.setText(
                            String.join("\n", list.stream().map(URI::toString).toList()));
                    urls.setDisable(false);
                },
                e -> {
                    status.setText(e.getMessage());
                    urls.setText(String.join(
                            "\n",
                            BaseMapFolder.DEFAULT_URLS.stream()
                                    .map(URI::toString)
                                    .toList()));
                    urls.setDisable(false);
                });
    }

    private void start() {
        List<URI> list = new ArrayList<>();
        for (String line : urls.getText().split("\\R")) {
            if (line.isBlank()) continue;
            try {
                list.add(URI.create(line.strip()));
            } catch (IllegalArgumentException e) {
                status.setText("\"" + line.strip() + "\" is not a URL");
                return;
            }
        }
        if (list.isEmpty()) {
            status.setText("Give at least one URL of a Geofabrik .shp.zip extract.");
            return;
        }
        paused.set(false);
        bar.setProgress(0);
        download.setDisable(true);
        pause.setDisable(false);
        urls.setDisable(true);
        ExtractDownload loader = new ExtractDownload(ExtractDownload.defaultClient(), USER_AGENT);
        tasks.run(
                "Getting detailed data for the region",
                progress -> {
                    folder.saveUrls(list);
                    for (int i = 0; i < list.size(); i++) {
                        URI url = list.get(i);
                        String what = (i + 1) + " of " + list.size() + ": "
                                + url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
                        Optional<?> kept = folder.fetch(
                                url,
                                loader,
                                (done, total) -> {
                                    double f = total > 0 ? (double) done / total : -1;
                                    String text = what + " — " + mb(done) + (total > 0 ? " of " + mb(total) : "");
                                    progress.update(text, f);
                                    Platform.runLater(() -> {
                                        bar.setProgress(f);
                                        status.setText(text);
                                    });
                                },
                                paused::get);
                        if (kept.isEmpty()) return false;
                        Platform.runLater(() -> status.setText(what + ": checked, cut to the region and kept"));
                    }
                    return true;
                },
                done -> {
                    ready();
                    if (done) {
                        bar.setProgress(1);
                        status.setText("Every extract is kept in " + folder.dir() + "; the map now draws them.");
                        fetched.run();
                    } else {
                        status.setText(status.getText() + " — paused; Download goes on from here.");
                        download.setText("Resume");
                    }
                },
                e -> {
                    ready();
                    LOG.log(System.Logger.Level.WARNING, "getting detailed data failed", e);
                    status.setText(e.getMessage() == null ? e.toString() : e.getMessage());
                });
    }

    private void ready() {
        download.setDisable(false);
        pause.setDisable(true);
        urls.setDisable(false);
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }
}
