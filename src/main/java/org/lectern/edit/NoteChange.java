package org.lectern.edit;

import org.lectern.store.Papers;

/**
 * Saves a paper's note; undo puts back the text it replaced. Both directions go through
 * {@link Papers#replaceNote}, so whatever text is replaced is kept as a revision, undo included.
 */
public final class NoteChange implements Change {
    private final Papers papers;
    private final long paperId;
    private final String body;
    private final String description;
    private volatile String before;

    public NoteChange(Papers papers, long paperId, String body) {
        this(papers, paperId, body, "Edit note");
    }

    /** A note change with its own menu wording ("Restore note version", say). */
    public NoteChange(Papers papers, long paperId, String body, String description) {
        this.papers = papers;
        this.paperId = paperId;
        this.body = body;
        this.description = description;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void apply() {
        before = papers.replaceNote(paperId, body);
    }

    @Override
    public void undo() {
        String b = before;
        if (b != null && !b.equals(body)) papers.replaceNote(paperId, b);
    }

    public long paperId() {
        return paperId;
    }

    /** The text the latest apply replaced; null before the first one. */
    public String before() {
        return before;
    }
}
