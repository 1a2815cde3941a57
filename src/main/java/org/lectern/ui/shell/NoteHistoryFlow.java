package org.lectern.ui.shell;

import org.lectern.edit.NoteChange;
import org.lectern.library.Paper;
import org.lectern.store.Papers;
import org.lectern.ui.Background;
import org.lectern.ui.notes.NoteHistorySheet;
import org.lectern.ui.window.Changes;
import org.lectern.ui.window.Keep;
import org.lectern.ui.window.LibraryView;
import org.lectern.ui.window.Overlays;
import org.lectern.ui.window.StatusBar;

/** The earlier versions of a paper's note over the window; restoring one is an undoable change. */
public final class NoteHistoryFlow {
    private final Papers papers;
    private final Background background;
    private final Changes changes;
    private final LibraryView view;
    private final Overlays overlays;
    private final StatusBar status;
    private NoteHistorySheet sheet;

    NoteHistoryFlow(Papers papers, Background background, Changes changes, LibraryView view, Overlays overlays, StatusBar status) {
        this.papers = papers;
        this.background = background;
        this.changes = changes;
        this.view = view;
        this.overlays = overlays;
        this.status = status;
    }

    /** Shows the versions of paper {@code paperId}'s note. */
    public void show(long paperId) {
        if (sheet != null) return;
        Paper shown = view.detail().paper();
        String title = shown != null && shown.id() == paperId ? shown.title() : "";
        background.run(null, () -> papers.noteRevisions(paperId), revisions -> {
            if (sheet != null) return;
            NoteHistorySheet s = new NoteHistorySheet(overlays.keys(), title, revisions, r -> {
                close();
                restore(paperId, r.body());
            }, this::close);
            if (!overlays.show(s.view(), this::close)) return;
            sheet = s;
            sheet.focus();
        }, e -> status.say("The note's history could not be read: " + StatusBar.reason(e)));
    }

    private void restore(long paperId, String body) {
        changes.perform(new NoteChange(papers, paperId, body, "Restore an earlier note"), Keep.paper(paperId),
                "The earlier note is back; the one it replaced is in its history");
    }

    private void close() {
        if (sheet == null) return;
        overlays.hide(sheet.view(), () -> view.detail().noteEditor().requestFocus());
        sheet = null;
    }

    /** The open note history, or null. */
    public NoteHistorySheet sheet() {
        return sheet;
    }
}
