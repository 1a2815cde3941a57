package org.lectern.ui.window;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.scene.Scene;

import org.lectern.ui.Background;

/**
 * Holds back what the window's first screen can show a moment later (the sidebar's lists and counts,
 * the first paper's detail, the daily backup) until the pulse that lays out its first rows: each
 * would otherwise queue its read before them or add its cells to that same pulse. From then on, work
 * runs at once. On the FX thread only.
 */
final class FirstRows {
    private final Background background;
    /** While work waits: the background counts it as running, so waiting for idle waits for it. */
    private Runnable held;
    private boolean laidOut;
    private boolean armed;
    private final List<Runnable> waiting = new ArrayList<>();

    FirstRows(Background background) {
        this.background = background;
    }

    /** Runs {@code work} now if the first rows are laid out, else right after they are. */
    void then(Runnable work) {
        if (laidOut) {
            work.run();
            return;
        }
        if (held == null) held = background.hold();
        waiting.add(work);
    }

    /** The first rows could not be read: what waited for them runs now. */
    void failed() {
        release();
    }

    boolean laidOut() {
        return laidOut;
    }

    /** The first rows were just put in the table of {@code scene} (null: not in a scene, so at once). */
    void rowsSet(Scene scene) {
        if (laidOut || armed) return;
        armed = true;
        if (scene == null) {
            release();
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            // listeners cannot be removed while the pulse runs them
            Platform.runLater(() -> scene.removePostLayoutPulseListener(once[0]));
            if (!laidOut) Platform.runLater(this::release); // after the pulse, so none of it joins that frame
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private void release() {
        if (laidOut) return;
        laidOut = true;
        List<Runnable> now = new ArrayList<>(waiting);
        waiting.clear();
        now.forEach(Runnable::run);
        if (held != null) held.run(); // after the work has started its own tasks, so the count never drops to 0 between
        held = null;
    }
}
