package org.lectern.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.lectern.edit.UndoJournal;
import org.lectern.store.LibraryServices;
import org.lectern.ui.shell.MainWindow;

/**
 * The Lectern application: opens the services it is handed the way to open, shows the main window
 * on them, and at the end stops the window's work and closes them.
 */
public final class LecternApp extends Application {
    private static volatile Supplier<LibraryServices> opening;
    private LibraryServices services;
    private static volatile UndoJournal journal;
    private static volatile Consumer<Shown> whenShown = shown -> { };

    private Background background;
    private MainWindow window;

    /** What the window offers the process around it once it is up; both may be called from any thread. */
    public interface Shown {
        void toFront();

        /** Someone in this process committed to the library: reload now rather than at the next poll. */
        void libraryChanged();
    }

    /**
     * Opens the window on the services {@code services} opens (in {@link #init}, off the JavaFX
     * thread), its changes kept in {@code journal}, telling
     * {@code whenShown} once it is up; returns when the window closes.
     */
    public static void open(Supplier<LibraryServices> services, UndoJournal journal, Consumer<Shown> whenShown) {
        LecternApp.opening = services;
        LecternApp.journal = journal;
        LecternApp.whenShown = whenShown;
        Application.launch(LecternApp.class);
    }

    @Override
    public void init() {
        services = opening.get();
        StartupTrace.mark("library open");
    }

    @Override
    public void start(Stage stage) {
        background = Background.daemon();
        StartupTrace.mark("start");
        window = new MainWindow(services, journal, background);
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
        if (services != null) services.close();
    }
}
