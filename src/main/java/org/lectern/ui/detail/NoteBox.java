package org.lectern.ui.detail;

import java.util.function.Consumer;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import org.lectern.library.Paper;

/**
 * The paper's note: Markdown typed in an editor that saves itself once typing pauses, or shown formatted
 * (the preview toggle). Typing comes in stretches that undo as one: a stretch ends when the reader stops
 * for {@link #STRETCH_PAUSE} or leaves the note, so one undo never takes back two separate stretches.
 */
final class NoteBox {
    /** What the box asks of the window. */
    interface Saver {
        /** Saves the note; {@code newStretch} when it starts a stretch of typing (a new undoable change). */
        void save(long paperId, String body, boolean newStretch);
    }

    /** How long the reader must stop typing for the next typing to be a stretch of its own. */
    static final Duration STRETCH_PAUSE = Duration.seconds(3);

    private final TextArea note = new TextArea();
    private final Label state = new Label();
    private final PauseTransition saveTimer;
    private final PauseTransition stretchTimer = new PauseTransition(STRETCH_PAUSE);
    private final ToggleButton previewToggle = new ToggleButton("Preview");
    private final NotePreview preview;
    private final StackPane body = new StackPane();
    private final Saver saver;
    private long paperId = -1;
    private boolean loading;
    private boolean dirty;
    /** A save of the current stretch is in: more typing grows that change. */
    private boolean inStretch;
    /** When the latest save was handed to the background (System.nanoTime). */
    private long sentAt = Long.MIN_VALUE;
    /** The text the library holds, as far as this box knows: an unchanged note is not saved again. */
    private String saved = "";

    NoteBox(Duration saveDelay, Saver saver, Consumer<String> openLink) {
        this.saver = saver;
        this.saveTimer = new PauseTransition(saveDelay);
        this.preview = new NotePreview(openLink);
        note.setId("note");
        note.getStyleClass().add("note-editor");
        note.setWrapText(true);
        note.setPromptText("Your notes, in Markdown. They save themselves.");
        note.setPrefRowCount(6);
        VBox.setVgrow(body, Priority.ALWAYS);
        body.getChildren().setAll(note);
        state.getStyleClass().add("note-state");
        saveTimer.setOnFinished(e -> flush());
        stretchTimer.setOnFinished(e -> endStretch());
        note.textProperty().addListener((o, old, now) -> {
            if (loading || paperId < 0) return;
            dirty = true;
            state.setText("Editing…");
            saveTimer.playFromStart();
            stretchTimer.playFromStart();
        });
        note.focusedProperty().addListener((o, was, is) -> {
            if (!is) endStretch();
        });
        previewToggle.setId("note-preview-toggle");
        previewToggle.setFocusTraversable(false);
        previewToggle.selectedProperty().addListener((o, was, is) -> showPreview(is));
    }

    /** The heading row: {@code leading} (the section label and its links), then the preview toggle and the save state. */
    Node header(Node... leading) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox h = new HBox(8, leading);
        h.getChildren().addAll(gap, state, previewToggle);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    /** The editor, or the preview in its place. */
    Node body() {
        return body;
    }

    TextArea editor() {
        return note;
    }

    NotePreview preview() {
        return preview;
    }

    ToggleButton previewToggle() {
        return previewToggle;
    }

    /** True while a stretch of typing is open (it ends on a pause or when the note loses the focus). */
    boolean inStretch() {
        return inStretch || stretchTimer.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /**
     * Shows {@code p}'s note. For the paper already shown ({@code same}), typing not yet saved is kept, and
     * so is the editor's text when {@code readAt} is before the latest save (the read carries older text).
     */
    void show(Paper p, boolean same, long readAt) {
        if (!same) endStretch();
        paperId = p.id();
        boolean stale = same && readAt < sentAt;
        if (!same || (!dirty && !stale)) {
            loading = true;
            try {
                if (!note.getText().equals(p.note())) note.setText(p.note());
            } finally {
                loading = false;
            }
            dirty = false;
            saved = p.note();
            state.setText(p.note().isEmpty() ? "" : "Saved");
        }
        if (previewToggle.isSelected()) preview.show(note.getText());
    }

    /** No paper is shown. */
    void clear() {
        endStretch();
        paperId = -1;
    }

    /** Saves now when there is unsaved typing (on pause, focus loss, another paper, close). */
    void flush() {
        saveTimer.stop();
        if (!dirty || paperId < 0) return;
        dirty = false;
        String text = note.getText();
        if (!text.equals(saved)) {
            sentAt = System.nanoTime();
            saver.save(paperId, text, !inStretch);
            inStretch = true;
            saved = text;
        }
        state.setText("Saved");
    }

    private void endStretch() {
        stretchTimer.stop();
        flush();
        inStretch = false;
    }

    private void showPreview(boolean on) {
        if (on) {
            endStretch();
            preview.show(note.getText());
            body.getChildren().setAll(preview.view());
        } else {
            body.getChildren().setAll(note);
        }
    }

    /** Puts the editor back (when the preview is shown) and gives it the focus. */
    void edit() {
        previewToggle.setSelected(false);
        note.requestFocus();
    }

    /** Shows the preview, or the editor again. */
    void togglePreview() {
        previewToggle.setSelected(!previewToggle.isSelected());
    }
}
