package org.lectern.ui;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.lectern.store.Library;
import org.lectern.store.LibraryServices;
import org.lectern.ui.shell.MainWindow;

/** The Lectern application: opens the library, shows the main window, closes both at the end. */
public final class LecternApp extends Application {
    private static volatile Path libraryPath;
    private static volatile Consumer<Shown> whenShown = shown -> { };

    private Library library;
    private Background background;
    private MainWindow window;

    /** What the window offers the process around it once it is up; both may be called from any thread. */
    public interface Shown {
        void toFront();

        /** Someone in this process committed to the library: reload now rather than at the next poll. */
        void libraryChanged();
    }

    /** Opens the window on {@code library}; returns when the window closes. */
    public static void open(Path library) {
        open(library, shown -> { });
    }

    /** Opens the window on {@code library}, telling {@code whenShown} once it is up; returns when the window closes. */
    public static void open(Path library, Consumer<Shown> whenShown) {
        libraryPath = library;
        LecternApp.whenShown = whenShown;
        Application.launch(LecternApp.class);
    }

    @Override
    public void init() {
        // init runs on the launcher thread: opening (and migrating) the file never holds the FX thread
        library = Library.open(libraryPath);
        StartupTrace.mark("library open");
    }

    @Override
    public void start(Stage stage) {
        background = Background.daemon();
        StartupTrace.mark("start");
        window = new MainWindow(LibraryServices.of(library), background);
        StartupTrace.mark("window built");
        window.install(stage, getHostServices());
        StartupTrace.mark("window installed");
        stage.show();
        StartupTrace.mark("window shown");
        MainWindow shown = window;
        whenShown.accept(new Shown() {
            @Override
            public void toFront() {
                Platform.runLater(() -> {
                    stage.setIconified(false);
                    stage.toFront();
                    stage.requestFocus();
                });
            }

            @Override
            public void libraryChanged() {
                Platform.runLater(shown::refreshAll);
            }
        });
    }

    @Override
    public void stop() {
        if (window != null) window.close();
        if (background != null) background.drain(10_000);
        if (library != null) library.close();
    }
}
