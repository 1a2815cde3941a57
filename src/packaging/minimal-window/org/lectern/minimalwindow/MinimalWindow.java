package org.lectern.minimalwindow;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The least a JavaFX program does to show a window: what Lectern's first window is measured against
 * (lectern bench). Same size as Lectern's first window, so the renderer fills as many pixels.
 */
public final class MinimalWindow extends Application {
    /** The window's title, which the benchmark waits for. */
    public static final String TITLE = "Minimal JavaFX window";

    @Override
    public void start(Stage stage) {
        stage.setTitle(TITLE);
        stage.setScene(new Scene(new Label("A minimal JavaFX window"), 1320, 820));
        stage.show();
    }
}
