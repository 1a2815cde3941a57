package org.lectern.edit;

import org.lectern.store.Library;
import org.lectern.store.Merges;
import org.lectern.store.PaperSnapshot;

/** Makes two papers one (see {@link Merges}); undo gives both back exactly, ids included. */
public final class MergePapers implements Change {
    private final Library library;
    private final long kept;
    private final long other;
    private volatile PaperSnapshot before;

    /** {@code kept} remains; {@code other} is merged into it. */
    public MergePapers(Library library, long kept, long other) {
        this.library = library;
        this.kept = kept;
        this.other = other;
    }

    public long kept() {
        return kept;
    }

    public long other() {
        return other;
    }

    @Override
    public String description() {
        return "Merge two papers";
    }

    @Override
    public void apply() {
        before = new Merges(library).merge(kept, other);
    }

    @Override
    public void undo() {
        PaperSnapshot b = before;
        if (b != null) b.restore(library);
    }
}
