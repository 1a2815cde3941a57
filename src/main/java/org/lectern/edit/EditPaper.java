package org.lectern.edit;

import java.util.EnumMap;
import java.util.Map;

import org.lectern.store.Library;
import org.lectern.store.PaperEdits;
import org.lectern.store.PaperSnapshot;

/**
 * Changes what a paper says about itself (title, abstract, arXiv id, link, date, author count). Search
 * and identity follow at once; undo gives the paper back exactly as it was.
 */
public final class EditPaper implements Change {
    private final Library library;
    private final long paperId;
    private final Map<PaperEdits.Field, Object> changes;
    private final String description;
    private volatile PaperSnapshot before;

    /** {@code changes} maps each field to its new value; null clears a field (the title cannot be cleared). */
    public EditPaper(Library library, long paperId, Map<PaperEdits.Field, Object> changes) {
        this(library, paperId, changes, null);
    }

    /** As above, named in the journal by {@code description} (e.g. "Look up on arXiv"). */
    public EditPaper(Library library, long paperId, Map<PaperEdits.Field, Object> changes, String description) {
        if (changes.isEmpty()) throw new IllegalArgumentException("nothing to change");
        this.library = library;
        this.paperId = paperId;
        this.changes = new EnumMap<>(changes);
        this.description = description;
    }

    public long paperId() {
        return paperId;
    }

    @Override
    public String description() {
        if (description != null) return description;
        return changes.size() == 1 && changes.containsKey(PaperEdits.Field.TITLE) ? "Edit the title" : "Edit the paper";
    }

    @Override
    public void apply() {
        before = new PaperEdits(library).edit(paperId, changes);
    }

    @Override
    public void undo() {
        PaperSnapshot b = before;
        if (b != null) b.restore(library);
    }
}
