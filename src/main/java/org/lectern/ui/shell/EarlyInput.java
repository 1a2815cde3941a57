package org.lectern.ui.shell;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;

/**
 * Keys and clicks that come before the window can take them. From the moment the frame is shown until the
 * window is in it, they would go to an empty scene; in a scene no node has the focus of yet (the first
 * moments of the window, before its first layout), a key goes to the scene itself, past the window's own
 * filters and its keymap. Either way it would be lost. They are held here, in order, and once the window
 * has been laid out they are handed on, one a turn (so what a key's action leaves for later is done before
 * the next key): a key to whatever has the focus by then (else the window's root), through the keymap's
 * dispatcher as any key, so Ctrl+F and the letters after it end in the search box; a click to the node at
 * its point. When nobody types early this is one test per event. On the FX thread only.
 */
final class EarlyInput {
    private final Stage stage;
    private final Deque<InputEvent> held = new ArrayDeque<>();
    private Parent root;
    private boolean laidOut;
    private boolean scheduled;
    /** True while a held event is being handed on, which the filter then lets through. */
    private boolean handing;

    private EarlyInput(Stage stage) {
        this.stage = stage;
        stage.addEventFilter(KeyEvent.ANY, this::key);
        stage.addEventFilter(MouseEvent.ANY, this::mouse);
    }

    /** The one holding {@code stage}'s early input, made (and listening) on first call: call before the stage shows. */
    static EarlyInput on(Stage stage) {
        return (EarlyInput) stage.getProperties().computeIfAbsent(EarlyInput.class, k -> new EarlyInput(stage));
    }

    /** The window is in the stage, under {@code root}: what was held goes to it after its first layout. */
    void handTo(Parent root) {
        this.root = root;
        Scene scene = root.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                laidOut = true;
                schedule();
            }
        });
    }

    private boolean windowTakes() {
        return laidOut && held.isEmpty() && root.getScene() == stage.getScene();
    }

    private void key(KeyEvent e) {
        if (handing || (windowTakes() && e.getTarget() instanceof Node)) return;
        hold(e);
    }

    private void mouse(MouseEvent e) {
        EventType<? extends MouseEvent> type = e.getEventType();
        if (handing || windowTakes() || (type != MouseEvent.MOUSE_PRESSED && type != MouseEvent.MOUSE_RELEASED
                && type != MouseEvent.MOUSE_CLICKED)) return;
        hold(e);
    }

    private void hold(InputEvent e) {
        e.consume();
        held.add(e);
        schedule();
    }

    private void schedule() {
        if (scheduled || !laidOut || held.isEmpty()) return;
        scheduled = true;
        Platform.runLater(this::next);
    }

    private void next() {
        scheduled = false;
        InputEvent e = held.poll();
        Scene scene = root.getScene();
        if (e == null || scene == null || scene != stage.getScene()) {
            held.clear(); // the window has gone from the stage
            return;
        }
        handing = true;
        try {
            if (e instanceof MouseEvent m) {
                Redelivery.mouseAt(m, root);
            } else {
                Node at = scene.getFocusOwner() != null ? scene.getFocusOwner() : root;
                Event.fireEvent(at, e.copyFor(at, at));
            }
        } finally {
            handing = false;
        }
        schedule();
    }
}
