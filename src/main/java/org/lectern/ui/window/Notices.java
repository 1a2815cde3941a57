package org.lectern.ui.window;

import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import org.lectern.edit.Change;

/**
 * The notice that slides up over the window's bottom edge for a while, with one action (an import's Undo).
 * Its pane is a layer over the window's content, made and put in with the first notice: until then the
 * window's first scene neither makes its skin nor reads and applies its stylesheet.
 */
public final class Notices {
    private final Pane layers;
    private final Node below;
    private NotificationPane pane;
    private final PauseTransition linger = new PauseTransition(Duration.seconds(12));

    /** Notices in {@code layers}, just above {@code below} (one of them). */
    public Notices(Pane layers, Node below) {
        this.layers = layers;
        this.below = below;
        linger.setOnFinished(e -> pane.hide());
    }

    private NotificationPane pane() {
        if (pane != null) return pane;
        Region empty = new Region();
        empty.setMouseTransparent(true);
        pane = new NotificationPane(empty);
        pane.setShowFromTop(false);
        pane.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        pane.setId("notifications");
        pane.setPickOnBounds(false); // clicks outside the notice reach the window under it
        layers.getChildren().add(layers.getChildren().indexOf(below) + 1, pane);
        return pane;
    }

    /** Shows {@code text} with a button {@code action} that runs {@code run} and hides the notice. */
    public void show(String text, String action, Runnable run) {
        NotificationPane pane = pane();
        pane.getActions().setAll(new Action(action, a -> {
            pane.hide();
            run.run();
        }));
        pane.show(text);
        // a later notice starts its own twelve seconds: the earlier one's timer must not hide it
        linger.playFromStart();
    }

    /** Shows {@code text} with no action: it says what happened, there is nothing to take back. */
    public void tell(String text) {
        NotificationPane pane = pane();
        pane.getActions().clear();
        pane.show(text);
        linger.playFromStart();
    }

    /**
     * Shows {@code text} with an Undo of {@code change}; the notice goes as soon as {@code change} is no
     * longer the latest change (Ctrl+Z undid it, or a later change came), so it never offers an Undo
     * that would do nothing.
     */
    @SuppressWarnings("unchecked")
    public void showUndo(String text, Changes changes, Change change, String what) {
        show(text, "Undo", () -> changes.undoIfLatest(change, what));
        ChangeListener<String>[] watch = new ChangeListener[1];
        watch[0] = (o, was, now) -> {
            if (changes.journal().latest().map(c -> c == change).orElse(false)) return;
            changes.undoText().removeListener(watch[0]);
            if (text.equals(pane.getText())) pane.hide();
        };
        changes.undoText().addListener(watch[0]);
    }

}
