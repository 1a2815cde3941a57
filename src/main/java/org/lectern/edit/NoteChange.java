package org.lectern.edit;

import org.lectern.store.Papers;

/**
 * A stretch of typing in one paper's note, or a restored version of it. The saves of one stretch grow
 * one change ({@link #extend}), so undo takes back the whole stretch at once. Every write goes
 * through {@link Papers#replaceNote}, so whatever text is replaced is kept as a revision, undo included.
 */
public final class NoteChange implements Change {
    private final Papers papers;
    private final long paperId;
    private final String description;
    private volatile String after;
    private volatile String before;

    public NoteChange(Papers papers, long paperId, String body) {
        this(papers, paperId, body, "Edit the note");
    }

    /** A note change with its own menu wording ("Restore note version", say). */
    public NoteChange(Papers papers, long paperId, String body, String description) {
        this.papers = papers;
        this.paperId = paperId;
        this.after = body;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply() {
        String replaced = papers.replaceNote(paperId, after);
        if (before == null) before = replaced; // a redo replaces the text the undo put back: keep the first
    }

    @Override
    public void undo() {
        String b = before;
        if (b != null && !b.equals(after)) papers.replaceNote(paperId, b);
    }

    /** Saves more typing of the same stretch. */
    public void extend(String body) {
        after = body;
        papers.replaceNote(paperId, body);
    }

    public long paperId() {
        return paperId;
    }

    /** The text the first apply replaced; null before it. */
    public String before() {
        return before;
    }
}
