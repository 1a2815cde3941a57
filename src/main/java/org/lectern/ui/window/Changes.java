package org.lectern.ui.window;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

import org.lectern.edit.Change;
import org.lectern.edit.NoteChange;
import org.lectern.edit.UndoJournal;
import org.lectern.store.Papers;
import org.lectern.ui.Background;

/**
 * The one door every change of the window goes through: performs, undoes and redoes on the background
 * through the {@link UndoJournal}, then tells the view what to reload. The undo and redo texts are
 * read-only properties the menus show.
 */
public final class Changes {
    private final UndoJournal journal;
    private final Background background;
    private final StatusBar status;
    private final Supplier<Node> focus;
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private Consumer<Keep> changed = keep -> { };
    private Runnable replaced = () -> { };

    /** {@code focus} tells the focused node: a text field takes Undo and Redo for its own typing. */
    public Changes(UndoJournal journal, Background background, StatusBar status, Supplier<Node> focus) {
        this.journal = journal;
        this.background = background;
        this.status = status;
        this.focus = focus;
    }

    /** What to reload after a change ({@code keep} names the paper to select), and after an undo or redo. */
    public void onChanged(Consumer<Keep> afterChange, Runnable afterUndoOrRedo) {
        this.changed = afterChange;
        this.replaced = afterUndoOrRedo;
    }

    /** Performs {@code change}, then reloads keeping {@code keep} selected. */
    public void perform(Change change, Keep keep) {
        perform(change, keep, null);
    }

    /** As {@link #perform(Change, Keep)}, then says {@code done} (null: nothing). */
    public void perform(Change change, Keep keep, String done) {
        perform(change, keep, () -> {
            if (done != null) status.say(done);
        }, e -> status.fail("Could not " + change.description().toLowerCase() + ": " + StatusBar.reason(e)));
    }

    /**
     * As {@link #perform(Change, Keep)}; {@code done} runs after it is in (before the reload), {@code failed}
     * receives why it was refused (an editor says it beside its fields). A refused change is not journalled.
     */
    public void perform(Change change, Keep keep, Runnable done, Consumer<Throwable> failed) {
        background.run(change.description(), () -> {
            journal.perform(change);
            return null;
        }, ok -> {
            refreshTexts();
            done.run();
            changed.accept(keep);
        }, failed);
    }

    /**
     * Performs {@code change} on the calling background thread (an import with its own progress and
     * cancelling); the caller shows the effect.
     */
    public void performHere(Change change) {
        journal.perform(change);
        Platform.runLater(this::refreshTexts);
    }

    /**
     * Grows {@code change} by {@code growth} on the calling background thread when it is still the latest
     * change, so one undo takes back the whole stretch; false when another change came after or it was undone.
     */
    public boolean growHere(Change change, Runnable growth) {
        return journal.growLatest(change, growth);
    }

    /**
     * Saves typing in a note: a save that continues a stretch of typing ({@code newStretch} false) grows
     * the stretch's change while it is still the latest, so one undo takes back one stretch.
     */
    public void saveNote(Papers papers, long paperId, String body, boolean newStretch) {
        background.run(null, () -> {
            if (!newStretch && journal.latest().orElse(null) instanceof NoteChange n && n.paperId() == paperId) {
                n.extend(body);
            } else {
                String before = papers.get(paperId).map(p -> p.note()).orElse("");
                if (!before.equals(body)) journal.perform(new NoteChange(papers, paperId, body));
            }
            return null;
        }, ok -> refreshTexts(), e -> status.fail("The note could not be saved: " + StatusBar.reason(e)));
    }

    public void undo() {
        step(TextInputControl::undo, "Undoing", journal::undo, "Undone: ", "Nothing to undo", "Could not undo: ");
    }

    public void redo() {
        step(TextInputControl::redo, "Redoing", journal::redo, "Redone: ", "Nothing to redo", "Could not redo: ");
    }

    /** An undo or a redo: of the text field's typing when one has the focus, else of the journal's latest change. */
    private void step(Consumer<TextInputControl> inField, String doing, Callable<Optional<Change>> step, String said,
                      String nothing, String failed) {
        if (focus.get() instanceof TextInputControl t) {
            inField.accept(t);
            return;
        }
        background.run(doing, step, done -> after(done, said, nothing), e -> status.fail(failed + StatusBar.reason(e)));
    }

    private void after(Optional<Change> done, String said, String nothing) {
        refreshTexts();
        status.say(done.map(c -> said + c.description()).orElse(nothing));
        if (done.isPresent()) replaced.run();
    }

    /** Undoes {@code change} when it is still the latest (a notification's Undo); says how it went. */
    public void undoIfLatest(Change change, String what) {
        background.run("Undoing " + what, () -> journal.undoIfLatest(change), undone -> {
            refreshTexts();
            status.say(undone ? "The " + what + " was undone" : "Undo the later changes first (Ctrl+Z)");
            if (undone) replaced.run();
        });
    }

    /** Forgets every change (the library was replaced); call from the background. */
    public void forgetAll() {
        journal.clear();
        Platform.runLater(this::refreshTexts);
    }

    private void refreshTexts() {
        background.run(null, () -> new String[] {journal.nextUndo().orElse(null), journal.nextRedo().orElse(null)}, next -> {
            undoText.set(next[0] == null ? "Undo" : "Undo " + next[0]);
            redoText.set(next[1] == null ? "Redo" : "Redo " + next[1]);
            canUndo.set(next[0] != null);
            canRedo.set(next[1] != null);
        });
    }

    /** "Undo" and what the next undo takes back. */
    public ReadOnlyStringProperty undoText() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoText() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndo() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedo() {
        return canRedo.getReadOnlyProperty();
    }

    /** The journal, for tests that look at what is remembered. */
    public UndoJournal journal() {
        return journal;
    }
}
