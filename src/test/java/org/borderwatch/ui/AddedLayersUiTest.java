package org.borderwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.borderwatch.geopackage.CraftedGeoPackage;
import org.borderwatch.map.Layer;
import org.borderwatch.map.user.UserLayer;
import org.borderwatch.ui.settings.AddedLayersFile;
import org.borderwatch.ui.settings.Settings;
import org.borderwatch.ui.task.InlineTaskRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Add layer… in the real window: layers from the command line, the notice for bad files, removal, the saved list. */
@ExtendWith(ApplicationExtension.class)
class AddedLayersUiTest {
    private MapWindowFixture fx;
    private AddedLayersUi ui;
    private Path dir;
    private AddedLayersFile file;

    private static Path gpkg;

    /**
     * Writes the GeoPackage and reads it once off the FX thread: the first read loads SQLite's native library and
     * GeoTools' EPSG database, which on a loaded machine outlasts TestFX's wait for the window.
     */
    @BeforeAll
    static void warmUp() throws Exception {
        gpkg = CraftedGeoPackage.write(
                Files.createTempDirectory("added-layers-ui-data").resolve("crafted.gpkg"));
        new org.borderwatch.geopackage.GeoPackageDataStore(gpkg)
                .getFeatureSource("towns")
                .getCount(org.geotools.api.data.Query.ALL);
    }

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("added-layers-ui");
        file = new AddedLayersFile(dir.resolve("added-layers.json"));
        // the test painter fills polygons only; these tests look at the model, not at pixels
        fx = MapWindowFixture.open(stage, Settings.defaults(), (g, frame) -> {});
        ui = AddedLayersUi.attach(
                fx.window,
                stage,
                new InlineTaskRunner(),
                file,
                List.of(gpkg + ":towns", dir.resolve("gone.shp").toString()));
    }

    @BeforeEach
    void firstFrameShown() throws Exception {
        fx.awaitFrame();
    }

    private Layer top() throws Exception {
        return fx.onFx(() -> {
            List<Layer> layers = fx.view().modelProperty().get().layers();
            return layers.get(layers.size() - 1);
        });
    }

    @Test
    void aLayerNamedOnTheCommandLineJoinsTheMapOnTopInItsGroup() throws Exception {
        Layer top = top();
        assertThat(top.title()).isEqualTo("towns (crafted.gpkg)");
        assertThat(top.info().group()).isEqualTo(UserLayer.GROUP);
        assertThat(fx.onFx(() -> ui.current())).extracting(UserLayer::title).containsExactly("towns (crafted.gpkg)");
    }

    @Test
    void aMissingFileAndSkippedRowsAreToldInTheNoticeAboveTheMap() throws Exception {
        String notice = fx.onFx(() -> ui.noticeText());
        assertThat(notice)
                .startsWith("--layer " + dir.resolve("gone.shp") + ": " + dir.resolve("gone.shp") + ": file not found")
                .endsWith("(and 2 more)");
    }

    @Test
    void removingAnAddedLayerTakesItOffTheMapAndOutOfWhatIsSaved() throws Exception {
        Layer top = top();
        fx.runFx(() -> ui.remove(top));
        assertThat(fx.onFx(() -> fx.view().modelProperty().get().layers()))
                .extracting(Layer::name)
                .doesNotContain(top.name());
        assertThat(fx.onFx(() -> ui.current())).isEmpty();
    }

    @Test
    void theSavedFileReopensTheLayersWithTheirStyleAndVisibility() throws Exception {
        UserLayer towns = fx.onFx(() -> ui.current()).get(0);
        UserLayer hidden = towns.withVisible(false).withStyle(towns.style().withStrokeWidth(3));
        file.save(List.of(hidden));
        assertThat(file.load()).containsExactly(hidden);
    }
}
