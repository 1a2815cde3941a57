package org.lectern.ui;

import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window at 1440×900 on a prepared library, rendered to PNGs for the docs. */
public final class ScreenshotWindow implements AutoCloseable {
    /** Monocle's headless screen must hold the whole window; call before the toolkit starts. */
    public static void sizeHeadlessScreen() {
        if (System.getProperty("headless.geometry") == null) System.setProperty("headless.geometry", "1440x900-32");
    }

    public final WindowFixture fixture;
    public final Stage stage;

    private ScreenshotWindow(WindowFixture fixture, Stage stage) {
        this.fixture = fixture;
        this.stage = stage;
    }

    /** Opens the window on {@code library} and waits until it shows {@code rows} papers. */
    public static ScreenshotWindow open(Path library, int rows) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        WindowFixture fixture = new WindowFixture(library);
        fx(() -> {
            fixture.show(stage);
            stage.setWidth(1440);
            stage.setHeight(900);
            stage.setX(0);
            stage.setY(0);
            return null;
        });
        until("the rows", () -> fixture.window.table().getItems().size() == rows
                && fixture.window.table().getItems().get(0) != PagedRows.LOADING);
        return new ScreenshotWindow(fixture, stage);
    }

    /** Waits for the window's background work and the frames that follow it. */
    public void settle() {
        WaitForAsyncUtils.waitForFxEvents(20);
        until("background idle", () -> fixture.background.runningProperty().get() == 0);
        WaitForAsyncUtils.waitForFxEvents(20);
    }

    /** Writes the whole window to {@code file} as a PNG. */
    public void shoot(Path file) throws Exception {
        javafx.scene.image.Image image = fx(() -> {
            Scene scene = stage.getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.snapshot(null);
        });
        Png.write(image, file);
    }

    @Override
    public void close() throws Exception {
        fixture.close();
        FxToolkit.cleanupStages();
    }
}
