package org.borderwatch.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The BorderWatch desktop application: the main window and everything in it. */
public final class BorderWatchApp extends Application {

    /** Starts the JavaFX toolkit and opens the main window; returns when the window closes. */
    public static void launchWindow(String... args) {
        Application.launch(BorderWatchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("BorderWatch");
        stage.setScene(new Scene(new BorderPane(), 1280, 800));
        stage.show();
    }
}
