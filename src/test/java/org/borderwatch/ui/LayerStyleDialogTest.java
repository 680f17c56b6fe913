package org.borderwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;
import org.borderwatch.map.user.UserStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LayerStyleDialogTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void opensOnTheCurrentStyleAndGivesTheColoursWidthAndOpacityItsControlsShow(FxRobot robot) throws Exception {
        UserStyle start = new UserStyle(new Color(0xEE6677), new Color(0x223344), 1.5, 0.6);
        UserStyle[] seen = new UserStyle[2];
        robot.interact(() -> {
            LayerStyleDialog dialog = new LayerStyleDialog("towns", start);
            seen[0] = dialog.chosen();
            @SuppressWarnings("unchecked")
            Spinner<Double> width = (Spinner<Double>) dialog.getDialogPane().lookup("#style-width");
            width.getValueFactory().setValue(4.0);
            ((Slider) dialog.getDialogPane().lookup("#style-opacity")).setValue(0.25);
            ((ColorPicker) dialog.getDialogPane().lookup("#style-fill"))
                    .setValue(javafx.scene.paint.Color.rgb(0, 128, 255));
            seen[1] = dialog.chosen();
        });
        assertThat(seen[0]).isEqualTo(start);
        assertThat(seen[1]).isEqualTo(new UserStyle(new Color(0, 128, 255), new Color(0x223344), 4.0, 0.25));
    }
}
