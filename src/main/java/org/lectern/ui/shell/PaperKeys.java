package org.lectern.ui.shell;

import java.util.List;

import org.lectern.edit.DeletePapers;
import org.lectern.library.Paper;
import org.lectern.library.PaperRow;
import org.lectern.store.Library;
import org.lectern.ui.Keymap;
import org.lectern.ui.duplicates.DuplicatesFlow;
import org.lectern.ui.keys.KeyDispatcher;
import org.lectern.ui.window.Changes;
import org.lectern.ui.window.Keep;
import org.lectern.ui.window.LibraryView;
import org.lectern.ui.window.Notices;
import org.lectern.ui.window.StatusBar;

/**
 * The keys that change what a paper is: edit it in the detail pane, delete the selection, find and merge
 * duplicates. Each is a keymap action; the Paper menu lists them with their keys (see Menus).
 */
final class PaperKeys {
    private final Library library;
    private final LibraryView view;
    private final Changes changes;
    private final StatusBar status;
    private final Notices notices;
    private final KeyDispatcher keys;
    private final DuplicatesFlow duplicates;

    PaperKeys(Library library, LibraryView view, Changes changes, StatusBar status, Notices notices, KeyDispatcher keys,
              DuplicatesFlow duplicates) {
        this.library = library;
        this.view = view;
        this.changes = changes;
        this.status = status;
        this.notices = notices;
        this.keys = keys;
        this.duplicates = duplicates;
        keys.on(Keymap.EDIT_PAPER, true, this::edit);
        keys.on(Keymap.EDIT_TITLE, true, this::edit);
        keys.on(Keymap.SAVE_EDIT, true, () -> view.detail().editor().save());
        keys.on(Keymap.DELETE, true, this::deleteSelected);
        keys.on(Keymap.DUPLICATES, true, duplicates::show);
        // the merge key acts inside the duplicates sheet; from the palette it opens that sheet
        keys.on(Keymap.MERGE, false, duplicates::show);
    }

    /** Opens the detail pane's form on the selected paper, once the pane shows it. */
    void edit() {
        Paper p = view.detail().paper();
        if (p == null || p.id() != view.selectedRowId()) return;
        view.detail().edit();
    }

    /** Deletes the selected papers as one undoable change, offering Undo; the paper after them is selected. */
    void deleteSelected() {
        view.selection().read(this::delete);
    }

    private void delete(List<PaperRow> rows) {
        DeletePapers change = new DeletePapers(library, rows.stream().map(PaperRow::id).toList());
        String what = rows.size() == 1 ? "“" + rows.get(0).title() + "”" : rows.size() + " papers";
        view.selection().advance();
        changes.perform(change, Keep.SELECTION, () -> {
            String backup = change.backup() == null ? "" : "; a backup was made first: " + change.backup().getFileName();
            status.say("Deleted " + what + " (" + keys.bindings().display(Keymap.UNDO) + " undoes it" + backup + ")");
            notices.showUndo("Deleted " + what, changes, change, "delete");
        }, e -> status.fail("Could not delete " + what + ": " + StatusBar.reason(e)));
    }

    DuplicatesFlow duplicates() {
        return duplicates;
    }
}
