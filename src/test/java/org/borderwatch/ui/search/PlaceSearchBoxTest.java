package org.borderwatch.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.borderwatch.gazetteer.Gazetteer;
import org.borderwatch.gazetteer.GazetteerPlace;
import org.borderwatch.gazetteer.NameStyle;
import org.borderwatch.places.KnownPlaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The place search field typed into like a user would, with the shipped gazetteer. */
@ExtendWith(ApplicationExtension.class)
class PlaceSearchBoxTest {

    private final ObjectProperty<NameStyle> names = new SimpleObjectProperty<>(NameStyle.SR_LATN);
    private final List<GazetteerPlace> picked = new ArrayList<>();
    private PlaceSearchBox box;

    @Start
    void start(Stage stage) throws Exception {
        box = new PlaceSearchBox(names, picked::add);
        box.gazetteerProperty().set(Gazetteer.load(Path.of("data/gazetteer.geojson")));
        stage.setScene(new Scene(new VBox(box), 500, 300));
        stage.show();
    }

    @Test
    void typingCyrillicFindsZvecanAndEnterPicksIt(FxRobot robot) {
        robot.clickOn(box);
        robot.interact(() -> box.setText("Звечан"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(box.found()).first().extracting(m -> m.place().id()).isEqualTo("geonames:783770");
        Label first = robot.lookup("#place-result-0").queryAs(Label.class);
        assertThat(first.getText()).startsWith("Zvečan");

        robot.type(KeyCode.ENTER);
        assertThat(picked).extracting(GazetteerPlace::id).containsExactly("geonames:783770");
    }

    /**
     * In a desktop window (GTK) the open results popup receives the keys before the field; Enter there, with no result
     * highlighted, used to do nothing until Down was pressed.
     */
    @Test
    void enterReachingTheOpenResultsPopupPicksTheBestMatch(FxRobot robot) {
        robot.clickOn(box);
        robot.interact(() -> box.setText("Zvecan"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window popup =
                robot.lookup("#place-result-0").queryAs(Label.class).getScene().getWindow();

        robot.interact(() -> javafx.event.Event.fireEvent(
                popup,
                new javafx.scene.input.KeyEvent(
                        javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false)));

        assertThat(picked).extracting(GazetteerPlace::id).containsExactly("geonames:783770");
        assertThat(popup.isShowing()).isFalse();
    }

    @Test
    void enterPressedWhileThePlacesLoadPicksTheBestMatchOnceTheyAre(FxRobot robot) throws Exception {
        Gazetteer shipped = box.gazetteerProperty().get();
        robot.interact(() -> box.gazetteerProperty().set(null));
        robot.clickOn(box);
        robot.interact(() -> box.setText("Banjska"));
        robot.type(KeyCode.ENTER);
        assertThat(picked).isEmpty();

        robot.interact(() -> box.gazetteerProperty().set(shipped));

        assertThat(picked).singleElement().satisfies(p -> assertThat(p.names()).containsValue("Banjska"));
    }

    @Test
    void resultsFollowTheNameStyle(FxRobot robot) {
        robot.interact(() -> {
            names.set(NameStyle.SR_CYRL);
            box.setText("mitrovica");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#place-result-0").queryAs(Label.class).getText())
                .startsWith("Косовска Митровица");
        assertThat(robot.lookup("#place-result-1").queryAs(Label.class).getText())
                .startsWith("Северна Косовска Митровица");
    }

    @Test
    void readsEveryKnownPlaceOnceOnFirstUseAndNamesTheKindOfEachResult(FxRobot robot) {
        AtomicInteger loads = new AtomicInteger();
        robot.interact(() -> {
            box.gazetteerProperty().set(null);
            box.setText("");
            box.loadOnFirstUse(() -> {
                loads.incrementAndGet();
                try {
                    box.gazetteerProperty()
                            .set(KnownPlaces.load(
                                    Path.of("data/gazetteer.geojson"),
                                    Path.of("maps"),
                                    Path.of("data/crossings.geojson")));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        });
        robot.clickOn(box);
        robot.interact(() -> box.setText("Komuna e Leposaviqit"));
        robot.interact(() -> box.setText("Raški"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(loads).hasValue(1);
        assertThat(robot.lookup("#place-result-0").queryAs(Label.class).getText())
                .isEqualTo("Raški  ·  district (RS)");
    }
}
