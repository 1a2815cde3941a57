package org.lectern.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.lectern.edit.UndoJournal;
import org.lectern.store.LibraryServices;
import org.lectern.ui.shell.MainWindow;
import org.lectern.ui.shell.WindowFrame;

/**
 * The Lectern application: opens the services it is handed the way to open, shows the main window
 * on them, and at the end stops the window's work and closes them.
 */
public final class LecternApp extends Application {
    private static volatile LibraryOpening opening;
    private LibraryServices services;
    private static volatile UndoJournal journal;
    private static volatile Consumer<Shown> whenShown = shown -> { };
    /** What went wrong while the shown frame was being filled, for the launch to end with. */
    private static volatile Throwable failure;

    private Background background;
    /** The window, made beside the frame (see {@link #init}). */
    private CompletableFuture<MainWindow> building;
    private MainWindow window;

    /** What the window offers the process around it once it is up; both may be called from any thread. */
    public interface Shown {
        void toFront();

        /** Someone in this process committed to the library: reload now rather than at the next poll. */
        void libraryChanged();
    }

    /**
     * Opens the window on the services {@code services} opens (on a thread of its own while the
     * toolkit starts; {@link #init} waits for them), its changes kept in {@code journal}, telling
     * {@code whenShown} once it is up; returns when the window closes.
     */
    public static void open(Supplier<LibraryServices> services, UndoJournal journal, Consumer<Shown> whenShown) {
        LecternApp.journal = journal;
        LecternApp.whenShown = whenShown;
        LecternApp.opening = LibraryOpening.start(services);
        if (SoftwareRendering.chooseBeforeToolkit()) StartupTrace.mark("software rendering chosen: no GPU device");
        StartupTrace.mark("toolkit starting");
        try {
            Application.launch(LecternApp.class);
        } catch (RuntimeException | Error e) {
            opening.closeIfUntaken(e);
            throw e;
        }
        Throwable failed = failure;
        if (failed instanceof Error e) throw e;
        if (failed != null) throw new RuntimeException("Exception in Application start method", failed);
    }

    @Override
    public void init() {
        StartupTrace.mark("toolkit up");
        services = opening.take();
        StartupTrace.mark("library open");
        background = Background.daemon();
        // the window is made on a thread of its own while the FX thread shows the frame: JavaFX lets nodes be
        // made on any thread until they are in a shown scene, and the FX thread then only puts it in
        LibraryServices opened = services;
        building = CompletableFuture.supplyAsync(() -> {
            // the application's stylesheet, named before the first control is made; JavaFX reads it on the
            // FX thread, before the frame
            WindowFrame.useSavedTheme(opened.library().file());
            MainWindow built = new MainWindow(opened, journal, background);
            StartupTrace.mark("window built");
            return built;
        }, work -> {
            Thread t = new Thread(work, "lectern-build");
            t.setDaemon(true);
            t.start();
        });
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("start");
        // the frame first, empty: building and styling the window's parts takes longer than the toolkit
        // took to start, and the frame is what says the window is coming
        WindowFrame.showEmpty(stage, services.library().file());
        StartupTrace.mark("frame shown");
        building.whenComplete((built, e) -> Platform.runLater(() -> {
            try {
                if (e != null) throw e instanceof java.util.concurrent.CompletionException c && c.getCause() != null ? c.getCause() : e;
                fill(stage, built);
            } catch (Throwable t) {
                // as a failure in start would: the launch ends and says why
                failure = t;
                Platform.exit();
            }
        }));
    }

    private void fill(Stage stage, MainWindow built) {
        window = built;
        window.install(stage, getHostServices());
        StartupTrace.mark("window installed");
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
