package org.lectern.ui;

import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lectern.store.Library;
import org.lectern.ui.table.PagedRows;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window at 1440×900 on a prepared library, rendered to PNGs for the docs. Registered as a
 * static field ({@code @RegisterExtension static final ScreenshotWindow window = ScreenshotWindow.on(…)}),
 * it prepares a library in a folder of its own before the class's tests and opens the window on it,
 * and closes both after them.
 */
public final class ScreenshotWindow implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    /** Monocle's headless screen must hold the whole window; call before the toolkit starts. */
    public static void sizeHeadlessScreen() {
        if (System.getProperty("headless.geometry") == null) System.setProperty("headless.geometry", "1440x900-32");
    }

    public WindowFixture fixture;
    public Stage stage;
    private Prepare prepare;
    private int rows;
    private Path folder;

    /** What goes into the library before the window opens on it. */
    public interface Prepare {
        void before(Library library) throws Exception;
    }

    private ScreenshotWindow(WindowFixture fixture, Stage stage) {
        this.fixture = fixture;
        this.stage = stage;
    }

    /** A window on a library {@code prepare} has filled, once it shows {@code rows} papers. */
    public static ScreenshotWindow on(Prepare prepare, int rows) {
        sizeHeadlessScreen(); // the test class's static field: before its tests start the toolkit
        ScreenshotWindow window = new ScreenshotWindow(null, null);
        window.prepare = prepare;
        window.rows = rows;
        return window;
    }

    /** The folder the pictures go to: the {@code lectern.screenshots} property. */
    public static Path out() {
        return Path.of(System.getProperty("lectern.screenshots"));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("lectern-screenshots");
        Path file = folder.resolve("library.db");
        try (Library library = Library.open(file)) {
            prepare.before(library);
        }
        ScreenshotWindow opened = open(file, rows);
        fixture = opened.fixture;
        stage = opened.stage;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        close();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
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
