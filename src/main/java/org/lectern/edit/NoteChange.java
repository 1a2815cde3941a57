package org.lectern.edit;

import org.lectern.store.Papers;

/**
 * A stretch of typing in one paper's note. The note saves itself as the reader types; the saves that
 * follow each other on the same paper grow one change, so undo takes back the whole stretch at once.
 */
public final class NoteChange implements Change {
    private final Papers papers;
    private final long paperId;
    private final String before;
    private volatile String after;

    /** {@code before} is the note as it was stored before the typing. */
    public NoteChange(Papers papers, long paperId, String before, String after) {
        this.papers = papers;
        this.paperId = paperId;
        this.before = before;
        this.after = after;
    }

    public long paperId() {
        return paperId;
    }

    /** Saves more typing of the same stretch. */
    public void extend(String body) {
        after = body;
        papers.saveNote(paperId, body);
    }

    @Override
    public String description() {
        return "Edit the note";
    }

    @Override
    public void apply() {
        papers.saveNote(paperId, after);
    }

    @Override
    public void undo() {
        papers.saveNote(paperId, before);
    }
}
