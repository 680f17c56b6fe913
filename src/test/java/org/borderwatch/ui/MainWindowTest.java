package org.borderwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new BorderWatchApp().start(stage);
    }

    @Test
    void mainWindowIsTitledBorderWatch() {
        assertThat(stage.getTitle()).isEqualTo("BorderWatch");
        assertThat(stage.isShowing()).isTrue();
    }
}
