package org.lectern.ui;

import javafx.animation.AnimationTimer;

/**
 * Runs work on the FX thread once the next frame has been drawn. A sheet that is costly to lay out shows
 * its frame first and its contents a frame later, so neither frame holds the FX thread for long.
 */
public final class AfterFrame {
    private AfterFrame() {
    }

    /** Runs {@code action} on the FX thread after the next frame; call on the FX thread. */
    public static void run(Runnable action) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // the first call comes with the next frame, before it is laid out; the second with the frame
                // after, whose pulse may still wait for the first to be drawn; by the third it has been
                if (++frames < 3) return;
                stop();
                action.run();
            }
        }.start();
    }
}
