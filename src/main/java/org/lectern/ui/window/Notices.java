package org.lectern.ui.window;

import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.util.Duration;

import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;
import org.lectern.edit.Change;

/** The notice that slides up over the window's bottom edge for a while, with one action (an import's Undo). */
public final class Notices {
    private final NotificationPane pane;
    private final PauseTransition linger = new PauseTransition(Duration.seconds(12));

    /** Notices over {@code content}. */
    public Notices(Node content) {
        pane = new NotificationPane(content);
        pane.setShowFromTop(false);
        pane.getStyleClass().add(NotificationPane.STYLE_CLASS_DARK);
        pane.setId("notifications");
        linger.setOnFinished(e -> pane.hide());
    }

    /** Shows {@code text} with a button {@code action} that runs {@code run} and hides the notice. */
    public void show(String text, String action, Runnable run) {
        pane.getActions().setAll(new Action(action, a -> {
            pane.hide();
            run.run();
        }));
        pane.show(text);
        // a later notice starts its own twelve seconds: the earlier one's timer must not hide it
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

    public Node view() {
        return pane;
    }
}
