package org.lectern.ui;

import java.nio.file.Path;

import javafx.application.Application;
import javafx.stage.Stage;

import org.lectern.store.Library;
import org.lectern.store.LibraryServices;
import org.lectern.ui.shell.MainWindow;

/** The Lectern application: opens the library, shows the main window, closes both at the end. */
public final class LecternApp extends Application {
    private static volatile Path libraryPath;

    private Library library;
    private Background background;
    private MainWindow window;

    /** Opens the window on {@code library}; returns when the window closes. */
    public static void open(Path library) {
        libraryPath = library;
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
    }

    @Override
    public void stop() {
        if (window != null) window.close();
        if (background != null) background.drain(10_000);
        if (library != null) library.close();
    }
}
