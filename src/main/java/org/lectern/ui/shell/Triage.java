package org.lectern.ui.shell;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TextInputControl;

import org.lectern.edit.Change;
import org.lectern.edit.QueueChange;
import org.lectern.edit.SelectionChange;
import org.lectern.edit.TagChange;
import org.lectern.library.PaperRow;
import org.lectern.library.Status;
import org.lectern.store.Library;
import org.lectern.ui.Keymap;
import org.lectern.ui.keys.KeyDispatcher;
import org.lectern.ui.window.Changes;
import org.lectern.ui.window.Keep;
import org.lectern.ui.window.LibraryView;
import org.lectern.ui.window.Selection;
import org.lectern.ui.window.StatusBar;

/**
 * The triage keys (1–5, q, Q, x, t, f; Delete is {@link PaperKeys}'): each acts on every selected paper
 * as one undoable step, then moves on to the paper after the selection, the way every one of them does,
 * so the next key never lands on a paper already dealt with. Also the keys that make the selection.
 */
final class Triage {
    private final Library library;
    private final LibraryView view;
    private final Changes changes;
    private final StatusBar status;
    /** The papers a tag typed after {@code t} goes to; null when the tag box was not opened by the key. */
    private List<Long> tagging;

    Triage(Library library, LibraryView view, Changes changes, StatusBar status, PaperActions actions, KeyDispatcher keys) {
        this.library = library;
        this.view = view;
        this.changes = changes;
        this.status = status;
        keys.on(Keymap.QUEUE, true, () -> each("Add to the queue", false, r -> QueueChange.enqueue(view.papers(), r.id(), false)));
        // each goes to the top in turn: the last first, so the selection keeps its order up there
        keys.on(Keymap.QUEUE_TOP, true, () -> each("Add to the top of the queue", true,
                r -> QueueChange.enqueue(view.papers(), r.id(), true)));
        keys.on(Keymap.STATUS_NEW, true, () -> status(Status.NEW));
        keys.on(Keymap.STATUS_QUEUED, true, () -> status(Status.QUEUED));
        keys.on(Keymap.STATUS_READING, true, () -> status(Status.READING));
        keys.on(Keymap.STATUS_READ, true, () -> status(Status.READ));
        keys.on(Keymap.STATUS_DROPPED, true, () -> status(Status.DROPPED));
        keys.on(Keymap.DROP, true, () -> status(Status.DROPPED));
        keys.on(Keymap.TAG, true, this::tag);
        Selection selection = view.selection();
        keys.on(Keymap.EXTEND_NEXT, true, () -> selection.extend(1));
        keys.on(Keymap.EXTEND_PREVIOUS, true, () -> selection.extend(-1));
        keys.on(Keymap.EXTEND_DOWN, true, () -> selection.extend(1));
        keys.on(Keymap.EXTEND_UP, true, () -> selection.extend(-1));
        keys.on(Keymap.SELECT_ALL, true, this::selectAll);
        actions.onTagTyped(this::tagTyped);
        // a tag typed after the selection changed is the shown paper's own, as one typed after a click is
        view.table().view().getSelectionModel().getSelectedIndices()
                .addListener((ListChangeListener<Integer>) c -> tagging = null);
    }

    private void status(Status s) {
        each("Mark " + s.label(), false, r -> QueueChange.status(view.papers(), r.id(), s));
    }

    /** Makes {@code each} change for every selected paper, as one step, after moving on past them. */
    private void each(String what, boolean reversed, Function<PaperRow, Change> each) {
        view.selection().read(rows -> {
            List<Change> parts = new ArrayList<>(rows.stream().map(each).toList());
            if (reversed) Collections.reverse(parts);
            perform(SelectionChange.of(library, what, parts), rows.size() == 1 ? rows.get(0).title() : null);
        });
    }

    /**
     * Moves on past the selection, then makes {@code change}; the paper moved to stays selected. Once it is
     * in, the status bar says it as an undo or a redo would ("Done: Mark Read · “title”"); {@code title}
     * is the one paper's (null for several: the change's description counts them).
     */
    void perform(Change change, String title) {
        view.selection().advance();
        changes.perform(change, Keep.SELECTION, "Done: " + change.description() + (title == null ? "" : " · “" + title + "”"));
    }

    /** Ctrl+A: the whole view, or in a text field its whole text. */
    private void selectAll() {
        var scene = view.table().view().getScene();
        if (scene != null && scene.getFocusOwner() instanceof TextInputControl field) {
            field.selectAll();
            return;
        }
        view.selection().selectAll();
        view.focusTable();
    }

    /** {@code t}: the tag box, for every selected paper; Enter there adds the tag and moves on. */
    private void tag() {
        view.selection().read(rows -> {
            List<Long> ids = rows.stream().map(PaperRow::id).toList();
            view.detail().tagField().requestFocus();
            tagging = ids; // after the focus moved, which leaves the selection as it is
            if (ids.size() > 1) status.say("A tag for " + ids.size() + " papers: type it, Enter adds it to each");
        });
    }

    /** A tag typed in the tag box: true when it went to the papers {@code t} was pressed on. */
    private boolean tagTyped(long paperId, String tag) {
        List<Long> ids = tagging;
        if (ids == null || !ids.contains(paperId)) return false;
        tagging = null;
        var shown = view.detail().paper();
        perform(SelectionChange.of(library, "Add tag " + tag.strip(),
                ids.stream().map(id -> TagChange.add(view.papers(), id, tag)).toList()),
                ids.size() == 1 && shown != null && shown.id() == paperId ? shown.title() : null);
        view.focusTable();
        return true;
    }
}
