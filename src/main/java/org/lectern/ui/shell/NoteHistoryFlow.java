package org.lectern.ui.shell;

import org.lectern.edit.NoteChange;
import org.lectern.library.Paper;
import org.lectern.store.Papers;
import org.lectern.ui.notes.NoteHistorySheet;
import org.lectern.ui.window.Keep;
import org.lectern.ui.window.WindowParts;

/** The earlier versions of a paper's note over the window; restoring one is an undoable change. */
public final class NoteHistoryFlow extends SheetFlow<NoteHistorySheet> {
    private final Papers papers;

    NoteHistoryFlow(Papers papers, WindowParts window) {
        super(window, NoteHistorySheet::view, NoteHistorySheet::focus);
        this.papers = papers;
    }

    /** Shows the versions of paper {@code paperId}'s note. */
    public void show(long paperId) {
        Paper shown = window.view().detail().paper();
        String title = shown != null && shown.id() == paperId ? shown.title() : "";
        open(null, () -> papers.noteRevisions(paperId), revisions -> new NoteHistorySheet(window.overlays().keys(), title,
                revisions, r -> {
                    close();
                    restore(paperId, r.body());
                }, this::close), "The note's history could not be read: ");
    }

    private void restore(long paperId, String body) {
        window.changes().perform(new NoteChange(papers, paperId, body, "Restore an earlier note"), Keep.paper(paperId),
                "The earlier note is back; the one it replaced is in its history");
    }

    @Override
    protected Runnable focusAfterClose() {
        return () -> window.view().detail().noteEditor().requestFocus();
    }
}
