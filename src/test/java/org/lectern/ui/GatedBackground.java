package org.lectern.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;

/**
 * A window's background work held behind a gate the test opens: a window built on it reads no row until
 * then, so its first scene, with the stand-ins of the parts that come after the first rows, can be looked
 * at and pressed on.
 */
final class GatedBackground {
    private final CountDownLatch gate = new CountDownLatch(1);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gated-background");
        t.setDaemon(true);
        return t;
    });
    private final Background background = new Background(r -> worker.execute(() -> {
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

    Background background() {
        return background;
    }

    /** Lets the held work run, and all work after it. */
    void open() {
        gate.countDown();
    }

    /** Waits for what was let run and stops the worker; open the gate first. */
    void shutDown() {
        background.drain(10_000);
        worker.shutdownNow();
    }
}
