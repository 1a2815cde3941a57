package org.lectern.ui;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

/**
 * Runs work on the FX thread once the frame that is being made now has had time to be drawn. A sheet that is
 * costly to lay out shows its frame first and its contents a little later, so neither frame holds the FX
 * thread for long. The wait is a timer off the FX thread, not a frame timer: a frame timer would ask for
 * frames meanwhile, and each would wait on the FX thread for the one before to be drawn.
 */
public final class AfterFrame {
    /** About three frames: time for the renderer to draw the frame before. */
    static final long DELAY_MS = 50;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "lectern-after-frame");
        t.setDaemon(true);
        return t;
    });

    private AfterFrame() {
    }

    /** Runs {@code action} on the FX thread a few frames from now. */
    public static void run(Runnable action) {
        TIMER.schedule(() -> Platform.runLater(action), DELAY_MS, TimeUnit.MILLISECONDS);
    }
}
