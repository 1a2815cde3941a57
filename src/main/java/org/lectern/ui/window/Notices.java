package org.lectern.ui.window;

import javafx.animation.PauseTransition;
import javafx.scene.Node;
import javafx.util.Duration;

import org.controlsfx.control.NotificationPane;
import org.controlsfx.control.action.Action;

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

    public Node view() {
        return pane;
    }
}
