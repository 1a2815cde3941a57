package org.lectern.ui.lookup;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/** The status bar's part for a lookup on arXiv: which paper of how many, a bar, and a button that stops it. */
final class LookupProgress {
    private final Label text = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final HBox view;

    /** {@code stop} runs from the button; {@code stopKey} names the key that does the same. */
    LookupProgress(Runnable stop, String stopKey) {
        text.setId("lookup-progress");
        bar.setPrefWidth(90);
        Button button = new Button("Stop");
        button.setId("lookup-stop");
        button.setFocusTraversable(false); // the list keeps the keyboard; the key stops it too
        button.setOnAction(e -> stop.run());
        text.setTooltip(new javafx.scene.control.Tooltip(stopKey + " stops the lookup; what was found is kept"));
        view = new HBox(6, text, bar, button);
        view.setAlignment(Pos.CENTER_LEFT);
        view.setId("lookup");
        view.managedProperty().bind(view.visibleProperty());
        view.setVisible(false);
    }

    /** Shows that paper {@code number} of {@code total} is being looked up. */
    void show(int number, int total) {
        text.setText("Looking up " + number + " of " + total + " on arXiv…");
        bar.setProgress(total == 0 ? 0 : (number - 1) / (double) total);
        view.setVisible(true);
    }

    void hide() {
        view.setVisible(false);
    }

    boolean shown() {
        return view.isVisible();
    }

    String text() {
        return text.getText();
    }

    Node view() {
        return view;
    }
}
