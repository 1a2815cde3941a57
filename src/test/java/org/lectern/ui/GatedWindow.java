package org.lectern.ui;

import static org.lectern.ui.WindowFixture.fx;
import static org.lectern.ui.WindowFixture.until;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.lectern.edit.UndoJournal;
import org.lectern.store.LibraryServices;
import org.lectern.ui.shell.MainWindow;
import org.lectern.ui.shell.WindowFrame;

/**
 * A second window on a fixture's library whose background work waits behind a gate the test opens: it reads
 * no row until then, so its first scene, with the stand-ins of the parts that come after the first rows, can
 * be looked at, typed at and pressed on.
 */
final class GatedWindow {
    private final WindowFixture fixture;
    private final CountDownLatch gate = new CountDownLatch(1);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gated-background");
        t.setDaemon(true);
        return t;
    });
    final Background background = new Background(r -> worker.execute(() -> {
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        r.run();
    }), r -> {
        if (Platform.isFxApplicationThread()) r.run();
        else Platform.runLater(r);
    });
    MainWindow window;
    Stage stage;

    GatedWindow(WindowFixture fixture) {
        this.fixture = fixture;
    }

    /** Shows the window in a stage of its own. */
    void show() {
        fx(() -> {
            stage = new Stage();
            build();
            stage.show();
            return null;
        });
    }

    /** Shows the empty frame, as the application shows it before the window is built, and waits for it to have the keyboard. */
    void showFrame() {
        fx(() -> {
            stage = new Stage();
            WindowFrame.showEmpty(stage, fixture.file);
            return null;
        });
        until("the frame has the keyboard", () -> stage.isFocused());
    }

    /** Builds the window into the stage, as the application fills its frame; on the FX thread. */
    Scene build() {
        window = new MainWindow(LibraryServices.of(fixture.library), new UndoJournal(), background);
        window.install(stage, null);
        return stage.getScene();
    }

    /** Lets the held work run, and all work after it. */
    void open() {
        gate.countDown();
    }

    /** Opens the gate, closes the window and waits for its work. */
    void close() {
        open();
        fx(() -> {
            if (window != null) window.close();
            if (stage != null) stage.close();
            return null;
        });
        background.drain(10_000);
        worker.shutdownNow();
    }
}
