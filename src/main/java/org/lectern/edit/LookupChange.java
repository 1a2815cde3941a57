package org.lectern.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * What one lookup on arXiv changed: the edits of the papers it matched, each stored as soon as it is
 * found (so a lookup stopped half-way keeps what it got), taken back together by one undo.
 */
public final class LookupChange implements Change {
    private final List<EditPaper> parts = new ArrayList<>();

    /** A lookup that begins with {@code first}; nothing is written before {@link #apply}. */
    public LookupChange(EditPaper first) {
        parts.add(first);
    }

    @Override
    public String description() {
        return "Look up on arXiv";
    }

    /** Applies every edit in order (the first time: the first one; after an undo: all of them again). */
    @Override
    public synchronized void apply() {
        whole().apply(); // a part that fails takes the earlier ones back with it
    }

    /** Takes every edit back, the latest first. */
    @Override
    public synchronized void undo() {
        whole().undo();
    }

    private CompositeChange whole() {
        return new CompositeChange(description(), parts);
    }

    /** Stores one more match of the same lookup; a refused edit is not kept and its reason is thrown. */
    public synchronized void extend(EditPaper next) {
        next.apply();
        parts.add(next);
    }

    /** The papers changed, in the order they were found. */
    public synchronized List<Long> paperIds() {
        List<Long> out = new ArrayList<>();
        for (EditPaper e : parts) out.add(e.paperId());
        return out;
    }
}
