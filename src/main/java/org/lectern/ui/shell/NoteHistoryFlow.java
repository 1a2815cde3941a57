package org.lectern.ui.shell;

import org.lectern.edit.NoteChange;
import org.lectern.library.Paper;
import org.lectern.store.Papers;
import org.lectern.ui.notes.NoteHistorySheet;
import org.lectern.ui.window.Keep;
import org.lectern.ui.window.StatusBar;
import org.lectern.ui.window.WindowParts;

/** The earlier versions of a paper's note over the window; restoring one is an undoable change. */
public final class NoteHistoryFlow {
    private final Papers papers;
    private final WindowParts window;
    private NoteHistorySheet sheet;

    NoteHistoryFlow(Papers papers, WindowParts window) {
        this.papers = papers;
        this.window = window;
    }

    /** Shows the versions of paper {@code paperId}'s note. */
    public void show(long paperId) {
        if (sheet != null) return;
        Paper shown = window.view().detail().paper();
        String title = shown != null && shown.id() == paperId ? shown.title() : "";
        window.background().run(null, () -> papers.noteRevisions(paperId), revisions -> {
            if (sheet != null) return;
            NoteHistorySheet s = new NoteHistorySheet(window.overlays().keys(), title, revisions, r -> {
                close();
                restore(paperId, r.body());
            }, this::close);
            if (!window.overlays().show(s.view(), this::close)) return;
            sheet = s;
            sheet.focus();
        }, e -> window.status().say("The note's history could not be read: " + StatusBar.reason(e)));
    }

    private void restore(long paperId, String body) {
        window.changes().perform(new NoteChange(papers, paperId, body, "Restore an earlier note"), Keep.paper(paperId),
                "The earlier note is back; the one it replaced is in its history");
    }

    private void close() {
        if (sheet == null) return;
        window.overlays().hide(sheet.view(), () -> window.view().detail().noteEditor().requestFocus());
        sheet = null;
    }

    /** The open note history, or null. */
    public NoteHistorySheet sheet() {
        return sheet;
    }
}
